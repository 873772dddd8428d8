import { describe, expect, it } from 'vitest';
import type { EvaluationDetails, LivePrediction } from '../../worker/protocol';
import { createAppStore } from './appStore';
import { MAX_SERIES_POINTS } from './boundedSeries';
import { selectTestAccuracy } from './selectors';

const prediction = (index: number, label: number, predicted: number): LivePrediction => ({
  index,
  label,
  predicted,
  confidence: 0.9,
  probabilities: Array.from({ length: 10 }, (_, c) => (c === predicted ? 0.9 : 0.1 / 9)),
});

const details = (): EvaluationDetails => ({
  trigger: 'request',
  batch: 10,
  epoch: 0,
  confusion: Array.from({ length: 10 }, (_, t) => Array.from({ length: 10 }, (_, p) => (t === p ? 9 : 0))),
  perClass: [],
  macro: { precision: 1, recall: 1, f1: 1 },
  roc: [],
  predicted: new Uint8Array(90),
  mistakes: [],
});

const norms = (batch: number, layers = ['dense_1', 'dense_2']) => ({
  type: 'progress' as const,
  points: [{ batch, epoch: 0, loss: 1, accuracy: 0.5, meanLoss: 1, meanAccuracy: 0.5, learningRate: 0.001, gradientNorm: 1, clipNorm: 0 }],
  batch,
  epoch: 0,
  throughput: 1,
  nextLearningRate: 0.001,
  gradientNorms: { batch, layers: layers.map((layer, i) => ({ layer, norm: i + batch })) },
});

describe('learning views in the store', () => {
  it('keeps the latest prediction grid and the latest evaluation', () => {
    const store = createAppStore();
    const { applyWorkerEvent } = store.getState();
    applyWorkerEvent({ type: 'predictions', batch: 5, epoch: 0, predictions: [prediction(3, 0, 0), prediction(2, 1, 7)] });
    expect(store.getState().liveGrid?.predictions.map((p) => p.predicted)).toEqual([0, 7]);

    applyWorkerEvent({ type: 'evaluation', evaluation: { testLoss: 0.1, testAccuracy: 1, samples: 90, details: details() } });
    expect(store.getState().evaluation?.details.confusion[3]?.[3]).toBe(9);
    expect(selectTestAccuracy(store.getState())).toBe(1);
  });

  it('collects gradient norms per layer, bounded, and starts over when the layers change', () => {
    const store = createAppStore();
    for (let batch = 1; batch <= 2000; batch += 1) store.getState().applyWorkerEvent(norms(batch));
    const state = store.getState();
    expect(state.gradientLayers).toEqual(['dense_1', 'dense_2']);
    expect(state.gradientNorms.points.length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
    expect(state.gradientNorms.latest).toEqual({ batch: 2000, norms: [2000, 2001] });

    store.getState().applyWorkerEvent(norms(1, ['conv_1']));
    expect(store.getState().gradientNorms.points).toEqual([{ batch: 1, norms: [1] }]);
  });

  it('run-reset clears the run’s views but keeps the drawing and the chosen test image', () => {
    const store = createAppStore();
    const input = new Float32Array(784);
    store.getState().setDrawingInput(input);
    store.getState().setDrawingPrediction('ready', { probabilities: [], predicted: 1, confidence: 1 });
    store.getState().setInspectIndex(42);
    store.getState().applyWorkerEvent({ type: 'predictions', batch: 5, epoch: 0, predictions: [prediction(3, 0, 0)] });
    store.getState().selectCell({ actual: 1, predicted: 2 });
    store.getState().applyWorkerEvent({ type: 'run-reset' });
    const state = store.getState();
    expect(state.liveGrid).toBeNull();
    expect(state.selectedCell).toBeNull();
    expect(state.drawing).toEqual({ input, prediction: null, status: 'idle' });
    expect(state.inspectIndex).toBe(42);
  });

  it('selecting the same cell again hides its images', () => {
    const store = createAppStore();
    store.getState().selectCell({ actual: 4, predicted: 9 });
    expect(store.getState().selectedCell).toEqual({ actual: 4, predicted: 9 });
    store.getState().selectCell({ actual: 4, predicted: 9 });
    expect(store.getState().selectedCell).toBeNull();
  });

  it('fills the test-set cache chunk by chunk', () => {
    const store = createAppStore();
    store.getState().beginTestSet(3, 'mnist');
    const pixels = new Uint8Array(2 * 784).fill(7);
    store.getState().addTestImages({ indices: [0, 1], labels: [5, 6], pixels });
    const cache = store.getState().testSet;
    expect(cache?.loaded).toBe(2);
    expect(Array.from(cache?.labels ?? [])).toEqual([5, 6, 0]);
    expect(cache?.pixels[784 + 10]).toBe(7);
    expect(cache?.pixels[2 * 784]).toBe(0);
  });
});
