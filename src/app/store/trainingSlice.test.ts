import { describe, expect, it } from 'vitest';
import type { BatchPoint, EpochPoint, WorkerError } from '../../worker/protocol';
import { createAppStore } from './appStore';
import { evaluationOf } from './evaluation.fixture';
import { selectTestAccuracy, selectTrainAccuracy, selectTrainLoss, selectValAccuracy } from './selectors';
import { describeNotice } from '../features/training/describeNotice';

const point = (batch: number, loss = 1, accuracy = 0.5): BatchPoint => ({ batch, epoch: 0, loss, accuracy, meanLoss: loss, meanAccuracy: accuracy, learningRate: 0.001, gradientNorm: 1, clipNorm: 0 });

const epochPoint: EpochPoint = { epoch: 1, batch: 100, valLoss: 0.3, valAccuracy: 0.91, numTensors: 12, seconds: 4 };

describe('trainingSlice', () => {
  it('tracks data loading per file and becomes ready on init', () => {
    const store = createAppStore();
    const { applyWorkerEvent, markReady } = store.getState();
    applyWorkerEvent({ type: 'data-progress', file: 'train-images', loaded: 10, total: 100, fromCache: false });
    expect(store.getState().workerStatus).toBe('loading');
    expect(store.getState().dataFiles['train-images']).toEqual({ loaded: 10, total: 100, fromCache: false });

    markReady({ dataset: 'fashionMnist', backend: 'webgl', backendReason: { code: 'auto', pick: { code: 'webgpu-hardware' }, skipped: [] }, trainSize: 55000, validationSize: 5000, testSize: 10000 });
    const state = store.getState();
    expect(state.workerStatus).toBe('ready');
    expect(state.datasetSizes).toEqual({ dataset: 'fashionMnist', train: 55000, validation: 5000, test: 10000 });
    expect(state.backend).toBe('webgl');
    expect(state.notices).toEqual([{ kind: 'backend', backend: 'webgl', reason: { code: 'auto', pick: { code: 'webgpu-hardware' }, skipped: [] } }]);

    store.getState().setWorkerStatus('loading'); // loading another data set starts a fresh file list
    expect(store.getState().dataFiles).toEqual({});
  });

  it('progress updates the counters, the latest metrics and the curve', () => {
    const store = createAppStore();
    store.getState().applyWorkerEvent({
      type: 'progress',
      points: [point(1, 2.3, 0.1), point(2, 2.0, 0.2)],
      batch: 2,
      epoch: 0,
      throughput: 640, nextLearningRate: 0.001,
    });
    const state = store.getState();
    expect(state.batch).toBe(2);
    expect(selectTrainLoss(state)).toBe(2.0);
    expect(selectTrainAccuracy(state)).toBe(0.2);
    expect(state.throughput).toBe(640);
    expect(state.batchCurve.points.map((p) => p.batch)).toEqual([1, 2]);
  });

  it('a finished run reports its test accuracy as a notice, whichever arrives first', () => {
    for (const order of [['evaluation', 'done'], ['done', 'evaluation']] as const) {
      const store = createAppStore();
      const { applyWorkerEvent } = store.getState();
      applyWorkerEvent({ type: 'epoch-end', point: epochPoint });
      for (const step of order) {
        if (step === 'evaluation') applyWorkerEvent({ type: 'evaluation', evaluation: evaluationOf(0.95, 0.2) });
        else applyWorkerEvent({ type: 'state', state: 'done' });
      }
      const state = store.getState();
      expect(selectValAccuracy(state)).toBe(0.91);
      expect(selectTestAccuracy(state)).toBe(0.95);
      expect(state.trainingState).toBe('done');
      expect(state.notices).toContainEqual({ kind: 'run-finished', epochs: 1, batches: 0 });
      const notice = state.notices.find((n) => n.kind === 'run-finished')!;
      expect(describeNotice(notice, { testAccuracy: selectTestAccuracy(state) })).toContain('test accuracy 95');
    }
  });

  it('divergence raises one alert, and run-reset clears it with the run', () => {
    const store = createAppStore();
    const { applyWorkerEvent } = store.getState();
    applyWorkerEvent({ type: 'progress', points: [point(1)], batch: 1, epoch: 0, throughput: 1, nextLearningRate: 0.001 });
    applyWorkerEvent({ type: 'diverged', batch: 7, loss: Number.NaN, reason: 'non-finite-loss', since: 7, threshold: null });
    applyWorkerEvent({ type: 'diverged', batch: 8, loss: Number.NaN, reason: 'non-finite-loss', since: 8, threshold: null });
    expect(store.getState().alerts).toHaveLength(1);
    expect(store.getState().alerts[0]).toMatchObject({ kind: 'diverged', batch: 8 });

    applyWorkerEvent({ type: 'run-reset' });
    const state = store.getState();
    expect(state.alerts).toEqual([]);
    expect(state.batch).toBe(0);
    expect(state.batchCurve.points).toEqual([]);
  });

  it('worker errors become alerts that can be dismissed', () => {
    const store = createAppStore();
    const error: WorkerError = { code: 'backend-failed', name: 'EngineError', message: 'lost context' };
    store.getState().applyWorkerEvent({ type: 'error', error });
    const [alert] = store.getState().alerts;
    expect(alert).toMatchObject({ kind: 'worker-error', error });
    store.getState().dismissAlert(alert!.id);
    expect(store.getState().alerts).toEqual([]);
  });
});
