// One optimisation step: forward, loss (with label smoothing and an L1 or L2
// penalty when asked), gradients, their global norm, optional clipping,
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
  /** The global L2 norm of all raw gradients together, before clipping. */
  globalNorm: tf.Scalar;
}

/** Options that change how gradients become an update. */
export interface StepOptions {
  /** Global L2 norm ceiling for the gradients (0 = off). */
  clipNorm: number;
  /** Decoupled weight decay factor lr * wd applied to kernels after the step (0 = off). */
  decay: number;
  /** A penalty on the kernels added to the loss: λ Σ w² or λ Σ |w| (null = none). */
  penalty?: { type: 'l1' | 'l2'; lambda: number } | null;
  /** Label smoothing ε: the targets become (1 - ε) y + ε / K (0 = off). */
  labelSmoothing?: number;
  /** Layers whose gradient norms to measure in this step (null = do not measure). */
  measure?: WeightedLayer[] | null;
  /** Per row 1 for a real sample, 0 for filler (a padded last batch); null when every row is real. */
  mask?: tf.Tensor1D | null;
  /** Looks at the step's parts (the step-through); a training run passes none. */
  observe?: StepObserver;
}

/** Sees the parts of one step that are disposed inside it; clone what you keep. */
export interface StepObserver {
  /** Runs the forward pass in place of `model.apply(xs, { training: true })` and returns the predictions. */
  forward(xs: tf.Tensor): tf.Tensor;
  /** The raw gradients and the ones the optimizer receives (clipped), before the update. */
  gradients(raw: tf.NamedTensorMap, applied: tf.NamedTensorMap): void;
}

/** sqrt(Σ g²) over every gradient together. */
function globalGradientNorm(grads: tf.NamedTensorMap): tf.Scalar {
  return tf.tidy(() => tf.sqrt(tf.addN(Object.keys(grads).map((name) => tf.sum(tf.square(grads[name]))))) as tf.Scalar);
}

/** Scales all gradients together so their global L2 norm (`norm`) is at most `clipNorm`. */
function clipByGlobalNorm(grads: tf.NamedTensorMap, norm: tf.Scalar, clipNorm: number): tf.NamedTensorMap {
  return tf.tidy(() => {
    const names = Object.keys(grads);
    const scale = tf.div(clipNorm, tf.maximum(norm, clipNorm));
    const clipped: tf.NamedTensorMap = {};
    for (const name of names) clipped[name] = tf.mul(grads[name], scale);
    return clipped;
  });
}

/** True for the weights decay and penalties apply to: kernels, not biases or BatchNorm's scale and offset. */
export function isKernel(variable: tf.Variable): boolean {
  return /kernel/.test(variable.name);
}

/** λ Σ w² (L2) or λ Σ |w| (L1) over the kernels. */
export function kernelPenalty(variables: tf.Variable[], penalty: { type: 'l1' | 'l2'; lambda: number }): tf.Scalar {
  return tf.tidy(() => {
    const kernels = variables.filter(isKernel);
    if (kernels.length === 0) return tf.scalar(0);
    const sums = kernels.map((kernel) => tf.sum(penalty.type === 'l2' ? tf.square(kernel) : tf.abs(kernel)));
    return tf.mul(tf.addN(sums), penalty.lambda) as tf.Scalar;
  });
}

/** One-hot targets smoothed to (1 - ε) y + ε / K. */
export function smoothTargets(ys: tf.Tensor, epsilon: number): tf.Tensor {
  const classes = ys.shape[ys.shape.length - 1] ?? 1;
  return tf.tidy(() => tf.add(tf.mul(ys, 1 - epsilon), epsilon / classes));
}

/** Applies w <- w * (1 - lr * wd) to weight matrices and kernels (not biases or norms). */
function decayKernels(variables: tf.Variable[], factor: number): void {
  tf.tidy(() => {
    for (const variable of variables) {
      if (isKernel(variable)) variable.assign(tf.mul(variable, 1 - factor));
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
    const predictions = options.observe ? options.observe.forward(xs) : model.apply(xs, { training: true }) as tf.Tensor;
    const hits = tf.cast(tf.equal(tf.argMax(predictions, -1), tf.argMax(ys, -1)), 'float32');
    correct = tf.keep(tf.sum(mask ? tf.mul(hits, mask) : hits));
    const targets = options.labelSmoothing ? smoothTargets(ys, options.labelSmoothing) : ys;
    const value = loss(targets, predictions, mask);
    return options.penalty && options.penalty.lambda > 0 ? tf.add(value, kernelPenalty(variables, options.penalty)) as tf.Scalar : value;
  }, variables);
  const gradientNorms = options.measure ? layerGradientNorms(grads, options.measure) : null;
  const globalNorm = globalGradientNorm(grads);
  const update = options.clipNorm > 0 ? clipByGlobalNorm(grads, globalNorm, options.clipNorm) : grads;
  options.observe?.gradients(grads, update);
  optimizer.applyGradients(update);
  tf.dispose(grads);
  if (update !== grads) tf.dispose(update);
  if (options.decay > 0) decayKernels(variables, options.decay);
  return { loss: value, correct: correct!, gradientNorms, globalNorm };
}

/** Sum of squares of all trainable weights: non-finite when any weight is. */
export function weightHealth(model: tf.LayersModel): tf.Scalar {
  return tf.tidy(() => tf.addN(model.trainableWeights.map((weight) => tf.sum(tf.square(weight.read())))) as tf.Scalar);
}
