import { describe, expect, it } from 'vitest';
import { progressOf as progress } from './progress.fixture';
import { createAppStore } from './appStore';
import { evaluationOf } from './evaluation.fixture';
import { summarizeNetwork, summarizeSettings } from '../features/runs/runSummary';
import { MAX_RECORD_POINTS, MAX_RUNS, upsertRun, type RunRecord } from './runHistory';


describe('run history', () => {
  it('records a run when it is done, with what it started with and its final metrics', () => {
    const store = createAppStore();
    const { applyWorkerEvent } = store.getState();
    applyWorkerEvent({ type: 'run-reset' });
    applyWorkerEvent(progress(1, 2000));
    store.getState().setSettingText('learningRate', '0.5');
    applyWorkerEvent({ type: 'evaluation', evaluation: evaluationOf(0.96, 0.2) });
    applyWorkerEvent({ type: 'state', state: 'done' });

    const [run] = store.getState().runHistory;
    expect(run).toMatchObject({ id: 1, name: 'Run 1', ended: 'done', batches: 2000, testAccuracy: 0.96 });
    expect(run?.settings.learningRate).toBe(0.001);
    expect(run && summarizeNetwork(run.network)).toBe('MLP 128-64-10 · 4 layers · 109,386 parameters');
    expect(run?.curve.length).toBeLessThanOrEqual(MAX_RECORD_POINTS);
    expect(run?.curve.at(-1)?.batch).toBe(2000);
  });

  it('keeps the live changes of a run with its record, and starts the next run without them', () => {
    const store = createAppStore();
    const { applyWorkerEvent } = store.getState();
    applyWorkerEvent({ type: 'run-reset' });
    applyWorkerEvent(progress(1, 120));
    applyWorkerEvent({ type: 'live-change', batch: 120, changes: [{ key: 'learningRate', from: 0.001, to: 0.01 }] });
    expect(store.getState().liveChanges).toEqual([{ key: 'learningRate', from: 0.001, to: 0.01, batch: 120 }]);
    applyWorkerEvent(progress(121, 30));
    applyWorkerEvent({ type: 'run-reset' });

    const [run] = store.getState().runHistory;
    expect(run).toMatchObject({ ended: 'reset', batches: 150, liveChanges: [{ key: 'learningRate', from: 0.001, to: 0.01, batch: 120 }] });
    expect(store.getState().liveChanges).toEqual([]);
  });

  it('a new run after a finished one gets the next id without recording the old one twice', () => {
    const store = createAppStore();
    const { applyWorkerEvent } = store.getState();
    applyWorkerEvent(progress(1, 10));
    applyWorkerEvent({ type: 'state', state: 'done' });
    applyWorkerEvent({ type: 'evaluation', evaluation: evaluationOf(0.5, 0.2) });
    expect(store.getState().runHistory[0]?.testAccuracy).toBe(0.5);
    applyWorkerEvent({ type: 'run-reset' });
    applyWorkerEvent(progress(1, 5));
    applyWorkerEvent({ type: 'run-reset' });
    const state = store.getState();
    expect(state.runHistory.map((run) => [run.id, run.ended, run.batches])).toEqual([
      [1, 'done', 10],
      [2, 'reset', 5],
    ]);
    expect(state.currentRunId).toBe(3);
  });

  it('a reset before the first batch records nothing', () => {
    const store = createAppStore();
    store.getState().applyWorkerEvent({ type: 'run-reset' });
    store.getState().applyWorkerEvent({ type: 'run-reset' });
    expect(store.getState().runHistory).toEqual([]);
    expect(store.getState().currentRunId).toBe(1);
  });

  it('overlays are toggled per run and the history stays bounded', () => {
    const store = createAppStore();
    store.getState().toggleOverlay(2);
    store.getState().toggleOverlay(3);
    store.getState().toggleOverlay(2);
    expect(store.getState().overlaidRuns).toEqual([3]);

    const record = (id: number) => ({ id }) as RunRecord;
    let history: RunRecord[] = [];
    for (let id = 1; id <= MAX_RUNS + 3; id += 1) history = upsertRun(history, record(id));
    expect(history).toHaveLength(MAX_RUNS);
    expect(history[0]?.id).toBe(4);
  });

  it('summarizes settings in words', () => {
    const store = createAppStore();
    expect(summarizeSettings(store.getState().settings)).toBe('MNIST · Adam · η 0.001 · batch 64 · 1 epoch · Constant · Categorical cross-entropy');
  });
});
