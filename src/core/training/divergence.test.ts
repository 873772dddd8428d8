import { describe, it, expect } from 'vitest';
import { DivergenceDetector } from './divergence';

describe('DivergenceDetector', () => {
  it('reports a NaN or infinite loss at once', () => {
    expect(new DivergenceDetector().observe(1, Number.NaN)).toEqual({ reason: 'non-finite-loss', since: 1, threshold: null });
    expect(new DivergenceDetector().observe(1, Number.POSITIVE_INFINITY)?.reason).toBe('non-finite-loss');
    const d = new DivergenceDetector();
    d.observe(1, 2.3);
    expect(d.observe(2, Number.NaN)).toEqual({ reason: 'non-finite-loss', since: 2, threshold: 3 * 2.3 });
  });

  it('uses 3 x the first loss as the threshold, below the clipped cross-entropy ceiling', () => {
    const small = new DivergenceDetector();
    small.observe(0, 0.5);
    expect(small.threshold).toBe(1.5);
    const chance = new DivergenceDetector();
    chance.observe(0, Math.log(10));
    expect(chance.threshold).toBeLessThan(-Math.log(1e-7) * 0.5);
  });

  it('reports loss-exploded after `patience` consecutive high reports', () => {
    const d = new DivergenceDetector(3);
    expect(d.observe(0, 2.3)).toBeNull();
    expect(d.observe(1, 30)).toBeNull();
    expect(d.observe(2, 30)).toBeNull();
    expect(d.observe(3, 30)).toEqual({ reason: 'loss-exploded', since: 1, threshold: 3 * 2.3 });
    expect(d.explodingSince).toBe(1);
  });

  it('forgives a spike that comes back down', () => {
    const d = new DivergenceDetector(3);
    d.observe(0, 2.3);
    d.observe(1, 30);
    d.observe(2, 30);
    expect(d.observe(3, 1.0)).toBeNull();
    expect(d.explodingSince).toBeNull();
    expect(d.observe(4, 30)).toBeNull();
    expect(d.observe(5, 30)).toBeNull();
    expect(d.observe(6, 30)).toEqual({ reason: 'loss-exploded', since: 4, threshold: 3 * 2.3 });
  });

  it('by default waits several batches, not ten, and names the batch the streak began', () => {
    const d = new DivergenceDetector();
    d.observe(1, 2.3);
    const verdicts = [2, 3, 4, 5, 6].map((batch) => d.observe(batch, 14));
    expect(verdicts.slice(0, 4)).toEqual([null, null, null, null]);
    expect(verdicts[4]).toEqual({ reason: 'loss-exploded', since: 2, threshold: 3 * 2.3 });
  });

  it('never fires on a normally decreasing loss, and starts over after reset', () => {
    const d = new DivergenceDetector(2);
    for (let i = 0; i < 200; i++) expect(d.observe(i, 2.3 * Math.exp(-i / 50))).toBeNull();
    d.reset();
    expect(d.threshold).toBeNull();
    d.observe(0, 100);
    expect(d.observe(1, 250)).toBeNull();
    expect(d.observe(2, 301)).toBeNull();
    expect(d.observe(3, 301)?.reason).toBe('loss-exploded');
  });
});
