// Turns a split of MNIST (typed arrays) into one pair of tensors per batch.
// The whole set never becomes one tensor (188 MB, over WebGPU binding limits).
import * as tf from '@tensorflow/tfjs';
import { buildBatch, epochOrder, type AugmentOptions, type Batch } from '../../core/data/batches';
import { padBatch } from '../../core/data/padBatch';
import type { MnistSubset } from '../../core/data/split';

/** Batches of one split as tensors: [n, 28, 28, 1] images and [n, 10] one-hot labels. */
export interface BatchSource {
  readonly count: number;
  /** Labels (0..9) of the `count` samples, in stored order. Do not transfer: a view of the data set. */
  readonly labels: Uint8Array;
  /** The sample order of one epoch, shuffled from the run seed. */
  order(seed: number, epoch: number): Uint32Array;
  /**
   * Tensors for `size` samples of `order` from `start` (and the pixels and labels they hold); the caller disposes the tensors.
   * With `padTo`, a shorter batch is filled up to `padTo` rows and `mask` marks the real ones (padBatch).
   */
  shuffledBatch(
    order: Uint32Array,
    start: number,
    size: number,
    augment: { options: AugmentOptions; epoch: number } | null,
    padTo?: number,
  ): { xs: tf.Tensor4D; ys: tf.Tensor2D; mask: tf.Tensor1D | null; batch: Batch };
  /** Tensors for samples start..start+size in stored order. */
  sequentialBatch(start: number, size: number): { xs: tf.Tensor4D; ys: tf.Tensor2D };
  /** Tensors for the given samples, in the given order (each index in 0..count-1). */
  pickedBatch(indices: ArrayLike<number>): { xs: tf.Tensor4D; ys: tf.Tensor2D };
}

function toTensors(batch: Batch): { xs: tf.Tensor4D; ys: tf.Tensor2D } {
  return { xs: tf.tensor4d(batch.xs, [batch.size, 28, 28, 1]), ys: tf.tensor2d(batch.ys, [batch.size, 10]) };
}

/** A batch source over the first `limit` samples of a split. */
export function createBatchSource(subset: MnistSubset, limit = subset.count): BatchSource {
  const count = Math.min(limit, subset.count);
  const { images, labels } = subset;
  return {
    count,
    labels: labels.subarray(0, count),
    order: (seed, epoch) => epochOrder(count, seed, epoch),
    shuffledBatch: (order, start, size, augment, padTo = 0) => {
      const built = buildBatch(images, labels, order, start, size, augment ? { augment: augment.options, epoch: augment.epoch } : {});
      const { batch, mask } = padBatch(built, padTo);
      return { ...toTensors(batch), mask: mask ? tf.tensor1d(mask) : null, batch: built };
    },
    sequentialBatch: (start, size) => toTensors(buildBatch(images, labels, null, start, size)),
    pickedBatch: (indices) => {
      for (let i = 0; i < indices.length; i++) {
        if (!(Number.isInteger(indices[i]) && indices[i] >= 0 && indices[i] < count)) throw new RangeError(`sample ${indices[i]} is outside 0..${count - 1}`);
      }
      return toTensors(buildBatch(images, labels, indices, 0, indices.length));
    },
  };
}
