// The training loop's reports to the page: the batches trained since the
// last report, read back in one transfer with the weights' health, the last
// measured gradient norms and (when due) the live prediction grid; the epoch
// means kept, divergence spotted, and 'predictions', 'progress' and
// 'diverged' sent.
import * as tf from '@tensorflow/tfjs';
import { DivergenceDetector } from '../../core/training/divergence';
import { LIVE_BEAT_MS } from '../../core/training/liveCadence';
import type { EpochSums } from '../../core/checkpoint/types';
import type { BatchPoint, DivergedEvent } from '../protocol';
import { EpochMeans } from './epochMeans';
import type { WeightedLayer } from './gradientNorms';
import type { LivePredictions } from './livePredictions';
import { readTogether } from './readBack';
import { PreviewKeeper } from './runExtras';
import { Throughput } from './throughput';
import { weightHealth, type StepResult } from './trainStep';
import { ownBuffer, type EmitEvent } from './transfer';

/** Send the live prediction grid (and the augmentation preview) at most this often while training: once per beat of the page. */
const PREDICTION_INTERVAL_MS = LIVE_BEAT_MS;

/** A trained batch whose results are still on the device. */
export interface PendingStep {
  result: StepResult;
  point: Omit<BatchPoint, 'loss' | 'accuracy' | 'meanLoss' | 'meanAccuracy' | 'gradientNorm'>;
  size: number;
}

/** Batches trained and epochs completed. */
interface RunProgress {
  batch: number;
  epoch: number;
}

/** Holds trained batches' results until they are reported, and reports them. */
export class BatchReports {
  private pending: PendingStep[] = [];
  private readonly detector = new DivergenceDetector();
  private readonly means = new EpochMeans();
  /** The augmented images shown beside the curves. */
  readonly preview = new PreviewKeeper(PREDICTION_INTERVAL_MS);
  /** Training speed; restarted when something that is not training (a pause, validation) has taken time. */
  readonly throughput = new Throughput();
  private predictionsBatch = -1;
  private predictionsAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly model: tf.LayersModel,
    private readonly layers: WeightedLayer[],
    private readonly live: LivePredictions,
    private readonly emit: EmitEvent,
  ) {}

  /**
   * The epoch means' sums over the reported batches (a checkpoint's; exact
   * after a pause or a Step, which report everything first).
   */
  get epochSums(): EpochSums | null {
    return this.means.sums;
  }

  /** Goes on averaging the epoch from a checkpoint's sums. */
  resumeEpochSums(sums: EpochSums): void {
    this.means.resume(sums);
  }

  /** Batches trained since the last report. */
  get unreported(): number {
    return this.pending.length;
  }

  /** Keeps one trained batch's results for the next report. */
  add(step: PendingStep): void {
    this.pending.push(step);
  }

  /**
   * Reads pending results (and, when due, the live predictions) in one
   * transfer, reports them, and checks for divergence. `final`: a Step, an
   * epoch end or the loop's end, when the grid must show the current model.
   * Returns the divergence, if any: the run ends at its batch, and the
   * readouts, the grid and the alert already name that batch.
   */
  async report(final: boolean, progress: RunProgress, learningRateFor: (batch: number) => number): Promise<DivergedEvent | null> {
    const steps = this.pending;
    this.pending = [];
    const now = performance.now();
    const predict = final ? this.predictionsBatch !== progress.batch : now - this.predictionsAt >= PREDICTION_INTERVAL_MS;
    if (steps.length === 0 && !predict) return null;
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
    const batch = divergence ? divergence.batch : progress.batch;
    const { epoch } = progress;
    if (predict) {
      this.emit({ type: 'predictions', batch, epoch, predictions: this.live.describe(values[next++]) });
      this.predictionsBatch = batch;
      this.predictionsAt = now;
    }
    if (steps.length === 0) return null;
    this.throughput.record(steps.reduce((sum, step) => sum + step.size, 0));
    const gradientNorms = measured && norms
      ? { batch: measured.point.batch, layers: this.layers.map((layer, i) => ({ layer: layer.name, norm: norms[i] })) }
      : undefined;
    const preview = this.preview.take();
    const shown = divergence ? points.slice(0, points.findIndex((point) => point.batch === divergence.batch) + 1) : points;
    this.emit({
      type: 'progress',
      points: shown,
      batch,
      epoch,
      throughput: this.throughput.value,
      nextLearningRate: learningRateFor(batch),
      ...(gradientNorms ? { gradientNorms } : {}),
      ...(preview ? { augmentPreview: preview } : {}),
    }, preview ? [ownBuffer(preview.pixels)] : undefined);
    if (!divergence) return null;
    this.emit({ type: 'diverged', ...divergence });
    return divergence;
  }

  /** Frees the results of batches not reported. */
  dispose(): void {
    tf.dispose(this.pending.flatMap((step) => [step.result.loss, step.result.correct, step.result.globalNorm, ...(step.result.gradientNorms ? [step.result.gradientNorms] : [])]));
    this.pending = [];
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
}
