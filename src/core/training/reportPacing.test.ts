import { describe, expect, it } from 'vitest';
import { FIRST_REPORT_BATCHES, batchesPerReport } from './reportPacing';

describe('batchesPerReport', () => {
  it('allows what the measured speed trains in one interval', () => {
    // 270 samples/s (software WebGPU), batch 64, 500 ms: about two batches, not the 24 a queueing clock let through.
    expect(batchesPerReport(270, 64, 500)).toBe(2);
    expect(batchesPerReport(11_800, 64, 500)).toBe(92);
  });

  it('allows at least one batch, however slow the run', () => {
    expect(batchesPerReport(40, 256, 500)).toBe(1);
  });

  it('allows a small first report while the speed is unknown', () => {
    expect(batchesPerReport(0, 64, 500)).toBe(FIRST_REPORT_BATCHES);
    expect(batchesPerReport(Number.NaN, 64, 500)).toBe(FIRST_REPORT_BATCHES);
    expect(batchesPerReport(Number.POSITIVE_INFINITY, 64, 500)).toBe(FIRST_REPORT_BATCHES);
  });
});
