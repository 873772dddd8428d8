// What makes a run repeat from its seed beyond the initial weights, and what
// early stopping keeps: fresh dropout masks per batch, and a copy of the best
// weights.
import * as tf from '@tensorflow/tfjs';
import { mixSeed } from '../../core/data/batches';

/**
 * Gives every Dropout layer a seed for the batch with 0-based index `batch`.
 * tfjs draws a dropout mask from the layer's seed on each call, so a fixed
 * seed would drop the same units on every batch; deriving it from the run
 * seed and the batch keeps runs repeatable with a new mask each step.
 */
export function reseedDropout(model: tf.LayersModel, runSeed: number, batch: number): void {
  model.layers.forEach((layer, index) => {
    if (layer.getClassName() !== 'Dropout') return;
    // tfjs keeps the seed in a field it reads on every call; the typings do not expose it.
    (layer as unknown as { seed: number }).seed = mixSeed(runSeed, batch, index, 0xd0);
  });
}

/** A copy of the model's weights (kernels, biases and BatchNorm statistics) from its best epoch. */
export class BestWeights {
  private weights: tf.Tensor[] | null = null;
  private epochKept = 0;

  /** The epoch the kept weights are from, or null before any. */
  get epoch(): number | null {
    return this.weights ? this.epochKept : null;
  }

  /** Keeps a copy of the model's current weights, freeing the previous copy. */
  keep(model: tf.LayersModel, epoch: number): void {
    this.dispose();
    this.weights = model.getWeights().map((weight) => tf.clone(weight));
    this.epochKept = epoch;
  }

  /** Puts the kept weights back into the model; false when none were kept. */
  restore(model: tf.LayersModel): boolean {
    if (!this.weights) return false;
    model.setWeights(this.weights);
    return true;
  }

  /** Frees the copy. */
  dispose(): void {
    if (this.weights) tf.dispose(this.weights);
    this.weights = null;
  }
}
