// Histograms of weights and gradients, for the look-inside views.

/** Counts of values in equal-width bins between `edges[0]` and `edges[bins]`. */
export interface Histogram {
  /** bins + 1 bin edges, increasing; bin i holds edges[i] <= v < edges[i + 1] (the last bin also holds its right edge). */
  edges: number[];
  /** How many values fell in each bin. */
  counts: number[];
  /** Smallest and largest finite value (0 when there are none). */
  min: number;
  max: number;
  /** Mean of the finite values (0 when there are none). */
  mean: number;
  /** Values that are NaN or infinite, left out of the bins. */
  nonFinite: number;
}

/**
 * A histogram of the finite values over [min, max] in `bins` equal bins. When
 * all values are equal (a bias initialised to zeros) the range is value +- 0.5.
 */
export function histogram(values: ArrayLike<number>, bins: number): Histogram {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`${bins} bins is not a positive integer`);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  let finite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    finite += 1;
  }
  if (finite === 0) {
    min = 0;
    max = 0;
  }
  const low = min === max ? min - 0.5 : min;
  const high = min === max ? max + 0.5 : max;
  const width = (high - low) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? high : low + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    counts[Math.min(bins - 1, Math.floor((v - low) / width))] += 1;
  }
  return { edges, counts, min, max, mean: finite === 0 ? 0 : sum / finite, nonFinite: values.length - finite };
}
