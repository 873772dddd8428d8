// A component rendered against a fresh store of its own (no app, no worker):
// the readouts derive the latest loss from the curve and the test accuracy
// from the evaluation, the one place each is kept.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createAppStore, StoreProvider } from '../../store/appStore';
import { evaluationOf } from '../../store/evaluation.fixture';
import { TrainingReadouts } from './TrainingReadouts';

/** The data-value of one readout in rendered markup. */
function dataValue(html: string, testId: string): string | undefined {
  return new RegExp(`data-testid="${testId}" data-value="([^"]*)"`).exec(html)?.[1];
}

describe('TrainingReadouts', () => {
  it('renders against the store it is given', () => {
    const store = createAppStore();
    const render = () => renderToStaticMarkup(createElement(StoreProvider, { store }, createElement(TrainingReadouts)));
    expect(dataValue(render(), 'metric-test-accuracy')).toBe('');

    const { applyWorkerEvent } = store.getState();
    applyWorkerEvent({ type: 'progress', points: [{ batch: 1, epoch: 0, loss: 2.5, accuracy: 0.25, meanLoss: 2.5, meanAccuracy: 0.25, learningRate: 0.001, gradientNorm: 1, clipNorm: 0 }], batch: 1, epoch: 0, throughput: 50 , nextLearningRate: 0.001});
    applyWorkerEvent({ type: 'evaluation', evaluation: evaluationOf(0.97) });
    const html = render();
    expect(dataValue(html, 'metric-batch')).toBe('1');
    expect(dataValue(html, 'metric-train-loss')).toBe('2.5');
    expect(dataValue(html, 'metric-test-accuracy')).toBe('0.97');
    expect(dataValue(renderToStaticMarkup(createElement(StoreProvider, { store: createAppStore() }, createElement(TrainingReadouts))), 'metric-batch')).toBe('0');
  });

  it('says so when no StoreProvider is above it', () => {
    expect(() => renderToStaticMarkup(createElement(TrainingReadouts))).toThrow('StoreProvider');
  });
});
