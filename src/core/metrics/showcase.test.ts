import { describe, expect, it } from 'vitest';
import { showcaseIndices } from './showcase';

describe('showcaseIndices', () => {
  it('takes the first of each class, then the second of each, in class order', () => {
    const labels = [1, 1, 0, 2, 0, 1, 2, 2];
    expect(showcaseIndices(labels, 3, 5)).toEqual([2, 0, 3, 4, 1]);
  });

  it('skips a class that has run out', () => {
    const labels = [0, 1, 1, 1];
    expect(showcaseIndices(labels, 2, 4)).toEqual([0, 1, 2, 3]);
  });

  it('covers every class once there are at least as many images as classes', () => {
    const labels = Array.from({ length: 500 }, (_, i) => (i * 7) % 10);
    const chosen = showcaseIndices(labels, 10, 24);
    expect(chosen).toHaveLength(24);
    expect(new Set(chosen).size).toBe(24);
    expect(new Set(chosen.map((i) => labels[i])).size).toBe(10);
  });
});
