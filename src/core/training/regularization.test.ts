import { describe, expect, it } from 'vitest';
import { clipScale, globalNorm, isClipped, smoothLabels, smoothedCrossEntropy, weightPenalty } from './regularization';

describe('gradient clipping maths', () => {
  it('takes the norm over all gradients together: sqrt(3² + 4² + 12²) = 13', () => {
    expect(globalNorm([[3, 4], [12]])).toBe(13);
  });

  it('scales by clip / norm above the ceiling and leaves smaller gradients alone', () => {
    expect(clipScale(13, 6.5)).toBe(0.5);
    expect(isClipped(13, 6.5)).toBe(true);
    expect(clipScale(13, 20)).toBe(1);
    expect(isClipped(13, 20)).toBe(false);
    expect(clipScale(13, 0)).toBe(1);
    expect(isClipped(13, 0)).toBe(false);
  });
});

describe('weight penalties', () => {
  const kernels = [[1, -2], [3]];
  it('L2 in the loss adds λ Σ w² = 0.1 × (1 + 4 + 9) = 1.4', () => {
    expect(weightPenalty('l2', 0.1, kernels)).toBeCloseTo(1.4, 12);
  });
  it('L1 in the loss adds λ Σ |w| = 0.1 × (1 + 2 + 3) = 0.6', () => {
    expect(weightPenalty('l1', 0.1, kernels)).toBeCloseTo(0.6, 12);
  });
  it('decoupled decay adds nothing to the loss', () => {
    expect(weightPenalty('decoupled', 0.1, kernels)).toBe(0);
  });
});

describe('label smoothing', () => {
  it('moves ε of the target mass evenly over the K classes: ε = 0.1, K = 4', () => {
    const smoothed = smoothLabels([0, 1, 0, 0], 0.1);
    expect(smoothed[0]).toBeCloseTo(0.025, 12);
    expect(smoothed[1]).toBeCloseTo(0.925, 12);
    expect(smoothed.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it('gives the cross-entropy -0.925 ln 0.7 - 3 × 0.025 ln 0.1 with p = (0.1, 0.7, 0.1, 0.1)', () => {
    const expected = -0.925 * Math.log(0.7) - 3 * 0.025 * Math.log(0.1);
    expect(smoothedCrossEntropy([0, 1, 0, 0], [0.1, 0.7, 0.1, 0.1], 0.1)).toBeCloseTo(expected, 12);
    expect(smoothedCrossEntropy([0, 1, 0, 0], [0.1, 0.7, 0.1, 0.1], 0)).toBeCloseTo(-Math.log(0.7), 12);
  });
});
