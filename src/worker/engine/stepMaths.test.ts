// The training step's tensors against numbers worked out by hand: the L1 and
// L2 penalties, label smoothing in the cross-entropy, and the global norm.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lossFunction } from './losses';
import { kernelPenalty, smoothTargets } from './trainStep';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the step maths on tensors', () => {
  it('penalises kernels only: L2 0.1 × (1 + 4 + 9) = 1.4, L1 0.1 × (1 + 2 + 3) = 0.6', () => {
    const kernel = tf.variable(tf.tensor2d([[1, -2], [3, 0]]), true, 'dense_1/kernel');
    const bias = tf.variable(tf.tensor1d([100, 100]), true, 'dense_1/bias');
    expect(kernelPenalty([kernel, bias], { type: 'l2', lambda: 0.1 }).dataSync()[0]).toBeCloseTo(1.4, 6);
    expect(kernelPenalty([kernel, bias], { type: 'l1', lambda: 0.1 }).dataSync()[0]).toBeCloseTo(0.6, 6);
    tf.dispose([kernel, bias]);
  });

  it('smooths targets to (1 - ε) y + ε / K and the cross-entropy follows: -0.91 ln 0.7 - 9 × 0.01 ln(0.3 / 9)', () => {
    const ys = tf.oneHot(tf.tensor1d([1], 'int32'), 10).toFloat();
    const smoothed = smoothTargets(ys, 0.1);
    expect(Array.from(smoothed.dataSync()).map((v) => Number(v.toFixed(6)))).toEqual([0.01, 0.91, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01]);
    const p = tf.tensor2d([[0.3 / 9, 0.7, ...Array(8).fill(0.3 / 9)]]);
    const loss = lossFunction('categoricalCrossentropy')(smoothed, p).dataSync()[0];
    expect(loss).toBeCloseTo(-0.91 * Math.log(0.7) - 9 * 0.01 * Math.log(0.3 / 9), 5);
    tf.dispose([ys, smoothed, p]);
  });
});
