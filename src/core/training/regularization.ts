// The maths of gradient clipping, weight penalties and label smoothing, in
// plain numbers: the worker does the same with tensors, and the tests check
// both against numbers worked out by hand.
import type { WeightDecayType } from './types';

/** The global L2 norm of all gradients together: sqrt of the sum of every squared entry. */
export function globalNorm(gradients: readonly ArrayLike<number>[]): number {
  let sum = 0;
  for (const values of gradients) for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  return Math.sqrt(sum);
}

/** The factor every gradient is multiplied by when clipping to `clipNorm` (1 when off or under the ceiling). */
export function clipScale(norm: number, clipNorm: number): number {
  return clipNorm > 0 && norm > clipNorm ? clipNorm / norm : 1;
}

/** True when a step with this gradient norm is clipped. */
export function isClipped(norm: number, clipNorm: number): boolean {
  return clipNorm > 0 && norm > clipNorm;
}

/** True when weight decay is added to the loss as a penalty (L1 or L2), rather than decoupled. */
export function decayInLoss(type: WeightDecayType): type is 'l1' | 'l2' {
  return type !== 'decoupled';
}

/** The penalty the loss gains from the kernels: λ Σ w² (L2) or λ Σ |w| (L1); 0 for decoupled decay. */
export function weightPenalty(type: WeightDecayType, lambda: number, kernels: readonly ArrayLike<number>[]): number {
  if (!decayInLoss(type) || lambda === 0) return 0;
  let sum = 0;
  for (const values of kernels) {
    for (let i = 0; i < values.length; i++) sum += type === 'l2' ? values[i] * values[i] : Math.abs(values[i]);
  }
  return lambda * sum;
}

/** One-hot targets smoothed: (1 - ε) y + ε / K for each of the K classes. */
export function smoothLabels(oneHot: readonly number[], epsilon: number): number[] {
  const k = oneHot.length;
  return oneHot.map((y) => (1 - epsilon) * y + epsilon / k);
}

/** Categorical cross-entropy -Σ y_k log p_k of one sample, with the targets smoothed by ε. */
export function smoothedCrossEntropy(oneHot: readonly number[], probabilities: readonly number[], epsilon: number): number {
  return smoothLabels(oneHot, epsilon).reduce((sum, y, k) => sum - y * Math.log(probabilities[k]), 0);
}
