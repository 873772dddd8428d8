// How many batches the training loop may train before it reports. The loop
// reports at most every REPORT_INTERVAL_MS of wall time, but on WebGL and
// WebGPU a batch is only queued when the loop moves on: the clock runs at
// queueing speed, dozens of batches pile up on the device, and the read-back
// that ends the report waits for all of them (seen: one report in 6 s on a
// software WebGPU adapter). Counting batches at the measured speed bounds the
// queue to one report's worth. Only a speed measured over a full window
// counts: a first guess that holds the warm-up reads far too low, and on WASM
// it made the loop report every batch for a second (a flood of messages and
// per-batch read-backs, caught by the e2e smoothness guard).

/**
 * The most batches to train between two reports: what `samplesPerSecond`
 * trains in `intervalMs`, at least one; no bound (the interval alone rules)
 * while the speed is unknown (0 or not finite).
 */
export function batchesPerReport(samplesPerSecond: number, batchSize: number, intervalMs: number): number {
  if (!(samplesPerSecond > 0) || !Number.isFinite(samplesPerSecond)) return Number.POSITIVE_INFINITY;
  return Math.max(1, Math.round((samplesPerSecond * intervalMs) / 1000 / batchSize));
}
