import { describe, expect, it } from 'vitest';
import { minMaxDownsample, type PlotPoint } from './downsample';

const series = (ys: (number | null)[]): PlotPoint[] => ys.map((y, x) => ({ x, y }));

describe('minMaxDownsample', () => {
  it('keeps a series that fits as it is, minus missing values', () => {
    expect(minMaxDownsample(series([1, null, 3, Number.NaN, 5]), 0, 4, 100)).toEqual([
      { x: 0, y: 1 },
      { x: 2, y: 3 },
      { x: 4, y: 5 },
    ]);
  });

  it('draws at most one point per pixel column, however long the series', () => {
    const long = series(Array.from({ length: 100_000 }, (_, i) => Math.sin(i / 50)));
    const drawn = minMaxDownsample(long, 0, 99_999, 400);
    expect(drawn.length).toBeLessThanOrEqual(400);
    expect(drawn.length).toBeGreaterThan(300);
  });

  it('keeps every bucket’s extremes in x order, so spikes stay visible', () => {
    const ys = Array.from({ length: 1000 }, () => 1);
    ys[123] = 9;
    ys[777] = -4;
    const drawn = minMaxDownsample(series(ys), 0, 999, 20);
    expect(drawn.length).toBeLessThanOrEqual(20);
    expect(drawn).toContainEqual({ x: 123, y: 9 });
    expect(drawn).toContainEqual({ x: 777, y: -4 });
    const xs = drawn.map((point) => point.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('returns the global minimum and maximum of the series', () => {
    const ys = Array.from({ length: 5000 }, (_, i) => Math.cos(i) * (i % 7));
    const drawn = minMaxDownsample(series(ys), 0, 4999, 64).map((point) => point.y);
    expect(Math.max(...drawn)).toBe(Math.max(...ys));
    expect(Math.min(...drawn)).toBe(Math.min(...ys));
  });
});
