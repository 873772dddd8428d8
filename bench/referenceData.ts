// MNIST as tfjs-examples/mnist holds it: every image of a subset in one
// float32 tensor scaled to 0..1, and one-hot labels.
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIDE, NUM_CLASSES } from '../src/core/data/mnist';
import type { MnistSubset } from '../src/core/data/split';

/** Images [count, 28, 28, 1] in 0..1 and one-hot labels [count, 10]. */
export interface SubsetTensors {
  xs: tf.Tensor4D;
  ys: tf.Tensor2D;
}

/** Copies a subset into two tensors (the caller disposes them). */
export function toTensors(subset: MnistSubset): SubsetTensors {
  const pixels = new Float32Array(subset.images.length);
  for (let i = 0; i < pixels.length; i++) pixels[i] = subset.images[i] / 255;
  const xs = tf.tensor4d(pixels, [subset.count, IMAGE_SIDE, IMAGE_SIDE, 1]);
  const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(subset.labels, 'int32'), NUM_CLASSES).toFloat() as tf.Tensor2D);
  return { xs, ys };
}
