import { describe, expect, it } from 'vitest';
import { classReport } from './classReport';

describe('classReport', () => {
  // Rows = true class, columns = predicted class.
  const matrix = [
    [1, 1, 0],
    [0, 2, 0],
    [1, 0, 1],
  ];

  it('computes precision, recall and F1 per class by hand', () => {
    const { perClass } = classReport(matrix);
    expect(perClass.map((m) => m.support)).toEqual([2, 2, 2]);
    expect(perClass.map((m) => m.predicted)).toEqual([2, 3, 1]);
    expect(perClass[0].precision).toBeCloseTo(0.5, 12);
    expect(perClass[0].recall).toBeCloseTo(0.5, 12);
    expect(perClass[0].f1).toBeCloseTo(0.5, 12);
    expect(perClass[1].precision).toBeCloseTo(2 / 3, 12);
    expect(perClass[1].recall).toBeCloseTo(1, 12);
    expect(perClass[1].f1).toBeCloseTo(0.8, 12);
    expect(perClass[2].precision).toBeCloseTo(1, 12);
    expect(perClass[2].recall).toBeCloseTo(0.5, 12);
    expect(perClass[2].f1).toBeCloseTo(2 / 3, 12);
  });

  it('macro-averages every class equally', () => {
    const { macro } = classReport(matrix);
    expect(macro.precision).toBeCloseTo((0.5 + 2 / 3 + 1) / 3, 12);
    expect(macro.recall).toBeCloseTo(2 / 3, 12);
    expect(macro.f1).toBeCloseTo((0.5 + 0.8 + 2 / 3) / 3, 12);
  });

  it('gives 0, not NaN, for a class never predicted and a class with no samples', () => {
    const { perClass } = classReport([
      [3, 0],
      [0, 0],
    ]);
    expect(perClass[1]).toEqual({ label: 1, precision: 0, recall: 0, f1: 0, support: 0, predicted: 0 });
    expect(perClass[0].f1).toBe(1);
  });
});
