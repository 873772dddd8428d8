// One training run: a model, its optimizer and its progress through the
// epochs. The loop trains until paused, diverged or done, yielding to the
// worker's event loop so Pause (and look-inside requests) arrive, and reads
// results back in groups.
import * as tf from '@tensorflow/tfjs';
import { liveChanges, liveSettings, type LiveSettings } from '../../core/training/settingsTable';
import type { TrainingSettings } from '../../core/training/types';
import { learningRateAt } from '../../core/training/schedules';
import { DivergenceDetector } from '../../core/training/divergence';
import { augmentOptionsFor } from '../../core/data/augment';
import type { BatchPoint, DivergedEvent, EvaluationDetails, InspectResult, PredictResult, WeightsResult } from '../protocol';
import { EpochMeans } from './epochMeans';
import { EarlyStopping, PreviewKeeper } from './runExtras';
import { reseedDropout } from './runSeeds';
import type { BatchSource } from './batchSource';
import { evaluateClassifier } from './evaluateTest';
import { evaluateSplit } from './evaluate';
import { weightedLayers, type WeightedLayer } from './gradientNorms';
import { activationModel, inspectSample } from './inspect';
import { LivePredictions } from './livePredictions';
import { lossFunction, type LossFunction } from './losses';
import { createOptimizer, disposeOptimizer, setLearningRate } from './optimizers';
import { predictImage } from './predictImage';
import { readTogether } from './readBack';
import { Throughput } from './throughput';
import { stepOptionsFor, trainStep, weightHealth, type StepResult } from './trainStep';
import { ownBuffer, type EmitEvent, type Transfer } from './transfer';
import { weightsReport } from './weightsReport';
import { freezeState, readFrozen, restoreState, type CapturedState } from '../checkpoint';
import type { RunPosition } from '../../core/checkpoint/types';
import { yieldToEventLoop } from './yieldToEventLoop';

/** Why the loop stopped. */
export type RunOutcome = 'paused' | 'done' | 'diverged';

/** Where a run is: batches trained, epochs completed, and the position in the current epoch (a checkpoint's position). */
export type RunPlace = RunPosition;

/** Splits a run trains and evaluates on. */
export interface RunData {
  train: BatchSource;
  validation: BatchSource;
  test: BatchSource;
}

interface PendingStep {
  result: StepResult;
  point: Omit<BatchPoint, 'loss' | 'accuracy' | 'meanLoss' | 'meanAccuracy' | 'gradientNorm'>;
  size: number;
}


/**
 * Read results back and report at most this often: the one throttle between
 * the worker and the screen. Readouts and charts redraw on each report (four
 * a second), and a Step, an epoch end or a pause always reports at once.
 */
export const REPORT_INTERVAL_MS = 250;
/** Send the live prediction grid at most this often while training. */
const PREDICTION_INTERVAL_MS = 1000;

export class TrainingRun {
  readonly model: tf.LayersModel;
  /** The loss the run trains on, by the settings' loss id. */
  readonly loss: LossFunction;
  /** Layers with trainable weights, in model order (gradient norms and histograms follow it). */
  readonly layers: WeightedLayer[];
  /** The run's optimizer and its state (a step-through copies it). */
  readonly optimizer: tf.Optimizer;
  private settings: TrainingSettings;
  private readonly detector = new DivergenceDetector();
  private readonly earlyStopping = new EarlyStopping();
  private readonly means = new EpochMeans();
  private readonly preview = new PreviewKeeper(PREDICTION_INTERVAL_MS);
  private stoppedEarly = false;
  private readonly live: LivePredictions;
  private inspector: tf.LayersModel | null = null;
  private pending: PendingStep[] = [];
  private order: Uint32Array | null = null;
  private position = 0;
  private batch = 0;
  private epoch = 0;
  private pauseRequested = false;
  private readonly startedAt = performance.now();
  private readonly throughput = new Throughput();
  private predictionsBatch = -1;
  private predictionsAt = Number.NEGATIVE_INFINITY;
  private disposed = false;
  /** While set, no new batch starts (a checkpoint is being taken). */
  private hold: Promise<void> | null = null;
  /** Called before each batch; throws to stop the loop (the session's backend fault watch). */
  guard: () => void = () => undefined;

  constructor(model: tf.LayersModel, settings: TrainingSettings, readonly data: RunData, private readonly emit: EmitEvent) {
    this.model = model;
    this.settings = settings;
    this.optimizer = createOptimizer(settings);
    this.loss = lossFunction(settings.loss);
    this.layers = weightedLayers(model);
    this.live = new LivePredictions(data.test);
  }

  /**
   * Takes on the live settings (learning rate, schedule, decay, clipping,
   * epochs, augmentation) from the next batch on, and reports what changed.
   * The settings the run is built from cannot be passed (settingsTable.ts).
   */
  updateSettings(live: LiveSettings): void {
    const next = { ...this.settings, ...liveSettings(live) };
    const changes = liveChanges(this.settings, next);
    this.settings = next;
    if (changes.length > 0) this.emit({ type: 'live-change', batch: this.batch, changes });
  }

  /** Asks the loop to stop after the current batch. */
  requestPause(): void {
    this.pauseRequested = true;
  }

  get finished(): boolean {
    return this.stoppedEarly || this.epoch >= this.settings.epochs;
  }

  /** Batches trained so far and epochs completed. */
  get progress(): { batch: number; epoch: number } {
    return { batch: this.batch, epoch: this.epoch };
  }

  /** Where the run is in its epochs, to move it to another backend. */
  get place(): RunPlace {
    return { batch: this.batch, epoch: this.epoch, position: this.position };
  }

  /** The settings the run trains with now (live changes included). */
  get currentSettings(): TrainingSettings {
    return this.settings;
  }

  /** Takes over another run's place (the same weights on a new backend): the next batch continues its epoch. */
  resumeAt(place: RunPlace): void {
    this.batch = place.batch;
    this.epoch = place.epoch;
    this.position = place.position;
    this.order = null;
  }

  /** Test indices of the live prediction grid. */
  get liveIndices(): number[] {
    return this.live.indices;
  }

  /** Batches per epoch. */
  get stepsPerEpoch(): number {
    return Math.ceil(this.data.train.count / this.settings.batchSize);
  }

  /** The learning rate the next batch uses. */
  get nextLearningRate(): number {
    return this.learningRateFor(this.batch);
  }

  /** The learning rate of the batch with 0-based index `batch` under the current settings. */
  private learningRateFor(batch: number): number {
    return learningRateAt(this.settings, batch, this.stepsPerEpoch, this.stepsPerEpoch * this.settings.epochs);
  }

  /** Trains until paused, diverged, done, or `maxBatches` batches have run. */
  async train(maxBatches = Number.POSITIVE_INFINITY): Promise<RunOutcome> {
    this.pauseRequested = false;
    this.throughput.restart();
    let lastReport = performance.now();
    let trained = 0;
    for (;;) {
      if (this.hold) await this.hold;
      if (this.pauseRequested || trained >= maxBatches || this.finished) break;
      // Decided before the step, so the step that ends a report measures its gradient norms.
      const reportDue = this.position + this.settings.batchSize >= this.data.train.count
        || trained + 1 >= maxBatches
        || performance.now() - lastReport >= REPORT_INTERVAL_MS;
      this.trainOneBatch(reportDue);
      trained += 1;
      const epochEnded = this.position >= this.data.train.count;
      if (reportDue) {
        if (await this.report(epochEnded || trained >= maxBatches)) return 'diverged';
        lastReport = performance.now();
      }
      if (epochEnded) await this.endEpoch();
      await yieldToEventLoop();
    }
    if (await this.report(true)) return 'diverged';
    if (this.finished) {
      await this.evaluate('run-end');
      return 'done';
    }
    return 'paused';
  }

  private trainOneBatch(measure: boolean): void {
    this.guard();
    const { train } = this.data;
    const settings = this.settings;
    if (!this.order) this.order = train.order(settings.seed, this.epoch);
    const size = Math.min(settings.batchSize, train.count - this.position);
    const learningRate = this.learningRateFor(this.batch);
    setLearningRate(this.optimizer, learningRate);
    const augment = augmentOptionsFor(settings);
    // A short last batch is padded to the full size and masked, so WebGL compiles no new shapes.
    const { xs, ys, mask, batch } = train.shuffledBatch(this.order, this.position, size, augment ? { options: augment, epoch: this.epoch } : null, settings.batchSize);
    if (augment) this.preview.offer(this.batch + 1, batch.xs, batch.labels);
    reseedDropout(this.model, settings.seed, this.batch);
    const result = trainStep(this.model, this.optimizer, this.loss, xs, ys, {
      ...stepOptionsFor(settings, learningRate),
      measure: measure ? this.layers : null,
      mask,
    });
    tf.dispose(mask ? [xs, ys, mask] : [xs, ys]);
    this.position += size;
    this.batch += 1;
    this.pending.push({ result, size, point: { batch: this.batch, epoch: this.epoch, learningRate, clipNorm: settings.clipNorm } });
  }

  /**
   * Reads pending results (and, when due, the live predictions) in one
   * transfer, reports them, and checks for divergence. `final`: a Step, an
   * epoch end or the loop's end, when the grid must show the current model.
   */
  private async report(final: boolean): Promise<boolean> {
    const steps = this.pending;
    this.pending = [];
    const now = performance.now();
    const predict = final ? this.predictionsBatch !== this.batch : now - this.predictionsAt >= PREDICTION_INTERVAL_MS;
    if (steps.length === 0 && !predict) return false;
    const measured = steps.findLast((step) => step.result.gradientNorms !== null);
    tf.dispose(steps.filter((step) => step !== measured).map((step) => step.result.gradientNorms).filter((norms) => norms !== null));
    const parts: tf.Tensor[] = steps.flatMap((step) => [step.result.loss, step.result.correct, step.result.globalNorm]);
    if (steps.length > 0) parts.push(weightHealth(this.model));
    if (measured?.result.gradientNorms) parts.push(measured.result.gradientNorms);
    if (predict) parts.push(this.live.predict(this.model));
    const values = await readTogether(parts);
    let next = 0;
    const points: BatchPoint[] = steps.map((step) => {
      const loss = values[next++][0];
      const accuracy = values[next++][0] / step.size;
      const gradientNorm = values[next++][0];
      const mean = this.means.add(step.point.epoch, loss, accuracy, step.size);
      return { ...step.point, loss, accuracy, gradientNorm, meanLoss: mean.loss, meanAccuracy: mean.accuracy };
    });
    const health = steps.length > 0 ? values[next++][0] : 0;
    const norms = measured ? values[next++] : null;
    const divergence = this.findDivergence(points, health);
    // A diverged run ends at the batch it diverged: the readouts, the grid and the alert name the same batch.
    if (divergence) this.batch = divergence.batch;
    if (predict) {
      this.emit({ type: 'predictions', ...this.progress, predictions: this.live.describe(values[next++]) });
      this.predictionsBatch = this.batch;
      this.predictionsAt = now;
    }
    if (steps.length === 0) return false;
    this.throughput.record(steps.reduce((sum, step) => sum + step.size, 0));
    const gradientNorms = measured && norms
      ? { batch: measured.point.batch, layers: this.layers.map((layer, i) => ({ layer: layer.name, norm: norms[i] })) }
      : undefined;
    const preview = this.preview.take();
    const shown = divergence ? points.slice(0, points.findIndex((point) => point.batch === divergence.batch) + 1) : points;
    this.emit({
      type: 'progress',
      points: shown,
      batch: this.batch,
      epoch: this.epoch,
      throughput: this.throughput.value,
      nextLearningRate: this.learningRateFor(this.batch),
      ...(gradientNorms ? { gradientNorms } : {}),
      ...(preview ? { augmentPreview: preview } : {}),
    }, preview ? [ownBuffer(preview.pixels)] : undefined);
    if (!divergence) return false;
    this.emit({ type: 'diverged', ...divergence });
    return true;
  }

  /** The first reported batch at which training diverged, if any (non-finite weights count at the report's last batch). */
  private findDivergence(points: BatchPoint[], health: number): DivergedEvent | null {
    for (const point of points) {
      const verdict = this.detector.observe(point.batch, point.loss);
      if (verdict) return { batch: point.batch, loss: point.loss, ...verdict };
    }
    if (Number.isFinite(health)) return null;
    const last = points[points.length - 1];
    return { batch: last.batch, loss: last.loss, reason: 'non-finite-weights', since: last.batch, threshold: this.detector.threshold };
  }

  private async endEpoch(): Promise<void> {
    this.epoch += 1;
    this.position = 0;
    this.order = null;
    const score = await evaluateSplit(this.model, this.data.validation, this.loss);
    // Validation is not training: start a new speed window so it does not count.
    this.throughput.restart();
    const stoppedEarly = this.earlyStopping.observe(this.model, this.epoch, score.loss, this.settings);
    if (stoppedEarly) this.stoppedEarly = true;
    this.emit({
      type: 'epoch-end',
      point: {
        epoch: this.epoch,
        batch: this.batch,
        valLoss: score.loss,
        valAccuracy: score.accuracy,
        numTensors: tf.memory().numTensors,
        seconds: (performance.now() - this.startedAt) / 1000,
        ...(stoppedEarly ? { stoppedEarly } : {}),
      },
    });
  }

  /** Evaluates the current model on the whole test split and sends an 'evaluation' event (none if the run was disposed meanwhile). */
  async evaluate(trigger: EvaluationDetails['trigger']): Promise<void> {
    // It yields between chunks, so no batch may change the weights halfway through.
    const evaluation = await this.holding(evaluateClassifier(this.model, this.data.test, this.loss, { trigger, ...this.progress }));
    if (this.disposed) return;
    this.emit({ type: 'evaluation', evaluation }, [ownBuffer(evaluation.details.predicted)]);
  }

  /** Class probabilities of one 28 x 28 image (784 values in [0, 1]). */
  predict(pixels: Float32Array): Promise<PredictResult> {
    return predictImage(this.model, pixels);
  }

  /** Every layer's activations for one test image. */
  inspect(index: number): Promise<Transfer<InspectResult>> {
    this.inspector ??= activationModel(this.model);
    return inspectSample(this.model, this.inspector, this.data.test, index);
  }

  /** First-layer filters and weight and gradient histograms (gradients on the first training batch, stored order). */
  async weights(): Promise<Transfer<WeightsResult>> {
    const batch = this.data.train.sequentialBatch(0, Math.min(this.settings.batchSize, this.data.train.count));
    try {
      return await weightsReport(this.model, this.layers, this.loss, batch, this.progress);
    } finally {
      tf.dispose([batch.xs, batch.ys]);
    }
  }

  /** The weights, the optimizer state and the position, all from one batch boundary. */
  async checkpoint(): Promise<CapturedState & RunPlace> {
    const { state, position } = await this.holding(freezeState(this.model, this.optimizer).then((frozen) => ({ state: frozen, position: this.place })));
    return { ...(await readFrozen(state)), ...position };
  }

  /** Keeps the training loop from starting a batch until `work` has settled. */
  private async holding<T>(work: Promise<T>): Promise<T> {
    const hold = Promise.all([this.hold, work]).then(() => undefined, () => undefined);
    this.hold = hold;
    try {
      return await work;
    } finally {
      if (this.hold === hold) this.hold = null;
    }
  }

  /** Takes on a checkpoint's weights, optimizer state and position (a fresh run of the same network). */
  async restore(state: Pick<CapturedState, 'weights' | 'optimizerState'> & RunPlace): Promise<void> {
    await restoreState(this.model, this.optimizer, state);
    this.resumeAt(state);
  }

  /** Frees the model, the optimizer's state and any unread results. */
  dispose(): void {
    tf.dispose(this.pending.flatMap((step) => [step.result.loss, step.result.correct, step.result.globalNorm, ...(step.result.gradientNorms ? [step.result.gradientNorms] : [])]));
    this.pending = [];
    this.disposed = true;
    this.earlyStopping.dispose();
    disposeOptimizer(this.optimizer);
    this.model.dispose();
    this.inspector = null;
  }
}
