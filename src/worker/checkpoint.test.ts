// Checkpoints through the session as the worker entry calls it, on real MNIST
// and the tfjs CPU backend: a run restored into a fresh session trains on to
// exactly the weights of the run that never stopped (Adam's step counter and
// moments included).
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../core/network/presets';
import { DEFAULT_SETTINGS } from '../core/training/settings';
import type { RunCheckpoint } from '../core/checkpoint/types';
import type { RunSpec, WorkerEvent } from './protocol';
import { loadTestMnist } from './engine/mnist.fixture';
import { Session } from './engine/session';

const mnist = loadTestMnist();
const mlp = PRESETS.find((preset) => preset.label === 'MLP 128-64-10')!;
const spec: RunSpec = { graph: mlp.graph, settings: { ...DEFAULT_SETTINGS, backend: 'cpu', batchSize: 32, trainingSamples: 320, seed: 7 } };

function newSession(events: WorkerEvent[] = []): Session {
  return new Session((event) => events.push(event), async () => mnist);
}

async function stepTimes(session: Session, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await session.step(spec);
}

const kernel = (checkpoint: RunCheckpoint) => checkpoint.weights[0].values;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('run checkpoints', { timeout: 60_000 }, () => {
  it('restores weights, Adam state and position, so training goes on exactly as if never stopped', async () => {
    const originalEvents: WorkerEvent[] = [];
    const original = newSession(originalEvents);
    await original.init('data/', 'mnist', 'cpu');
    await stepTimes(original, 3);
    const taken = (await original.checkpoint()).value;
    expect(taken).toMatchObject({ batch: 3, epoch: 0, position: 96 });
    expect(taken.optimizerState[0]).toMatchObject({ name: 'iter', dtype: 'int32' });
    expect(Array.from(taken.optimizerState[0].values)).toEqual([3]);
    // Adam keeps two moments per trainable tensor (6 in the MLP), after the counter.
    expect(taken.optimizerState).toHaveLength(1 + 2 * 6);
    await stepTimes(original, 2);
    const uninterrupted = (await original.checkpoint()).value;

    const events: WorkerEvent[] = [];
    const resumed = newSession(events);
    await resumed.init('data/', 'mnist', 'cpu');
    await resumed.restoreCheckpoint(taken);
    expect(events.some((event) => event.type === 'run-reset')).toBe(false);
    expect(events.at(-1)).toEqual({ type: 'state', state: 'paused' });
    await stepTimes(resumed, 2);
    const after = (await resumed.checkpoint()).value;
    expect(after).toMatchObject({ batch: 5, position: 160 });
    expect(Array.from(after.optimizerState[0].values)).toEqual([5]);
    expect(Array.from(kernel(after))).toEqual(Array.from(kernel(uninterrupted)));
    // The epoch means (the Train loss and accuracy readouts) go on over all five batches, not from the resume.
    expect(taken.epochSums).toMatchObject({ epoch: 0, samples: 96 });
    const lastPoint = (list: WorkerEvent[]) => list.flatMap((event) => (event.type === 'progress' ? event.points : [])).at(-1);
    expect(lastPoint(events)?.batch).toBe(5);
    expect(lastPoint(events)?.meanLoss).toBeCloseTo(lastPoint(originalEvents)!.meanLoss!, 6);
    expect(lastPoint(events)?.meanAccuracy).toBeCloseTo(lastPoint(originalEvents)!.meanAccuracy!, 6);
    // Without the optimizer state, Adam restarts its moments and lands elsewhere.
    const withoutState = newSession();
    await withoutState.init('data/', 'mnist', 'cpu');
    await withoutState.restoreCheckpoint({ ...taken, optimizerState: [] });
    await stepTimes(withoutState, 2);
    expect(Array.from(kernel((await withoutState.checkpoint()).value))).not.toEqual(Array.from(kernel(uninterrupted)));
    for (const session of [original, resumed, withoutState]) await session.reset();
  });

  it('takes a consistent checkpoint while the loop trains, and refuses one of another network', async () => {
    const session = newSession();
    await session.init('data/', 'mnist', 'cpu');
    await session.train({ ...spec, settings: { ...spec.settings, epochs: 50 } });
    const during = (await session.checkpoint()).value;
    await session.pause();
    expect(Array.from(during.optimizerState[0].values)).toEqual([during.batch]);
    expect(during.batch).toBeGreaterThanOrEqual(0);
    const numTensors = tf.memory().numTensors;
    await session.checkpoint();
    expect(tf.memory().numTensors).toBe(numTensors);
    const wrong = { ...during, weights: during.weights.slice(1) };
    await expect(session.restoreCheckpoint(wrong)).rejects.toMatchObject({ code: 'bad-request' });
    await session.reset();
  });
});
