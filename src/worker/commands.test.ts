// The worker's command path with the real Session, real MNIST and tfjs's CPU
// backend: requests run one at a time, so two quick Trains start one run.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../core/network/presets';
import type { MnistSubset } from '../core/data/split';
import { DEFAULT_SETTINGS } from '../core/training/settings';
import { createCommandRunner, SerialQueue, sessionHandlers } from './commands';
import { EngineError, toWorkerError } from './engine/errors';
import { loadTestMnist } from './engine/mnist.fixture';
import { Session } from './engine/session';
import type { RequestBody, RequestOf, RequestType, RunSpec, WorkerEvent, WorkerResponse } from './protocol';

const mnist = loadTestMnist();
/** The first `count` images of a split. */
const firstOf = (subset: MnistSubset, count: number): MnistSubset => ({ images: subset.images.subarray(0, count * 784), labels: subset.labels.subarray(0, count), count });
// How many images a run's end scores is no part of the command path: 500 validation and 1,000
// test images instead of 5,000 and 10,000, which took 4.5 s on the CPU backend.
const data = { ...mnist, validation: firstOf(mnist.validation, 500), test: firstOf(mnist.test, 1000) };
const mlp = PRESETS.find((preset) => preset.label === 'MLP 128-64-10')!;
const spec: RunSpec = { graph: mlp.graph, settings: { ...DEFAULT_SETTINGS, backend: 'cpu', batchSize: 64, trainingSamples: 640, epochs: 1 } };

const events: WorkerEvent[] = [];
const emit = (event: WorkerEvent) => events.push(event);
const run = createCommandRunner(sessionHandlers(new Session(emit, async () => data)), emit);
let nextId = 1;
/** A request with a fresh id. */
const request = <K extends RequestType>(body: RequestBody<K>): RequestOf<K> => ({ ...body, id: nextId++ });

const count = (type: WorkerEvent['type']) => events.filter((event) => event.type === type).length;
const responses = () => events.filter((event): event is WorkerResponse => event.type === 'response');
const states = () => events.flatMap((event) => (event.type === 'state' ? [event.state] : []));

async function until(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  await run(request({ type: 'init', dataUrl: 'data/', dataset: 'mnist', backend: 'cpu' }));
});

describe('the command path', { timeout: 120_000 }, () => {
  it('answers init with its result, tagged with the request type', () => {
    expect(responses()[0]).toMatchObject({ type: 'response', id: 1, request: 'init', ok: true, result: { backend: 'cpu', testSize: 1000 } });
  });

  it('two trains back to back start one run; after Reset the tensor count is where it started', async () => {
    const baseline = tf.memory().numTensors;
    events.length = 0;
    const first = run(request({ type: 'train', spec }));
    const second = run(request({ type: 'train', spec }));
    await Promise.all([first, second]);
    expect(responses().map((response) => response.ok)).toEqual([true, true]);
    await until(() => states().includes('done'));

    expect(count('run-reset')).toBe(1);
    expect(states().filter((state) => state === 'running')).toHaveLength(1);
    expect(states().filter((state) => state === 'done')).toHaveLength(1);
    const batches = events.flatMap((event) => (event.type === 'progress' ? event.points.map((point) => point.batch) : []));
    expect(batches).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));

    await run(request({ type: 'reset' }));
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('a step queued behind a step waits for it: two batches, two answers in order', async () => {
    events.length = 0;
    await Promise.all([run(request({ type: 'step', spec })), run(request({ type: 'step', spec }))]);
    const progress = events.filter((event) => event.type === 'progress');
    expect(progress.at(-1)).toMatchObject({ batch: 2 });
    expect(count('run-reset')).toBe(1);
    const ids = responses().map((response) => response.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    await run(request({ type: 'reset' }));
  });

  it('a failed request answers with its checked code, and the queue goes on', async () => {
    events.length = 0;
    await run(request({ type: 'inspect', index: 0 }));
    await run(request({ type: 'memory' }));
    expect(responses()).toMatchObject([
      { request: 'inspect', ok: false, error: { code: 'no-model' } },
      { request: 'memory', ok: true, result: { numTensors: expect.any(Number) } },
    ]);
  });
});

describe('toWorkerError', () => {
  it('keeps a known code and turns an unknown one into internal', () => {
    expect(toWorkerError(new EngineError('bad-request', 'no')).code).toBe('bad-request');
    expect(toWorkerError(Object.assign(new Error('odd'), { code: 'ENOENT' })).code).toBe('internal');
    expect(toWorkerError('thrown text')).toMatchObject({ code: 'internal', message: 'thrown text' });
  });
});

describe('SerialQueue', () => {
  it('runs tasks one at a time in order, past a failing one', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const slow = queue.run(async () => {
      log.push('a start');
      await new Promise((resolve) => setTimeout(resolve, 30));
      log.push('a end');
    });
    const failing = queue.run(() => {
      throw new Error('b failed');
    });
    const last = queue.run(() => log.push('c'));
    await expect(failing).rejects.toThrow('b failed');
    await Promise.all([slow, last]);
    expect(log).toEqual(['a start', 'a end', 'c']);
  });
});
