/** Most points a bounded series keeps, like the training curves. */
export const MAX_SERIES_POINTS = 600;

/** A series that keeps one item in every `stride`, doubling the stride whenever it grows past its limit. */
export interface BoundedSeries<T> {
  /** Kept items, oldest first, evenly spaced in arrival order. */
  points: T[];
  /** The newest item, kept even when the stride skips it. */
  latest: T | null;
  stride: number;
  /** Items appended so far. */
  seen: number;
}

export function emptySeries<T>(): BoundedSeries<T> {
  return { points: [], latest: null, stride: 1, seen: 0 };
}

/** Adds items in arrival order, keeping at most `limit` (the oldest first, evenly thinned). */
export function appendBounded<T>(series: BoundedSeries<T>, item: T, limit = MAX_SERIES_POINTS): BoundedSeries<T> {
  return appendAllBounded(series, [item], limit);
}

/** Adds several items at once (one copy of the kept points, however many arrive). */
export function appendAllBounded<T>(series: BoundedSeries<T>, items: readonly T[], limit = MAX_SERIES_POINTS): BoundedSeries<T> {
  if (items.length === 0) return series;
  let { points, stride, seen } = series;
  let copied = false;
  for (const item of items) {
    seen += 1;
    if (seen % stride !== 0) continue;
    if (!copied) {
      points = points.slice();
      copied = true;
    }
    points.push(item);
    if (points.length > limit) {
      points = points.filter((_, index) => index % 2 === 1);
      stride *= 2;
    }
  }
  return { points, latest: items[items.length - 1], stride, seen };
}

/** The items to draw: the kept ones plus the newest. */
export function seriesForChart<T>(series: BoundedSeries<T>): T[] {
  const last = series.points[series.points.length - 1];
  return series.latest !== null && series.latest !== last ? [...series.points, series.latest] : series.points;
}

/** At most `limit` items picked evenly from `items`, always keeping the first and the last. */
export function evenlyPick<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit || limit < 2) return items.slice();
  const step = (items.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => items[Math.round(i * step)]!);
}
