// Inspect, weights and predict on a convolutional network (LeNet-5) with
// real MNIST on tfjs's CPU backend, and tf memory staying flat across them.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/network/presets';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import type { WorkerEvent } from '../protocol';
import { createBatchSource } from './batchSource';
import { buildModel } from './buildModel';
import { EngineError } from './errors';
import { loadTestMnist } from './mnist.fixture';
import { TrainingRun } from './trainingRun';

const mnist = loadTestMnist();
const lenet = PRESETS.find((preset) => preset.label === 'LeNet-5')!;
const settings = { ...DEFAULT_SETTINGS, batchSize: 8, epochs: 1, seed: 3 };

/** Test image `index` as the 784 floats a drawing would be. */
function testImage(index: number): Float32Array {
  return Float32Array.from(mnist.test.images.subarray(index * 784, (index + 1) * 784), (v) => v / 255);
}

let run: TrainingRun;
const events: WorkerEvent[] = [];

beforeAll(async () => {
  await tf.setBackend('cpu');
  const data = {
    train: createBatchSource(mnist.train, 320),
    validation: createBatchSource(mnist.validation, 100),
    test: createBatchSource(mnist.test, 300),
  };
  run = new TrainingRun(buildModel(lenet.graph, settings.seed), settings, data, (event) => events.push(event));
  await run.train(3);
}, 60_000);

describe('inspect', { timeout: 60_000 }, () => {
  it('returns every layer: up to 16 feature maps for image-like outputs, up to 128 values otherwise', async () => {
    const { value, buffers } = await run.inspect(7);
    expect(value.index).toBe(7);
    expect(value.label).toBe(mnist.test.labels[7]);
    expect(value.layers.map((l) => l.layer)).toEqual(['conv2d_1', 'max_pool2d_1', 'conv2d_2', 'max_pool2d_2', 'flatten_1', 'dense_1', 'dense_2', 'dense_3']);
    const conv = value.layers[2];
    expect(conv).toMatchObject({ kind: 'maps', type: 'Conv2D', shape: [10, 10, 16], height: 10, width: 10, channels: 16 });
    expect(conv.values).toHaveLength(16 * 10 * 10);
    const flatten = value.layers[4];
    expect(flatten).toMatchObject({ kind: 'vector', shape: [400] });
    expect(flatten.values).toHaveLength(128);
    // The range is the whole layer output's: equal to the values sent when they are all of it, around them otherwise.
    for (const layer of value.layers) {
      const whole = layer.values.length === layer.shape.reduce((a, b) => a * b, 1);
      if (whole) {
        expect(layer.min, layer.layer).toBe(Math.min(...layer.values));
        expect(layer.max, layer.layer).toBe(Math.max(...layer.values));
      } else {
        expect(layer.min, layer.layer).toBeLessThanOrEqual(Math.min(...layer.values));
        expect(layer.max, layer.layer).toBeGreaterThanOrEqual(Math.max(...layer.values));
      }
    }
    // Flatten sends 128 of its 400 values; its range is that of all 400, the second pooling's.
    expect([flatten.min, flatten.max]).toEqual([value.layers[3].min, value.layers[3].max]);
    // ReLU conv maps are non-negative; the output layer is the probabilities.
    expect(value.layers[0].min).toBeGreaterThanOrEqual(0);
    const output = Array.from(value.layers[7].values);
    output.forEach((p, i) => expect(p).toBeCloseTo(value.probabilities[i], 6));
    expect(buffers).toHaveLength(8);
    expect(buffers[2]).toBe(conv.values.buffer);
  });

  it('sends channel-major maps: map c, row y, column x at (c * h + y) * w + x', async () => {
    const { value } = await run.inspect(7);
    const first = value.layers[0];
    if (first.kind !== 'maps') throw new Error('expected feature maps');
    const direct = tf.tidy(() => {
      const layerModel = tf.model({ inputs: run.model.inputs, outputs: run.model.getLayer('conv2d_1').output as tf.SymbolicTensor });
      return (layerModel.predict(tf.tensor4d(testImage(7), [1, 28, 28, 1])) as tf.Tensor).arraySync() as number[][][][];
    });
    for (const [c, y, x] of [[0, 14, 14], [3, 10, 20], [5, 27, 0]]) {
      expect(first.values[(c * first.height + y) * first.width + x]).toBeCloseTo(direct[0][y][x][c], 5);
    }
  });
});

describe('weights', { timeout: 60_000 }, () => {
  it('sends the first convolution\'s 6 5x5 filters and 30-bin histograms per weighted layer', async () => {
    const { value, buffers } = await run.weights();
    expect(value).toMatchObject({ batch: 3, epoch: 0, gradientSamples: 8 });
    const filters = value.filters!;
    expect(filters).toMatchObject({ layer: 'conv2d_1', kernelSize: 5, count: 6, inputChannels: 1 });
    const kernel = run.model.getLayer('conv2d_1').getWeights()[0].arraySync() as number[][][][];
    for (const [f, y, x] of [[0, 0, 0], [2, 1, 3], [5, 4, 4]]) {
      expect(filters.values[(f * 5 + y) * 5 + x]).toBeCloseTo(kernel[y][x][0][f], 6);
    }
    expect(buffers).toEqual([filters.values.buffer]);
    expect(value.layers.map((l) => [l.layer, l.type, l.count])).toEqual([
      ['conv2d_1', 'Conv2D', 5 * 5 * 6 + 6],
      ['conv2d_2', 'Conv2D', 5 * 5 * 6 * 16 + 16],
      ['dense_1', 'Dense', 400 * 120 + 120],
      ['dense_2', 'Dense', 120 * 84 + 84],
      ['dense_3', 'Dense', 84 * 10 + 10],
    ]);
    for (const layer of value.layers) {
      expect(layer.weights.edges).toHaveLength(31);
      expect(layer.weights.counts.reduce((a, b) => a + b, 0)).toBe(layer.count);
      expect(layer.gradients.counts.reduce((a, b) => a + b, 0)).toBe(layer.count);
      expect(layer.gradientNorm).toBeGreaterThan(0);
      expect(layer.weightNorm).toBeGreaterThan(0);
    }
  });
});

describe('predict', { timeout: 60_000 }, () => {
  it('gives a drawing the same probabilities as the test image it copies', async () => {
    const result = await run.predict(testImage(7));
    const { value } = await run.inspect(7);
    result.probabilities.forEach((p, i) => expect(p).toBeCloseTo(value.probabilities[i], 6));
    expect(result.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(result.confidence).toBe(Math.max(...result.probabilities));
    expect(result.predicted).toBe(value.predicted);
  });

  it('refuses an image of the wrong size or with non-finite values, with code bad-request', async () => {
    await expect(run.predict(new Float32Array(100))).rejects.toMatchObject({ code: 'bad-request' });
    const broken = testImage(0);
    broken[5] = Number.NaN;
    await expect(run.predict(broken)).rejects.toBeInstanceOf(EngineError);
  });
});

describe('tf memory', { timeout: 60_000 }, () => {
  it('is unchanged by inspect, weights, predict and evaluate, and the network still trains after them', async () => {
    await run.inspect(0);
    const before = tf.memory().numTensors;
    await run.inspect(1);
    expect(tf.memory().numTensors).toBe(before);
    await run.weights();
    expect(tf.memory().numTensors).toBe(before);
    await run.predict(testImage(1));
    expect(tf.memory().numTensors).toBe(before);
    await run.evaluate('request');
    expect(tf.memory().numTensors).toBe(before);
    const evaluations = events.filter((event) => event.type === 'evaluation');
    expect(evaluations.at(-1)).toMatchObject({ evaluation: { samples: 300, details: { trigger: 'request', batch: 3 } } });
    expect(await run.train(2)).toBe('paused');
    expect(tf.memory().numTensors).toBe(before);
    const lastProgress = events.filter((event) => event.type === 'progress').at(-1);
    expect(lastProgress).toMatchObject({ batch: 5 });
  });
});
