// Gradient clipping and decoupled weight decay change the update the way
// their formulas say, on real MNIST batches with the CPU backend.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/network/presets';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import type { TrainingSettings } from '../../core/training/types';
import { createBatchSource } from './batchSource';
import { buildModel } from './buildModel';
import { loadTestMnist } from './mnist.fixture';
import { TrainingRun } from './trainingRun';

const mnist = loadTestMnist();
const blank = PRESETS.find((preset) => preset.label === 'Blank')!;

/** Trains `batches` SGD steps and returns the weights before and after. */
async function trainSteps(overrides: Partial<TrainingSettings>, batches: number) {
  const settings: TrainingSettings = { ...DEFAULT_SETTINGS, optimizer: 'sgd', learningRate: 0.1, batchSize: 32, seed: 3, ...overrides };
  const model = buildModel(blank.graph, settings.seed);
  const before = model.getWeights().map((weight) => Float32Array.from(weight.dataSync()));
  const data = { train: createBatchSource(mnist.train, 640), validation: createBatchSource(mnist.validation, 100), test: createBatchSource(mnist.test, 100) };
  const run = new TrainingRun(model, settings, data, () => {});
  await run.train(batches);
  const after = model.getWeights().map((weight) => Float32Array.from(weight.dataSync()));
  run.dispose();
  return { before, after };
}

const maxChange = (a: Float32Array[], b: Float32Array[]) =>
  Math.max(...a.map((values, i) => Math.max(...values.map((v, j) => Math.abs(v - b[i][j])))));
const norm = (values: Float32Array) => Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('regularization in the training step', { timeout: 30_000 }, () => {
  it('clips the global gradient norm: no weight moves more than lr x clip per step', async () => {
    const clipped = await trainSteps({ clipNorm: 1e-3 }, 3);
    expect(maxChange(clipped.before, clipped.after)).toBeLessThanOrEqual(3 * 0.1 * 1e-3 * 1.0001);
    const free = await trainSteps({ clipNorm: 0 }, 3);
    expect(maxChange(free.before, free.after)).toBeGreaterThan(10 * 3 * 0.1 * 1e-3);
  });

  it('decays kernels but not biases: w shrinks by (1 - lr x wd) beyond the gradient step', async () => {
    const plain = await trainSteps({ weightDecay: 0 }, 4);
    const decayed = await trainSteps({ weightDecay: 0.5 }, 4);
    const kernel = 0;
    expect(norm(decayed.after[kernel])).toBeLessThan(norm(plain.after[kernel]) * 0.9);
    expect(decayed.before[kernel]).toEqual(plain.before[kernel]);
  });
});
