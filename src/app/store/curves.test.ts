import { describe, expect, it } from 'vitest';
import type { BatchPoint } from '../../worker/protocol';
import { appendBatchPoints, curveForChart, EMPTY_CURVE, MAX_CURVE_POINTS } from './curves';

const batches = (from: number, count: number): BatchPoint[] =>
  Array.from({ length: count }, (_, i) => ({ batch: from + i, epoch: 0, loss: 1, accuracy: 0.5, meanLoss: 1, meanAccuracy: 0.5, learningRate: 0.001, gradientNorm: 1, clipNorm: 0 }));

describe('curves', () => {
  it('smooths without pulling the first values towards zero', () => {
    const curve = appendBatchPoints(EMPTY_CURVE, batches(1, 3));
    expect(curve.points.map((p) => p.smoothLoss)).toEqual([1, 1, 1].map((v) => expect.closeTo(v, 10)));
  });

  it('stays bounded and evenly spaced however long the run', () => {
    let curve = EMPTY_CURVE;
    for (let from = 1; from <= 20000; from += 100) curve = appendBatchPoints(curve, batches(from, 100));
    expect(curve.points.length).toBeLessThanOrEqual(MAX_CURVE_POINTS);
    expect(curve.points.length).toBeGreaterThan(MAX_CURVE_POINTS / 2);
    const gaps = new Set(curve.points.slice(1).map((p, i) => p.batch - curve.points[i]!.batch));
    expect(gaps.size).toBe(1);
    expect(curveForChart(curve).at(-1)?.batch).toBe(20000);
  });

  it('leaves non-finite losses out of the plot and the average', () => {
    const curve = appendBatchPoints(EMPTY_CURVE, [
      { batch: 1, epoch: 0, loss: 2, accuracy: 0.1, meanLoss: 2, meanAccuracy: 0.1, learningRate: 0.001, gradientNorm: 1, clipNorm: 0 },
      { batch: 2, epoch: 0, loss: Number.NaN, accuracy: 0.1, meanLoss: Number.NaN, meanAccuracy: 0.1, learningRate: 0.001, gradientNorm: 1, clipNorm: 0 },
    ]);
    expect(curve.points[1]).toMatchObject({ loss: null, smoothLoss: 2 });
  });
});
