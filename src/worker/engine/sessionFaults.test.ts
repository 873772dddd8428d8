/// <reference types="vite/client" />
// Backend faults in the session, on the tfjs CPU backend: a fault with no
// backend left ends the run in 'error' and says so; weights survive a move.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/network/presets';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import type { RunSpec, WorkerEvent } from '../protocol';
import { buildModel } from './buildModel';
import { readWeights, restoreWeights } from './faultWatch';
import { loadTestMnist } from './mnist.fixture';
import { Session } from './session';

const mnist = loadTestMnist();
const mlp = PRESETS.find((preset) => preset.label === 'MLP 128-64-10')!;
const spec: RunSpec = { graph: mlp.graph, settings: { ...DEFAULT_SETTINGS, backend: 'cpu', batchSize: 64, trainingSamples: 640 } };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('backend faults in the session', { timeout: 60_000 }, () => {
  it('out of memory on CPU, the last backend: an event saying none is left, and the run ends in error', async () => {
    const events: WorkerEvent[] = [];
    const session = new Session((event) => events.push(event), async () => mnist);
    await session.init('data/', 'mnist', 'cpu');
    await session.step(spec);
    session.testFault('out-of-memory');
    await session.step(spec);
    const fault = events.find((event) => event.type === 'backend-fault');
    expect(fault).toMatchObject({ type: 'backend-fault', fault: 'out-of-memory', failed: 'cpu', next: null, from: null, batch: 1 });
    expect(fault).toMatchObject({ message: 'RangeError: Array buffer allocation failed' });
    expect(events.filter((event) => event.type === 'state').at(-1)).toEqual({ type: 'state', state: 'error' });
    await session.reset();
  });

  it('refuses an unknown test fault', async () => {
    const session = new Session(() => undefined, async () => mnist);
    // @ts-expect-error Not a fault kind: what a bad message from the page would carry.
    await expect(session.testFault('meteor')).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('moves weights into a freshly built model exactly', () => {
    const trained = buildModel(mlp.graph, 1);
    const fresh = buildModel(mlp.graph, 2);
    const saved = readWeights(trained);
    expect(saved).not.toBeNull();
    restoreWeights(fresh, saved!);
    const a = trained.getWeights().map((w) => Array.from(w.dataSync()));
    const b = fresh.getWeights().map((w) => Array.from(w.dataSync()));
    expect(b).toEqual(a);
    trained.dispose();
    fresh.dispose();
  });
});
