// What the page shows of the current run (its training curve, validation
// points, live changes and what it was started with), kept beside the run's
// checkpoint in IndexedDB, so a reload draws the paused run as it was and not
// as empty charts at batch N.
import type { EpochPoint, RunCheckpoint } from '../../worker/protocol';
import type { BatchCurve } from '../store/curves';
import type { RunStart } from '../store/runHistory';
import type { AppStore } from '../store/appStore';
import type { Store } from '../store/storeTypes';
import type { LiveChangeMark } from '../store/trainingData';
import { keepRunCheckpoint } from './savedWork';

/** The current run's views, as the store holds them. */
export interface KeptRunView {
  /** Batches the views had reached when kept (the checkpoint's may be a little earlier while training). */
  batch: number;
  batchCurve: BatchCurve;
  epochPoints: EpochPoint[];
  liveChanges: LiveChangeMark[];
  currentRunStart: RunStart | null;
}

/** The views of the store's current run. */
export function runViewOf(state: Pick<Store, 'batch' | 'batchCurve' | 'epochPoints' | 'liveChanges' | 'currentRunStart'>): KeptRunView {
  const { batch, batchCurve, epochPoints, liveChanges, currentRunStart } = state;
  return { batch, batchCurve, epochPoints, liveChanges, currentRunStart };
}

/** Keeps a checkpoint in IndexedDB with the views of the run as they are when it arrives (null forgets it). */
export function keepWithRunView(state: () => Store): (checkpoint: RunCheckpoint | null) => Promise<void> {
  return (checkpoint) => keepRunCheckpoint(checkpoint && { ...checkpoint, view: runViewOf(state()) });
}

function isKeptRunView(value: unknown): value is KeptRunView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Partial<KeptRunView>;
  const curve = view.batchCurve;
  return typeof view.batch === 'number'
    && typeof curve === 'object' && curve !== null && Array.isArray(curve.points)
    && Array.isArray(view.epochPoints) && Array.isArray(view.liveChanges);
}

/**
 * The kept views that belong to `checkpoint`, cut back to its batch (a
 * checkpoint taken while training may be a few batches behind the curves);
 * null when there are none or they are not the shape this version keeps.
 */
export function viewAtCheckpoint(view: unknown, checkpoint: Pick<RunCheckpoint, 'batch'>): KeptRunView | null {
  if (!isKeptRunView(view)) return null;
  const { batch } = checkpoint;
  if (view.batch <= batch) return view;
  const points = view.batchCurve.points.filter((point) => point.batch <= batch);
  const latest = view.batchCurve.latest !== null && view.batchCurve.latest.batch <= batch ? view.batchCurve.latest : (points.at(-1) ?? null);
  return {
    batch,
    batchCurve: { ...view.batchCurve, points, latest },
    epochPoints: view.epochPoints.filter((point) => point.batch <= batch),
    liveChanges: view.liveChanges.filter((change) => change.batch <= batch),
    currentRunStart: view.currentRunStart,
  };
}

/** Puts kept views back on the charts and readouts (the run itself is already restored, paused at their batch). */
export function showRunView(store: AppStore, view: KeptRunView): void {
  const { batchCurve, epochPoints, liveChanges, currentRunStart } = view;
  store.setState((state) => ({ batchCurve, epochPoints, liveChanges, currentRunStart: currentRunStart ?? state.currentRunStart }));
}
