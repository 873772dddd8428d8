import { describe, expect, it } from 'vitest';
import { confusionMatrix } from '../../../core/metrics/confusion';
import { cellMembers, cellShade } from './cellImages';

describe('cellMembers', () => {
  const labels = [0, 1, 1, 2, 1, 0, 1];
  const predicted = [0, 2, 1, 2, 2, 0, 2];

  it('finds the images of a cell in index order, and counts them all', () => {
    expect(cellMembers(labels, predicted, 1, 2, 10)).toEqual({ indices: [1, 4, 6], total: 3 });
    expect(cellMembers(labels, predicted, 1, 2, 2)).toEqual({ indices: [1, 4], total: 3 });
    expect(cellMembers(labels, predicted, 2, 0, 10)).toEqual({ indices: [], total: 0 });
  });

  it('agrees with the confusion matrix in every cell', () => {
    const matrix = confusionMatrix(labels, predicted, 3);
    matrix.forEach((row, t) => row.forEach((count, p) => expect(cellMembers(labels, predicted, t, p, 100).total).toBe(count)));
  });
});

describe('cellShade', () => {
  it('is 0 for empty cells, 1 for a whole row, and shows small shares', () => {
    expect(cellShade(0, 100)).toBe(0);
    expect(cellShade(5, 0)).toBe(0);
    expect(cellShade(100, 100)).toBe(1);
    expect(cellShade(1, 100)).toBeCloseTo(0.1, 12);
  });
});
