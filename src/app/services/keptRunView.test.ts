import { describe, expect, it } from 'vitest';
import { progressOf as progress } from '../store/progress.fixture';
import { createAppStore } from '../store/appStore';
import { selectTrainMeanLoss } from '../store/selectors';
import { runViewOf, showRunView, viewAtCheckpoint } from './keptRunView';


/** A store that trained `batches` batches, with a live change after batch 40. */
function trainedStore(batches: number) {
  const store = createAppStore();
  const { applyWorkerEvent } = store.getState();
  applyWorkerEvent({ type: 'run-reset' });
  applyWorkerEvent(progress(1, batches));
  applyWorkerEvent({ type: 'live-change', batch: 40, changes: [{ key: 'learningRate', from: 0.001, to: 0.01 }] });
  applyWorkerEvent({ type: 'state', state: 'paused' });
  return store;
}

/** A fresh page's store after the worker restored a checkpoint at `batch`: paused there, no curve yet. */
function restoredStore(batch: number) {
  const store = createAppStore();
  store.getState().applyWorkerEvent({ type: 'progress', points: [], batch, epoch: 0, throughput: 0, nextLearningRate: 0.001 });
  store.getState().applyWorkerEvent({ type: 'state', state: 'paused' });
  return store;
}

describe('the run views kept with a checkpoint', () => {
  it('bring back the curve, the live changes and the run start of a paused run, and the curve goes on', () => {
    const before = trainedStore(50).getState();
    const kept = structuredClone(runViewOf(before));
    const after = restoredStore(50);
    const view = viewAtCheckpoint(kept, { batch: 50 });
    expect(view).not.toBeNull();
    if (view) showRunView(after, view);
    const state = after.getState();
    expect(state.batchCurve).toEqual(before.batchCurve);
    expect(selectTrainMeanLoss(state)).toBe(2 / 50);
    expect(state.liveChanges).toEqual(before.liveChanges);
    expect(state.currentRunStart).toEqual(before.currentRunStart);
    state.applyWorkerEvent(progress(51, 3));
    expect(after.getState().batchCurve.latest?.batch).toBe(53);
    expect(after.getState().batchCurve.seen).toBe(53);
  });

  it('are cut back to a checkpoint taken a few batches before them', () => {
    const kept = runViewOf(trainedStore(50).getState());
    const view = viewAtCheckpoint(kept, { batch: 39 });
    expect(view?.batch).toBe(39);
    expect(view?.batchCurve.latest?.batch).toBe(39);
    expect(Math.max(...(view?.batchCurve.points ?? []).map((point) => point.batch))).toBe(39);
    // The live change took effect after batch 40: not part of a run stopped at 39.
    expect(view?.liveChanges).toEqual([]);
    expect(viewAtCheckpoint(kept, { batch: 40 })?.liveChanges).toHaveLength(1);
  });

  it('are left out when a checkpoint has none, or none this version can read', () => {
    expect(viewAtCheckpoint(undefined, { batch: 3 })).toBeNull();
    expect(viewAtCheckpoint({ batch: 3, batchCurve: { points: 'no' }, epochPoints: [], liveChanges: [] }, { batch: 3 })).toBeNull();
    expect(viewAtCheckpoint({ batch: 3, batchCurve: { points: [], latest: null }, epochPoints: [] }, { batch: 3 })).toBeNull();
  });
});
