/** Most points a bounded series keeps, like the training curves. */
export const MAX_SERIES_POINTS = 600;

/** A series that keeps one item in every `stride`, doubling the stride whenever it grows past its limit. */
export interface BoundedSeries<T> {
  /** Kept items, oldest first, evenly spaced in arrival order. */
  items: T[];
  /** The newest item, kept even when the stride skips it. */
  latest: T | null;
  stride: number;
  /** Items appended so far. */
  seen: number;
}

export function emptySeries<T>(): BoundedSeries<T> {
  return { items: [], latest: null, stride: 1, seen: 0 };
}

/** Adds one item, keeping at most `limit` (the oldest first, evenly thinned). */
export function appendBounded<T>(series: BoundedSeries<T>, item: T, limit = MAX_SERIES_POINTS): BoundedSeries<T> {
  const seen = series.seen + 1;
  if (seen % series.stride !== 0) return { ...series, latest: item, seen };
  let items = [...series.items, item];
  let stride = series.stride;
  if (items.length > limit) {
    items = items.filter((_, index) => index % 2 === 1);
    stride *= 2;
  }
  return { items, latest: item, stride, seen };
}

/** The items to draw: the kept ones plus the newest. */
export function seriesForChart<T>(series: BoundedSeries<T>): T[] {
  const last = series.items[series.items.length - 1];
  return series.latest !== null && series.latest !== last ? [...series.items, series.latest] : series.items;
}

/** At most `limit` items picked evenly from `items`, always keeping the first and the last. */
export function evenlyPick<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit || limit < 2) return items.slice();
  const step = (items.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => items[Math.round(i * step)]!);
}
