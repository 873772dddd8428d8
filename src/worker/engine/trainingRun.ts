// One training run: a model, its optimizer and its progress through the
// epochs. The loop trains until paused, diverged or done, yielding to the
// worker's event loop so Pause arrives, and reads results back in groups.
import * as tf from '@tensorflow/tfjs';
import type { TrainingSettings } from '../../core/training/types';
import { learningRateAt } from '../../core/training/schedules';
import { DivergenceDetector } from '../../core/training/divergence';
import type { BatchPoint, Evaluation, WorkerEvent } from '../protocol';
import type { BatchSource } from './batchSource';
import { evaluateSplit } from './evaluate';
import { lossFunction, type LossFunction } from './losses';
import { createOptimizer, setLearningRate } from './optimizers';
import { trainStep, weightHealth, type StepResult } from './trainStep';
import { yieldToEventLoop } from './yieldToEventLoop';

/** Why the loop stopped. */
export type RunOutcome = 'paused' | 'done' | 'diverged';

/** Splits a run trains and evaluates on. */
export interface RunData {
  train: BatchSource;
  validation: BatchSource;
  test: BatchSource;
}

interface PendingStep {
  result: StepResult;
  point: Omit<BatchPoint, 'loss' | 'accuracy'>;
  size: number;
}

/** Read results back (and report) at most this often, so the UI gets <= 10 updates/s. */
const REPORT_INTERVAL_MS = 100;

export class TrainingRun {
  readonly model: tf.LayersModel;
  private readonly optimizer: tf.Optimizer;
  private readonly loss: LossFunction;
  private settings: TrainingSettings;
  private readonly detector = new DivergenceDetector();
  private pending: PendingStep[] = [];
  private order: Uint32Array | null = null;
  private position = 0;
  private batch = 0;
  private epoch = 0;
  private pauseRequested = false;
  private startedAt = performance.now();
  private throughput = { samples: 0, since: performance.now(), value: 0 };

  constructor(model: tf.LayersModel, settings: TrainingSettings, private readonly data: RunData, private readonly emit: (event: WorkerEvent) => void) {
    this.model = model;
    this.settings = settings;
    this.optimizer = createOptimizer(settings);
    this.loss = lossFunction(settings.loss);
  }

  /** Settings that may change between batches of the same run (learning rate, schedule, decay, clipping, epochs, augmentation). */
  updateSettings(settings: TrainingSettings): void {
    this.settings = settings;
  }

  /** Asks the loop to stop after the current batch. */
  requestPause(): void {
    this.pauseRequested = true;
  }

  get finished(): boolean {
    return this.epoch >= this.settings.epochs;
  }

  private get stepsPerEpoch(): number {
    return Math.ceil(this.data.train.count / this.settings.batchSize);
  }

  /** Trains until paused, diverged, done, or `maxBatches` batches have run. */
  async train(maxBatches = Number.POSITIVE_INFINITY): Promise<RunOutcome> {
    this.pauseRequested = false;
    this.throughput = { samples: 0, since: performance.now(), value: this.throughput.value };
    let lastReport = performance.now();
    let trained = 0;
    while (!this.pauseRequested && trained < maxBatches && !this.finished) {
      this.trainOneBatch();
      trained += 1;
      const epochEnded = this.position >= this.data.train.count;
      if (epochEnded || trained >= maxBatches || performance.now() - lastReport >= REPORT_INTERVAL_MS) {
        if (await this.report()) return 'diverged';
        lastReport = performance.now();
      }
      if (epochEnded) await this.endEpoch();
      await yieldToEventLoop();
    }
    if (await this.report()) return 'diverged';
    if (this.finished) {
      await this.evaluateTest();
      return 'done';
    }
    return 'paused';
  }

  private trainOneBatch(): void {
    const { train } = this.data;
    const settings = this.settings;
    if (!this.order) this.order = train.order(settings.seed, this.epoch);
    const size = Math.min(settings.batchSize, train.count - this.position);
    const learningRate = learningRateAt(settings, this.batch, this.stepsPerEpoch, this.stepsPerEpoch * settings.epochs);
    setLearningRate(this.optimizer, learningRate);
    const augment = settings.augment ? { seed: settings.seed, epoch: this.epoch } : null;
    const { xs, ys } = train.shuffledBatch(this.order, this.position, size, augment);
    const result = trainStep(this.model, this.optimizer, this.loss, xs, ys, {
      clipNorm: settings.clipNorm,
      decay: learningRate * settings.weightDecay,
    });
    tf.dispose([xs, ys]);
    this.position += size;
    this.batch += 1;
    this.pending.push({ result, size, point: { batch: this.batch, epoch: this.epoch } });
  }

  /** Reads pending results in one transfer, reports them, and checks for divergence. */
  private async report(): Promise<boolean> {
    if (this.pending.length === 0) return false;
    const steps = this.pending;
    this.pending = [];
    const health = weightHealth(this.model);
    const stacked = tf.stack([...steps.flatMap((step) => [step.result.loss, step.result.correct]), health]);
    const values = await stacked.data();
    tf.dispose([stacked, health, ...steps.flatMap((step) => [step.result.loss, step.result.correct])]);
    const points: BatchPoint[] = steps.map((step, i) => ({ ...step.point, loss: values[2 * i], accuracy: values[2 * i + 1] / step.size }));
    this.recordThroughput(steps.reduce((sum, step) => sum + step.size, 0));
    this.emit({ type: 'progress', points, batch: this.batch, epoch: this.epoch, throughput: this.throughput.value });
    for (const point of points) {
      const verdict = this.detector.observe(point.batch, point.loss);
      if (verdict) return this.diverged(point.batch, point.loss, verdict);
    }
    if (!Number.isFinite(values[values.length - 1])) {
      const last = points[points.length - 1];
      return this.diverged(last.batch, last.loss, 'non-finite-weights');
    }
    return false;
  }

  private diverged(batch: number, loss: number, reason: 'non-finite-loss' | 'non-finite-weights' | 'loss-exploded'): true {
    this.emit({ type: 'diverged', batch, loss, reason });
    return true;
  }

  private recordThroughput(samples: number): void {
    const now = performance.now();
    this.throughput.samples += samples;
    const seconds = (now - this.throughput.since) / 1000;
    if (seconds >= 1 || this.throughput.value === 0) {
      this.throughput.value = seconds > 0 ? this.throughput.samples / seconds : 0;
    }
    if (seconds >= 2) this.throughput = { samples: 0, since: now, value: this.throughput.value };
  }

  private async endEpoch(): Promise<void> {
    this.epoch += 1;
    this.position = 0;
    this.order = null;
    const score = await evaluateSplit(this.model, this.data.validation, this.loss);
    this.emit({
      type: 'epoch-end',
      point: {
        epoch: this.epoch,
        batch: this.batch,
        valLoss: score.loss,
        valAccuracy: score.accuracy,
        numTensors: tf.memory().numTensors,
        seconds: (performance.now() - this.startedAt) / 1000,
      },
    });
  }

  private async evaluateTest(): Promise<void> {
    const score = await evaluateSplit(this.model, this.data.test, this.loss);
    const evaluation: Evaluation = { testLoss: score.loss, testAccuracy: score.accuracy, samples: score.samples };
    this.emit({ type: 'evaluation', evaluation });
  }

  /** Frees the model, the optimizer's state and any unread results. */
  dispose(): void {
    tf.dispose(this.pending.flatMap((step) => [step.result.loss, step.result.correct]));
    this.pending = [];
    this.optimizer.dispose();
    this.model.dispose();
  }
}
