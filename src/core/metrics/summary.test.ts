import { describe, expect, it } from 'vitest';
import { summarizeClassification } from './summary';

// 6 samples x 3 classes; predictions 0, 1, 1, 1, 2, 0 against labels 0, 0, 1, 1, 2, 2.
const probabilities = [
  0.7, 0.2, 0.1,
  0.3, 0.6, 0.1,
  0.1, 0.8, 0.1,
  0.2, 0.5, 0.3,
  0.1, 0.1, 0.8,
  0.5, 0.1, 0.4,
];
const labels = [0, 0, 1, 1, 2, 2];
const options = { rocPoints: 100, mistakes: 24, topK: 3 };

describe('summarizeClassification', () => {
  const summary = summarizeClassification(probabilities, labels, 3, options);

  it('derives accuracy, confusion and predictions from the same argmax', () => {
    expect(Array.from(summary.predicted)).toEqual([0, 1, 1, 1, 2, 0]);
    expect(summary.confusion).toEqual([[1, 1, 0], [0, 2, 0], [1, 0, 1]]);
    expect(summary.samples).toBe(6);
    expect(summary.accuracy).toBeCloseTo(4 / 6, 12);
    expect(summary.perClass[1].f1).toBeCloseTo(0.8, 12);
  });

  it('scores each class one-vs-rest', () => {
    // Class 0 scores 0.7, 0.3 (positives) against 0.1, 0.2, 0.1, 0.5: 7 of 8 pairs ordered.
    expect(summary.roc[0].auc).toBeCloseTo(7 / 8, 12);
    // Class 2: positives 0.8, 0.4 against 0.1, 0.1, 0.1, 0.3: all ordered.
    expect(summary.roc[2].auc).toBe(1);
    expect(summary.roc.map((curve) => curve.label)).toEqual([0, 1, 2]);
  });

  it('lists the two mistakes, the surer one first', () => {
    expect(summary.mistakes.map((m) => [m.index, m.label, m.predicted])).toEqual([[1, 0, 1], [5, 2, 0]]);
    expect(summary.mistakes[1].top.map((t) => t.label)).toEqual([0, 2, 1]);
  });

  it('refuses a probability matrix of the wrong size', () => {
    expect(() => summarizeClassification([0.5, 0.5], labels, 3, options)).toThrow(RangeError);
  });
});
