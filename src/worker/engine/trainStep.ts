// One optimisation step: forward, loss, gradients, optional clipping,
// update, optional decoupled weight decay. Returns scalars still on the device.
import * as tf from '@tensorflow/tfjs';
import { layerGradientNorms, type WeightedLayer } from './gradientNorms';
import type { LossFunction } from './losses';

/** Device-side results of one step; the caller reads and disposes them. */
export interface StepResult {
  loss: tf.Scalar;
  correct: tf.Scalar;
  /** Per-layer L2 norms of the raw (unclipped) gradients, when asked for with `measure`. */
  gradientNorms: tf.Tensor1D | null;
}

/** Options that change how gradients become an update. */
export interface StepOptions {
  /** Global L2 norm ceiling for the gradients (0 = off). */
  clipNorm: number;
  /** Decoupled weight decay factor lr * wd applied to kernels after the step (0 = off). */
  decay: number;
  /** Layers whose gradient norms to measure in this step (null = do not measure). */
  measure?: WeightedLayer[] | null;
  /** Per row 1 for a real sample, 0 for filler (a padded last batch); null when every row is real. */
  mask?: tf.Tensor1D | null;
}

/** Scales all gradients together so their global L2 norm is at most `clipNorm`. */
function clipByGlobalNorm(grads: tf.NamedTensorMap, clipNorm: number): tf.NamedTensorMap {
  return tf.tidy(() => {
    const names = Object.keys(grads);
    const squares = names.map((name) => tf.sum(tf.square(grads[name])));
    const norm = tf.sqrt(tf.addN(squares));
    const scale = tf.div(clipNorm, tf.maximum(norm, clipNorm));
    const clipped: tf.NamedTensorMap = {};
    for (const name of names) clipped[name] = tf.mul(grads[name], scale);
    return clipped;
  });
}

/** Applies w <- w * (1 - lr * wd) to weight matrices and kernels (not biases or norms). */
function decayKernels(variables: tf.Variable[], factor: number): void {
  tf.tidy(() => {
    for (const variable of variables) {
      if (/kernel/.test(variable.name)) variable.assign(tf.mul(variable, 1 - factor));
    }
  });
}

/** Trains the model on one batch. */
export function trainStep(
  model: tf.LayersModel,
  optimizer: tf.Optimizer,
  loss: LossFunction,
  xs: tf.Tensor,
  ys: tf.Tensor,
  options: StepOptions,
): StepResult {
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  let correct: tf.Scalar | null = null;
  const mask = options.mask ?? null;
  const { value, grads } = optimizer.computeGradients(() => {
    const predictions = model.apply(xs, { training: true }) as tf.Tensor;
    const hits = tf.cast(tf.equal(tf.argMax(predictions, -1), tf.argMax(ys, -1)), 'float32');
    correct = tf.keep(tf.sum(mask ? tf.mul(hits, mask) : hits));
    return loss(ys, predictions, mask);
  }, variables);
  const gradientNorms = options.measure ? layerGradientNorms(grads, options.measure) : null;
  const update = options.clipNorm > 0 ? clipByGlobalNorm(grads, options.clipNorm) : grads;
  optimizer.applyGradients(update);
  tf.dispose(grads);
  if (update !== grads) tf.dispose(update);
  if (options.decay > 0) decayKernels(variables, options.decay);
  return { loss: value, correct: correct!, gradientNorms };
}

/** Sum of squares of all trainable weights: non-finite when any weight is. */
export function weightHealth(model: tf.LayersModel): tf.Scalar {
  return tf.tidy(() => tf.addN(model.trainableWeights.map((weight) => tf.sum(tf.square(weight.read())))) as tf.Scalar);
}
