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
  await session.init('data/mnist/', 'cpu');
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
