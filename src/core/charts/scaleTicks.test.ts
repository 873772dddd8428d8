import { describe, expect, it } from 'vitest';
import { linePath, linearScale, logScale } from './scale';
import { niceDomain, niceTicks, thinTicks } from './ticks';

describe('scales', () => {
  it('map a domain onto pixels, y flipped as on screen', () => {
    const y = linearScale([0, 2], [100, 0]);
    expect([y(0), y(1), y(2)]).toEqual([100, 50, 0]);
    const log = logScale([0.01, 10], [300, 0]);
    expect([log(0.01), log(0.1), log(10)]).toEqual([300, 200, 0]);
  });

  it('write an SVG path through the points', () => {
    const x = linearScale([0, 10], [0, 100]);
    const y = linearScale([0, 1], [50, 0]);
    expect(linePath([{ x: 0, y: 0 }, { x: 5, y: 0.5 }, { x: 10, y: 1 }], x, y)).toBe('M0,50L50,25L100,0');
    expect(linePath([], x, y)).toBe('');
  });
});

describe('niceTicks', () => {
  it('picks round steps', () => {
    expect(niceTicks(0, 860, 5)).toEqual([0, 200, 400, 600, 800]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.13, 2.4, 4)).toEqual([0.5, 1, 1.5, 2]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it('widens a domain to the ticks around it', () => {
    expect(niceDomain(0.13, 2.4, 4)).toEqual([0, 2.5]);
  });
});

describe('thinTicks', () => {
  it('keeps every tick where there is room and every k-th, from the first, where there is not', () => {
    const ticks = [0, 0.5, 1, 1.5, 2, 2.5];
    expect(thinTicks(ticks, 200, 18)).toEqual(ticks);
    // 60 px for 5 gaps is 12 px a gap: every second tick is 24 px apart.
    expect(thinTicks(ticks, 60, 18)).toEqual([0, 1, 2]);
    expect(thinTicks(ticks, 20, 18)).toEqual([0, 2.5]);
    expect(thinTicks([1, 10], 5, 18)).toEqual([1, 10]);
  });
});
