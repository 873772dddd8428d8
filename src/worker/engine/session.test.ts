/// <reference types="vite/client" />
// The session's look-inside requests as the worker entry calls them, with
// real MNIST injected in place of the network loader (tfjs CPU backend).
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/network/presets';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import type { RunSpec, WorkerEvent } from '../protocol';
import { loadTestMnist } from './mnist.fixture';
import { MAX_TEST_IMAGES_PER_REQUEST, Session } from './session';

const mnist = loadTestMnist();
const mlp = PRESETS.find((preset) => preset.label === 'MLP 128-64-10')!;
const spec: RunSpec = { graph: mlp.graph, settings: { ...DEFAULT_SETTINGS, backend: 'cpu', batchSize: 64, trainingSamples: 640 } };

const events: Array<{ event: WorkerEvent; transfer?: ArrayBuffer[] }> = [];
const session = new Session((event, transfer) => events.push({ event, transfer }), async () => mnist);

beforeAll(async () => {
  await tf.setBackend('cpu');
  await session.init('data/', 'mnist', 'cpu');
});

describe('Session look-inside requests', { timeout: 60_000 }, () => {
  it('answers no-model before anything is built', async () => {
    await expect(session.predict(new Float32Array(784))).rejects.toMatchObject({ code: 'no-model' });
    await expect(session.evaluate()).rejects.toMatchObject({ code: 'no-model' });
    await expect(session.inspect(0)).rejects.toMatchObject({ code: 'no-model' });
    await expect(session.weights()).rejects.toMatchObject({ code: 'no-model' });
  });

  it('copies test images by index, with their labels, and refuses bad requests', () => {
    const { value, buffers } = session.testImages([9999, 0, 42]);
    expect(value.indices).toEqual([9999, 0, 42]);
    expect(value.labels).toEqual([mnist.test.labels[9999], mnist.test.labels[0], mnist.test.labels[42]]);
    expect(value.pixels).toHaveLength(3 * 784);
    expect(Array.from(value.pixels.subarray(784, 2 * 784))).toEqual(Array.from(mnist.test.images.subarray(0, 784)));
    expect(Array.from(value.pixels.subarray(2 * 784))).toEqual(Array.from(mnist.test.images.subarray(42 * 784, 43 * 784)));
    expect(buffers).toEqual([value.pixels.buffer]);
    expect(value.pixels.buffer).not.toBe(mnist.test.images.buffer);
    expect(() => session.testImages([10000])).toThrow(expect.objectContaining({ code: 'bad-request' }));
    expect(() => session.testImages([1.5])).toThrow(expect.objectContaining({ code: 'bad-request' }));
    const tooMany = Array.from({ length: MAX_TEST_IMAGES_PER_REQUEST + 1 }, (_, i) => i);
    expect(() => session.testImages(tooMany)).toThrow(expect.objectContaining({ code: 'bad-request' }));
  });

  it('after a Step: evaluates all 10,000 test images on request, predicts, and keeps tf memory flat', async () => {
    await session.step(spec);
    const grid = events.filter(({ event }) => event.type === 'predictions');
    expect(grid).toHaveLength(1);
    await session.inspect(0);
    const before = tf.memory().numTensors;
    await session.evaluate();
    const sent = events.at(-1)!;
    expect(sent.event).toMatchObject({ type: 'evaluation', evaluation: { samples: 10000, details: { trigger: 'request', batch: 1 } } });
    if (sent.event.type !== 'evaluation') return;
    const { confusion, predicted } = sent.event.evaluation.details!;
    expect(confusion.flat().reduce((a, b) => a + b, 0)).toBe(10000);
    expect(sent.transfer).toEqual([predicted.buffer]);
    const drawing = Float32Array.from(mnist.test.images.subarray(0, 784), (v) => v / 255);
    const result = await session.predict(drawing);
    expect(result.probabilities).toHaveLength(10);
    expect(result.predicted).toBe(predicted[0]);
    await session.inspect(3);
    await session.weights();
    expect(tf.memory().numTensors).toBe(before);
    await expect(session.inspect(-1)).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('answers no-model again after Reset', async () => {
    await session.reset();
    await expect(session.predict(new Float32Array(784))).rejects.toMatchObject({ code: 'no-model' });
  });
});

describe('Session data sets', { timeout: 60_000 }, () => {
  const fashion = loadTestMnist('fashionMnist');
  const loads: string[] = [];
  const own: WorkerEvent[] = [];
  const twoSets = new Session((event) => own.push(event), async (dataUrl, dataset) => {
    loads.push(`${dataUrl}${dataset}`);
    return dataset === 'fashionMnist' ? fashion : mnist;
  });

  it('loads each data set once, switches on init, and serves test images from the current one', async () => {
    expect(await twoSets.init('data/', 'mnist', 'cpu')).toMatchObject({ dataset: 'mnist', trainSize: 55_000, validationSize: 5_000, testSize: 10_000 });
    expect(twoSets.testImages([0]).value.labels).toEqual([mnist.test.labels[0]]);
    expect(await twoSets.init('data/', 'fashionMnist', 'cpu')).toMatchObject({ dataset: 'fashionMnist', testSize: 10_000 });
    const { value } = twoSets.testImages([0, 1]);
    expect(value.labels).toEqual([fashion.test.labels[0], fashion.test.labels[1]]);
    expect(Array.from(value.pixels.subarray(0, 784))).toEqual(Array.from(fashion.test.images.subarray(0, 784)));
    await twoSets.init('data/', 'mnist', 'cpu');
    expect(loads).toEqual(['data/mnist', 'data/fashionMnist']);
  });

  it('trains a run on the data set of its settings; another data set is a new run', async () => {
    await twoSets.step({ ...spec, settings: { ...spec.settings, dataset: 'fashionMnist' } });
    const grid = own.filter((event) => event.type === 'predictions').at(-1);
    if (grid?.type !== 'predictions') throw new Error('no prediction grid');
    expect(grid.predictions.map((p) => p.label)).toEqual(grid.predictions.map((p) => fashion.test.labels[p.index]));
    expect(twoSets.testImages([5]).value.labels).toEqual([fashion.test.labels[5]]);
    const resets = own.filter((event) => event.type === 'run-reset').length;
    await twoSets.step({ ...spec, settings: { ...spec.settings, dataset: 'fashionMnist' } });
    expect(own.filter((event) => event.type === 'run-reset').length).toBe(resets);
    await twoSets.step(spec);
    expect(own.filter((event) => event.type === 'run-reset').length).toBe(resets + 1);
    expect(twoSets.testImages([5]).value.labels).toEqual([mnist.test.labels[5]]);
    expect(loads).toEqual(['data/mnist', 'data/fashionMnist']);
    await twoSets.reset();
  });

  it('forgets a failed load so the next init tries again', async () => {
    let fail = true;
    const flaky = new Session(() => {}, async () => {
      if (fail) throw new Error('offline');
      return fashion;
    });
    await expect(flaky.init('data/', 'fashionMnist', 'cpu')).rejects.toThrow('offline');
    fail = false;
    expect(await flaky.init('data/', 'fashionMnist', 'cpu')).toMatchObject({ dataset: 'fashionMnist' });
  });
});
