/** A logarithmic axis: whole decades around the data, a tick at each power of ten. */
export interface LogAxis {
  domain: [number, number];
  ticks: number[];
}

/** Fallback when there is no positive finite value to plot. */
const DEFAULT_LOG_AXIS: LogAxis = { domain: [0.01, 10], ticks: [0.01, 0.1, 1, 10] };

/**
 * The decades that hold every positive finite value (zero and negative values
 * cannot sit on a log axis and are ignored), with a tick at each power of ten.
 */
export function logAxisFor(values: Iterable<number | null | undefined>): LogAxis {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min > max) return DEFAULT_LOG_AXIS;
  const low = Math.floor(Math.log10(min));
  const high = Math.max(low + 1, Math.ceil(Math.log10(max)));
  const ticks = Array.from({ length: high - low + 1 }, (_, i) => Number((10 ** (low + i)).toPrecision(1)));
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks };
}
