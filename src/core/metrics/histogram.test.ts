import { describe, expect, it } from 'vitest';
import { histogram } from './histogram';

describe('histogram', () => {
  it('bins values between min and max, the last bin holding its right edge', () => {
    const h = histogram([0, 1, 2, 3, 4], 4);
    expect(h.edges).toEqual([0, 1, 2, 3, 4]);
    expect(h.counts).toEqual([1, 1, 1, 2]);
    expect([h.min, h.max, h.mean, h.nonFinite]).toEqual([0, 4, 2, 0]);
  });

  it('counts every finite value once and sets non-finite ones aside', () => {
    const values = new Float32Array([-1.5, 0.25, 0.3, NaN, 2, Infinity, 0.9]);
    const h = histogram(values, 30);
    expect(h.edges).toHaveLength(31);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(h.nonFinite).toBe(2);
    expect(h.edges[0]).toBe(-1.5);
    expect(h.edges[30]).toBe(2);
    expect(h.counts[0]).toBe(1);
    expect(h.counts[29]).toBe(1);
  });

  it('gives equal values (a zero-initialised bias) a range of one around them', () => {
    const h = histogram([0, 0, 0], 2);
    expect(h.edges).toEqual([-0.5, 0, 0.5]);
    expect(h.counts).toEqual([0, 3]);
  });

  it('handles no values', () => {
    const h = histogram([], 3);
    expect(h.counts).toEqual([0, 0, 0]);
    expect(h.mean).toBe(0);
  });
});
