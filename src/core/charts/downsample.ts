// Thinning a long series for drawing: a line never needs more points than
// the pixel columns it is drawn across.

/** One point to plot: x in data units (a batch number), y a value (null: nothing to draw). */
export interface PlotPoint {
  x: number;
  y: number | null;
}

/** A drawable point: both coordinates finite. */
export interface XY {
  x: number;
  y: number;
}

/**
 * Min/max downsampling: the x range [x0, x1] is cut into `columns / 2`
 * buckets of two pixel columns each; every bucket keeps its lowest and its
 * highest point, in x order. So a line keeps its envelope (every spike of a
 * noisy batch loss stays visible) with at most one point per pixel column.
 * Points must be sorted by x; points with a null or non-finite y are skipped.
 * Series that already fit are returned as they are (minus skipped points).
 */
export function minMaxDownsample(points: readonly PlotPoint[], x0: number, x1: number, columns: number): XY[] {
  const finite: XY[] = [];
  for (const point of points) if (point.y !== null && Number.isFinite(point.y) && Number.isFinite(point.x)) finite.push({ x: point.x, y: point.y });
  const buckets = Math.max(1, Math.floor(columns / 2));
  if (finite.length <= buckets * 2 || x1 <= x0) return finite;
  const width = (x1 - x0) / buckets;
  const result: XY[] = [];
  let current = -1;
  let low: XY | null = null;
  let high: XY | null = null;
  const close = () => {
    if (!low || !high) return;
    if (low === high) result.push(low);
    else if (low.x <= high.x) result.push(low, high);
    else result.push(high, low);
  };
  for (const point of finite) {
    const bucket = Math.min(buckets - 1, Math.max(0, Math.floor((point.x - x0) / width)));
    if (bucket !== current) {
      close();
      current = bucket;
      low = point;
      high = point;
      continue;
    }
    if (point.y < low!.y) low = point;
    if (point.y > high!.y) high = point;
  }
  close();
  return result;
}
