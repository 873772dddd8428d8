// The backend keeper on the tfjs CPU backend in Node: it says which backend
// runs once, leaves an error that is no backend fault to the session, and a
// backend that fails to start with none after it fails the run's start.
// sessionFaults.test.ts drives the failover through a whole Session.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/network/presets';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import type { RunSpec, WorkerEvent } from '../protocol';
import { transientPickMemory } from './autoMemory';
import { BackendKeeper } from './backendKeeper';
import { createBatchSource } from './batchSource';
import { buildModel } from './buildModel';
import { loadTestMnist } from './mnist.fixture';
import { TrainingRun } from './trainingRun';

const mnist = loadTestMnist();
const mlp = PRESETS.find((preset) => preset.label === 'MLP 128-64-10')!;
const spec: RunSpec = { graph: mlp.graph, settings: { ...DEFAULT_SETTINGS, backend: 'cpu', batchSize: 64, trainingSamples: 256 } };

function keeper() {
  const events: WorkerEvent[] = [];
  return { events, backends: new BackendKeeper((event) => events.push(event), transientPickMemory()) };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('BackendKeeper', { timeout: 60_000 }, () => {
  it('tells the page which backend runs and why, once', async () => {
    const { events, backends } = keeper();
    expect((await backends.activate('cpu', false)).backend).toBe('cpu');
    await backends.activate('cpu', false);
    expect(events).toEqual([{ type: 'backend', backend: 'cpu', reason: { code: 'chosen' } }]);
  });

  it('an error that is no backend fault ends the run as "training-failed", and leaves the run to the session', async () => {
    const { events, backends } = keeper();
    await backends.activate('cpu', false);
    const data = { train: createBatchSource(mnist.train, 256), validation: createBatchSource(mnist.validation, 256), test: createBatchSource(mnist.test, 256) };
    const run = new TrainingRun(buildModel(spec.graph, spec.settings.seed), spec.settings, data, () => undefined);
    let disposed = false;
    expect(await backends.failOver(new Error('a shape did not fit'), run, spec, () => {
      disposed = true;
    })).toBeNull();
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { code: 'training-failed', message: 'a shape did not fit' } });
    expect(disposed).toBe(false);
    run.dispose();
  });

  it('a start failure on CPU, the last backend, says none is left and fails the run\'s start', async () => {
    const { events, backends } = keeper();
    await backends.activate('cpu', false);
    await backends.faults.arm('start-failed', false);
    await expect(backends.startForRun('cpu', spec, mnist.train)).rejects.toMatchObject({ code: 'backend-failed' });
    expect(events.at(-1)).toMatchObject({ type: 'backend-fault', fault: 'start-failed', failed: 'cpu', next: null, from: null, batch: 0 });
  });
});
