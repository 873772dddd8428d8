// The padded, masked last batch trains exactly as the short batch would:
// same loss, same accuracy count, same gradients (CPU backend, real MNIST).
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/network/presets';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import { createBatchSource } from './batchSource';
import { buildModel } from './buildModel';
import { lossFunction } from './losses';
import { loadTestMnist } from './mnist.fixture';

const mnist = loadTestMnist();
const mlp = PRESETS.find((preset) => preset.label === 'MLP 128-64-10')!;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Loss, correct count and gradients of one batch, as trainStep computes them. */
function lossAndGradients(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor, mask: tf.Tensor1D | null, lossId: Parameters<typeof lossFunction>[0]) {
  const loss = lossFunction(lossId);
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const { value, grads } = tf.variableGrads(() => loss(ys, model.apply(xs, { training: true }) as tf.Tensor, mask), variables);
  const hits = tf.tidy(() => {
    const right = tf.cast(tf.equal(tf.argMax(model.predict(xs) as tf.Tensor, -1), tf.argMax(ys, -1)), 'float32');
    return tf.sum(mask ? tf.mul(right, mask) : right);
  });
  const result = {
    loss: value.dataSync()[0]!,
    correct: hits.dataSync()[0]!,
    grads: Object.values(grads).map((grad) => Float32Array.from(grad.dataSync())),
  };
  tf.dispose([value, hits, ...Object.values(grads)]);
  return result;
}

describe('a padded and masked last batch', () => {
  for (const lossId of ['categoricalCrossentropy', 'meanSquaredError', 'categoricalHinge'] as const) {
    it(`has the loss, accuracy and gradients of the short batch (${lossId})`, () => {
      const model = buildModel(mlp.graph, 7);
      const source = createBatchSource(mnist.train, 100);
      const order = source.order(DEFAULT_SETTINGS.seed, 0);
      const short = source.shuffledBatch(order, 88, 12, null);
      const padded = source.shuffledBatch(order, 88, 12, null, 32);
      expect(short.mask).toBeNull();
      expect(short.xs.shape[0]).toBe(12);
      expect(padded.xs.shape[0]).toBe(32);
      expect(Array.from(padded.mask!.dataSync()).reduce((a, b) => a + b)).toBe(12);

      const plain = lossAndGradients(model, short.xs, short.ys, null, lossId);
      const masked = lossAndGradients(model, padded.xs, padded.ys, padded.mask, lossId);
      expect(masked.loss).toBeCloseTo(plain.loss, 5);
      expect(masked.correct).toBe(plain.correct);
      const worst = Math.max(...plain.grads.map((grad, i) => Math.max(...grad.map((g, j) => Math.abs(g - masked.grads[i]![j]!)))));
      expect(worst).toBeLessThan(1e-5);
      tf.dispose([short.xs, short.ys, padded.xs, padded.ys, padded.mask!]);
      model.dispose();
    });
  }
});
