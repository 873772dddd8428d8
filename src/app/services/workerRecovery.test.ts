import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPreset } from '../../core/network/presets';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import type { ReadyResult, RunCheckpoint } from '../../worker/protocol';
import { createAppStore } from '../store/appStore';
import { CheckpointKeeper } from './checkpoints';
import { HEARTBEAT_TIMEOUT_MS } from './heartbeat';
import { MAX_WORKER_RESTARTS, WorkerRecovery, type RecoveryHost } from './workerRecovery';

const READY: ReadyResult = { dataset: 'mnist', backend: 'wasm', backendReason: { code: 'chosen' }, trainSize: 55000, validationSize: 5000, testSize: 10000 };
const CHECKPOINT: RunCheckpoint = {
  graph: findPreset('mlp')!.graph, settings: { ...DEFAULT_SETTINGS }, batch: 12, epoch: 0, position: 768,
  weights: [], optimizerState: [], topology: '{}', takenAt: 0,
};

/** A recovery over a real store and checkpoint keeper; the host records what it is asked and brings each new worker to ready. */
function setUp({ ready = true, checkpoint = CHECKPOINT as RunCheckpoint | null } = {}) {
  const store = createAppStore();
  const checkpoints = new CheckpointKeeper(() => Promise.reject(new Error('no worker here')), async () => undefined);
  if (checkpoint) checkpoints.adopt(checkpoint);
  const calls: string[] = [];
  const discarded: Error[] = [];
  const host: RecoveryHost = {
    post: () => calls.push('ping'),
    hasWorker: () => true,
    discardWorker: (error) => {
      calls.push('discard');
      discarded.push(error);
    },
    rejectPending: () => calls.push('reject'),
    startWorker: async () => {
      calls.push('start');
      store.getState().markReady(READY);
    },
    resumeFrom: async (resumed, train) => {
      calls.push(`resume batch ${resumed.batch}${train ? ', training' : ''}`);
    },
    report: () => calls.push('report'),
  };
  if (ready) store.getState().markReady(READY);
  store.getState().applyWorkerEvent({ type: 'state', state: 'running' });
  return { store, calls, discarded, recovery: new WorkerRecovery(store, checkpoints, host) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.useRealTimers());

describe('WorkerRecovery', () => {
  it('a crash while training: says so, starts a new worker and trains on from the checkpoint', async () => {
    const { store, calls, discarded, recovery } = setUp();
    recovery.crashed('boom');
    expect(store.getState().trainingState).toBe('paused');
    await flush();
    expect(calls).toEqual(['discard', 'start', 'resume batch 12, training']);
    expect(discarded[0].message).toBe('The training worker failed: boom');
    expect(store.getState().alerts.at(-1)).toMatchObject({ kind: 'worker-restarted', batch: 12, cause: 'The training worker failed: boom' });
  });

  it('without a checkpoint the new worker starts idle', async () => {
    const { store, calls, recovery } = setUp({ checkpoint: null });
    recovery.crashed('boom');
    await flush();
    expect(calls).toEqual(['discard', 'start']);
    expect(store.getState().trainingState).toBe('idle');
  });

  it(`gives up after ${MAX_WORKER_RESTARTS} restarts: an alert, and the run ends in error`, async () => {
    const { store, calls, recovery } = setUp();
    for (let i = 0; i < MAX_WORKER_RESTARTS; i++) {
      recovery.crashed('boom');
      await flush();
      store.getState().applyWorkerEvent({ type: 'state', state: 'running' });
    }
    expect(calls.filter((call) => call === 'start')).toHaveLength(MAX_WORKER_RESTARTS);
    calls.length = 0;
    recovery.crashed('boom');
    await flush();
    expect(calls).toEqual([]);
    expect(store.getState().alerts.at(-1)).toMatchObject({ kind: 'worker-crashed', message: 'The training worker failed: boom' });
    expect(store.getState().trainingState).toBe('error');
  });

  it('a worker that fails before it is ready is not restarted: the status is failed and pending requests are rejected', () => {
    const { store, calls, recovery } = setUp({ ready: false });
    recovery.crashed('The worker script failed to load.');
    expect(calls).toEqual(['reject']);
    expect(store.getState().workerStatus).toBe('failed');
    expect(store.getState().alerts.at(-1)).toMatchObject({ kind: 'worker-crashed', message: 'The worker script failed to load.' });
  });

  it('a worker that stops answering the heartbeat is restarted, the alert naming the silence', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'performance'] });
    const { calls, discarded, recovery } = setUp();
    recovery.watch();
    vi.advanceTimersByTime(HEARTBEAT_TIMEOUT_MS + 1000);
    await vi.runOnlyPendingTimersAsync();
    expect(calls.filter((call) => call !== 'ping')).toEqual(['discard', 'start', 'resume batch 12, training']);
    expect(discarded[0].message).toMatch(/no heartbeat for \d+ s/);
    recovery.stop();
  });
});
