import { describe, expect, it } from 'vitest';
import { LatestOnly } from './latestOnly';

describe('LatestOnly', () => {
  it('runs the first value at once and only the newest of those that waited', async () => {
    const ran: number[] = [];
    const finishers: Array<() => void> = [];
    const latest = new LatestOnly<number>((value) => {
      ran.push(value);
      return new Promise<void>((resolve) => finishers.push(resolve));
    });
    latest.run(1);
    latest.run(2);
    latest.run(3);
    expect(ran).toEqual([1]);
    finishers.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toEqual([1, 3]);
    finishers.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toEqual([1, 3]);
  });
});
