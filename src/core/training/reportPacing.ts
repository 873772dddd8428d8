// How many batches the training loop may train before it reports. The loop
// reports at most every REPORT_INTERVAL_MS of wall time, but on WebGL and
// WebGPU a batch is only queued when the loop moves on: the clock runs at
// queueing speed, dozens of batches pile up on the device, and the read-back
// that ends the report waits for all of them (seen: one report in 6 s on a
// software WebGPU adapter). Counting batches at the measured speed bounds the
// queue to one report's worth.

/** Batches allowed before the first report, while the speed is not known yet. */
export const FIRST_REPORT_BATCHES = 2;

/**
 * The most batches to train between two reports: what `samplesPerSecond`
 * trains in `intervalMs`, at least one; FIRST_REPORT_BATCHES while the speed
 * is unknown (0 or not finite).
 */
export function batchesPerReport(samplesPerSecond: number, batchSize: number, intervalMs: number): number {
  if (!(samplesPerSecond > 0) || !Number.isFinite(samplesPerSecond)) return FIRST_REPORT_BATCHES;
  return Math.max(1, Math.round((samplesPerSecond * intervalMs) / 1000 / batchSize));
}
