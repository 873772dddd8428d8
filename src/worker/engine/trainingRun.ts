// One training run: a model, its optimizer and its progress through the
// epochs. The loop trains until paused, diverged or done, yielding to the
// worker's event loop so Pause (and look-inside requests) arrive, and reads
// results back in groups.
import * as tf from '@tensorflow/tfjs';
import { liveChanges, liveSettings, type LiveSettings } from '../../core/training/settingsTable';
import type { TrainingSettings } from '../../core/training/types';
import { learningRateAt } from '../../core/training/schedules';
import { batchesPerReport } from '../../core/training/reportPacing';
import { augmentOptionsFor } from '../../core/data/augment';
import type { EvaluationDetails, InspectResult, PredictResult, WeightsResult } from '../protocol';
import { BatchReports } from './batchReports';
import { EpochEnds } from './epochEnds';
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
import { stepOptionsFor, trainStep } from './trainStep';
import { ownBuffer, type EmitEvent, type Transfer } from './transfer';
import { weightsReport } from './weightsReport';
import { freezeState, readFrozen, restoreState, type CapturedState } from '../checkpoint';
import type { EpochSums, RunPosition } from '../../core/checkpoint/types';
import { yieldToEventLoop } from './yieldToEventLoop';

/** Why the loop stopped. */
export type RunOutcome = 'paused' | 'done' | 'diverged';

/** Where a run is: batches trained, epochs completed, and the position in the current epoch (a checkpoint's position). */
export type RunPlace = RunPosition;

/** What a run's checkpoint holds of it: weights, optimizer state, position and the epoch means' sums. */
type RunState = CapturedState & RunPlace & { epochSums?: EpochSums };

/** Splits a run trains and evaluates on. */
export interface RunData {
  train: BatchSource;
  validation: BatchSource;
  test: BatchSource;
}

/**
 * Read results back and report at most this often: the one throttle between
 * the worker and the screen. Readouts and charts redraw on each report (two
 * a second: each redraw costs the page's main thread style, layout and paint,
 * and the worker a read-back), and a Step, an epoch end or a pause always
 * reports at once. On WebGL and WebGPU, where a batch is only queued, the
 * measured speed also bounds the batches per report (batchesPerReport).
 */
export const REPORT_INTERVAL_MS = 500;

/** One training run: a model, its optimizer and its progress through the epochs. */
export class TrainingRun {
  readonly model: tf.LayersModel;
  /** The loss the run trains on, by the settings' loss id. */
  readonly loss: LossFunction;
  /** Layers with trainable weights, in model order (gradient norms and histograms follow it). */
  readonly layers: WeightedLayer[];
  /** The run's optimizer and its state (a step-through copies it). */
  readonly optimizer: tf.Optimizer;
  private settings: TrainingSettings;
  private readonly live: LivePredictions;
  /** The batches trained since the last report, and the reports. */
  private readonly reports: BatchReports;
  /** Early stopping and each epoch's validation point. */
  private readonly epochEnds: EpochEnds;
  private inspector: tf.LayersModel | null = null;
  private order: Uint32Array | null = null;
  private position = 0;
  private batch = 0;
  private epoch = 0;
  private pauseRequested = false;
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
    this.reports = new BatchReports(model, this.layers, this.live, emit);
    this.epochEnds = new EpochEnds(model, emit);
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
    return this.epochEnds.stoppedEarly || this.epoch >= this.settings.epochs;
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
    this.reports.throughput.restart();
    let lastReport = performance.now();
    let trained = 0;
    for (;;) {
      if (this.hold) await this.hold;
      if (this.pauseRequested || trained >= maxBatches || this.finished) break;
      // Decided before the step, so the step that ends a report measures its gradient norms.
      const reportDue = this.position + this.settings.batchSize >= this.data.train.count
        || trained + 1 >= maxBatches
        || performance.now() - lastReport >= REPORT_INTERVAL_MS
        || this.reports.unreported + 1 >= batchesPerReport(this.reports.throughput.settled, this.settings.batchSize, REPORT_INTERVAL_MS);
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
    if (augment) this.reports.preview.offer(this.batch + 1, batch.xs, batch.labels);
    reseedDropout(this.model, settings.seed, this.batch);
    const result = trainStep(this.model, this.optimizer, this.loss, xs, ys, {
      ...stepOptionsFor(settings, learningRate),
      measure: measure ? this.layers : null,
      mask,
    });
    tf.dispose(mask ? [xs, ys, mask] : [xs, ys]);
    this.position += size;
    this.batch += 1;
    this.reports.add({ result, size, point: { batch: this.batch, epoch: this.epoch, learningRate, clipNorm: settings.clipNorm } });
  }

  /** Reports the batches trained since the last report (BatchReports.report); true when the run diverged, ending at that batch. */
  private async report(final: boolean): Promise<boolean> {
    const divergence = await this.reports.report(final, this.progress, (batch) => this.learningRateFor(batch));
    if (divergence) this.batch = divergence.batch;
    return divergence !== null;
  }

  private async endEpoch(): Promise<void> {
    this.epoch += 1;
    this.position = 0;
    this.order = null;
    const score = await evaluateSplit(this.model, this.data.validation, this.loss);
    // Validation is not training: start a new speed window so it does not count.
    this.reports.throughput.restart();
    this.epochEnds.record(score, this.progress, this.settings);
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
  async checkpoint(): Promise<RunState> {
    const { state, position, epochSums } = await this.holding(
      freezeState(this.model, this.optimizer).then((frozen) => ({ state: frozen, position: this.place, epochSums: this.reports.epochSums })),
    );
    return { ...(await readFrozen(state)), ...position, ...(epochSums ? { epochSums } : {}) };
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
  async restore(state: Omit<RunState, 'topology'>): Promise<void> {
    await restoreState(this.model, this.optimizer, state);
    this.resumeAt(state);
    // The readouts' epoch means go on over the batches before the checkpoint (sums of another epoch start over at its next batch).
    if (state.epochSums) this.reports.resumeEpochSums(state.epochSums);
  }

  /** Frees the model, the optimizer's state and any unread results. */
  dispose(): void {
    this.reports.dispose();
    this.disposed = true;
    this.epochEnds.dispose();
    disposeOptimizer(this.optimizer);
    this.model.dispose();
    this.inspector = null;
  }
}
