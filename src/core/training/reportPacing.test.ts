import { describe, expect, it } from 'vitest';
import { batchesPerReport } from './reportPacing';

describe('batchesPerReport', () => {
  it('allows what the measured speed trains in one interval', () => {
    // 270 samples/s (software WebGPU), batch 64, 500 ms: about two batches, not the 24 a queueing clock let through.
    expect(batchesPerReport(270, 64, 500)).toBe(2);
    expect(batchesPerReport(11_800, 64, 500)).toBe(92);
  });

  it('allows at least one batch, however slow the run', () => {
    expect(batchesPerReport(40, 256, 500)).toBe(1);
  });

  it('sets no bound while the speed is unknown, leaving the interval alone to rule', () => {
    expect(batchesPerReport(0, 64, 500)).toBe(Number.POSITIVE_INFINITY);
    expect(batchesPerReport(Number.NaN, 64, 500)).toBe(Number.POSITIVE_INFINITY);
    expect(batchesPerReport(Number.POSITIVE_INFINITY, 64, 500)).toBe(Number.POSITIVE_INFINITY);
  });
});
