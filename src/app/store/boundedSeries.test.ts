import { describe, expect, it } from 'vitest';
import { appendBounded, emptySeries, evenlyPick, seriesForChart } from './boundedSeries';

describe('boundedSeries', () => {
  it('keeps at most the limit, evenly spaced, and always shows the newest item', () => {
    let series = emptySeries<number>();
    for (let i = 1; i <= 1000; i += 1) series = appendBounded(series, i, 100);
    expect(series.points.length).toBeLessThanOrEqual(100);
    expect(series.points.length).toBeGreaterThan(50);
    const gaps = new Set(series.points.slice(1).map((item, i) => item - series.points[i]!));
    expect(gaps.size).toBe(1);
    expect(seriesForChart(series).at(-1)).toBe(1000);
  });

  it('picks evenly, keeping the first and last', () => {
    const items = Array.from({ length: 1001 }, (_, i) => i);
    const picked = evenlyPick(items, 11);
    expect(picked).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(evenlyPick([1, 2], 5)).toEqual([1, 2]);
  });
});
