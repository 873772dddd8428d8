import { describe, expect, it } from 'vitest';
import { accuracyOf, argmaxRows, confusionMatrix } from './confusion';

describe('argmaxRows', () => {
  it('picks the largest score of each row, the first one on a tie', () => {
    const scores = [0.1, 0.7, 0.2, 0.5, 0.5, 0, 0, 0, 1];
    expect(Array.from(argmaxRows(scores, 3))).toEqual([1, 0, 2]);
  });

  it('refuses scores that are not whole rows', () => {
    expect(() => argmaxRows([1, 2, 3, 4], 3)).toThrow(RangeError);
  });
});

describe('confusionMatrix', () => {
  const labels = [0, 0, 1, 1, 2, 2];
  const predicted = [0, 1, 1, 1, 2, 0];

  it('counts true class by row and predicted class by column', () => {
    expect(confusionMatrix(labels, predicted, 3)).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 1],
    ]);
  });

  it('has an accuracy of trace / total', () => {
    expect(accuracyOf(confusionMatrix(labels, predicted, 3))).toBeCloseTo(4 / 6, 12);
    expect(accuracyOf([[0, 0], [0, 0]])).toBe(0);
  });

  it('refuses a class outside the range', () => {
    expect(() => confusionMatrix([0, 3], [0, 1], 3)).toThrow(/outside/);
    expect(() => confusionMatrix([0], [0, 1], 3)).toThrow(/labels/);
  });
});
