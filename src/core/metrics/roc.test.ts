import { describe, expect, it } from 'vitest';
import { downsampleCurve, rocCurve, trapezoidArea } from './roc';
import { createRng } from '../rng';

describe('rocCurve', () => {
  it('walks one corner per distinct score and integrates by trapezoids', () => {
    const curve = rocCurve([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0]);
    expect(curve.fpr).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(curve.tpr).toEqual([0, 0.5, 0.5, 1, 1]);
    // Mann-Whitney: 3 of the 4 positive-negative pairs are ordered correctly.
    expect(curve.auc).toBeCloseTo(0.75, 12);
  });

  it('does not depend on the order of the samples', () => {
    const curve = rocCurve([0.6, 0.7, 0.8, 0.9], [0, 1, 0, 1]);
    expect(curve.auc).toBeCloseTo(0.75, 12);
    expect(curve.fpr).toEqual([0, 0, 0.5, 0.5, 1]);
  });

  it('counts a tie between a positive and a negative as one half', () => {
    const tied = rocCurve([0.9, 0.5, 0.5, 0.1], [1, 1, 0, 0]);
    expect(tied.fpr).toEqual([0, 0, 0.5, 1]);
    expect(tied.tpr).toEqual([0, 0.5, 1, 1]);
    expect(tied.auc).toBeCloseTo(3.5 / 4, 12);
    expect(rocCurve([0.5, 0.5], [1, 0]).auc).toBeCloseTo(0.5, 12);
  });

  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    expect(rocCurve([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0]).auc).toBe(1);
    expect(rocCurve([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1]).auc).toBe(0);
  });

  it('has no AUC without positives or without negatives', () => {
    expect(rocCurve([0.3, 0.2], [0, 0]).auc).toBeNull();
    expect(rocCurve([0.3, 0.2], [1, 1]).auc).toBeNull();
  });
});

describe('trapezoidArea', () => {
  it('integrates a straight line exactly', () => {
    expect(trapezoidArea([0, 0.25, 1], [0, 0.25, 1])).toBeCloseTo(0.5, 12);
  });
});

describe('downsampleCurve', () => {
  const rng = createRng(3);
  const scores = Array.from({ length: 2000 }, () => rng.next());
  const positive = scores.map((score, i) => (score + (i % 7) / 10 > 0.6 ? 1 : 0));
  const full = rocCurve(scores, positive);

  it('keeps at most the asked-for corners, both ends, and the order', () => {
    expect(full.fpr.length).toBe(2001);
    const small = downsampleCurve(full, 100);
    expect(small.fpr.length).toBeLessThanOrEqual(100);
    expect(small.fpr.length).toBeGreaterThan(90);
    expect([small.fpr[0], small.tpr[0]]).toEqual([0, 0]);
    expect([small.fpr.at(-1), small.tpr.at(-1)]).toEqual([1, 1]);
    for (let i = 1; i < small.fpr.length; i++) {
      expect(small.fpr[i]).toBeGreaterThanOrEqual(small.fpr[i - 1]);
      expect(small.tpr[i]).toBeGreaterThanOrEqual(small.tpr[i - 1]);
    }
  });

  it('keeps the full curve AUC, and the thinned curve stays close to it', () => {
    const small = downsampleCurve(full, 100);
    expect(small.auc).toBe(full.auc);
    expect(Math.abs(trapezoidArea(small.fpr, small.tpr) - full.auc!)).toBeLessThan(0.01);
  });

  it('leaves a short curve alone', () => {
    const short = rocCurve([0.9, 0.8], [1, 0]);
    expect(downsampleCurve(short, 100)).toBe(short);
  });
});
