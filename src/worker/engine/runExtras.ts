// Two things a run keeps beside its model: early stopping (the tracker and the
// best weights) and the preview of augmented images for the page.
import type * as tf from '@tensorflow/tfjs';
import { EarlyStoppingTracker } from '../../core/training/earlyStopping';
import type { AugmentPreview } from '../protocol';
import { BestWeights } from './runSeeds';

/** Images the augmentation preview strip shows. */
const PREVIEW_IMAGES = 8;

/** Early stopping on the validation loss with the best weights restored, as Keras's EarlyStopping(restore_best_weights=True). */
export class EarlyStopping {
  private readonly tracker = new EarlyStoppingTracker();
  private readonly best = new BestWeights();

  /**
   * Takes the validation loss at the end of `epoch`. When early stopping is
   * on, keeps the weights of a new best and, after `patience` epochs without
   * one, puts the best weights back and says which epoch they are from.
   */
  observe(model: tf.LayersModel, epoch: number, valLoss: number, settings: { earlyStopping: boolean; patience: number }): { bestEpoch: number; bestValLoss: number } | null {
    const verdict = this.tracker.observe(epoch, valLoss, settings.patience);
    if (!settings.earlyStopping) return null;
    if (verdict === 'improved') this.best.keep(model, epoch);
    if (verdict !== 'stop') return null;
    const restored = this.best.restore(model);
    const best = this.tracker.bestEpoch;
    return restored ? { bestEpoch: this.best.epoch ?? best.epoch, bestValLoss: best.valLoss } : { bestEpoch: epoch, bestValLoss: valLoss };
  }

  /** Frees the kept weights. */
  dispose(): void {
    this.best.dispose();
  }
}

/** The first images of an augmented batch, taken at most every `intervalMs`, handed out once. */
export class PreviewKeeper {
  private preview: AugmentPreview | null = null;
  private takenAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly intervalMs: number) {}

  /** Keeps the images of batch `batch` (1-based) when the last ones are old enough. */
  offer(batch: number, xs: Float32Array, labels: Uint8Array): void {
    const now = performance.now();
    if (now - this.takenAt < this.intervalMs) return;
    const count = Math.min(PREVIEW_IMAGES, labels.length);
    const pixels = new Uint8Array((count * xs.length) / Math.max(1, labels.length));
    for (let i = 0; i < pixels.length; i++) pixels[i] = Math.round(xs[i] * 255);
    this.preview = { batch, pixels, labels: Array.from(labels.subarray(0, count)) };
    this.takenAt = now;
  }

  /** The kept preview, once; null when there is none new. */
  take(): AugmentPreview | null {
    const preview = this.preview;
    this.preview = null;
    return preview;
  }
}
