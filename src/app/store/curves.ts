import type { BatchPoint, EpochPoint } from '../../worker/protocol';

/** Most points a curve keeps; charts stay fast however long the run. */
export const MAX_CURVE_POINTS = 600;

/** Weight of the past in the exponential moving average of the training curves. */
export const EMA_SMOOTHING = 0.9;

/** One plotted batch: the raw values and their smoothed trend (null when not finite). */
export interface CurvePoint {
  batch: number;
  epoch: number;
  loss: number | null;
  accuracy: number | null;
  smoothLoss: number | null;
  smoothAccuracy: number | null;
}

/** A running exponential moving average, debiased so the first values are not pulled to 0. */
interface Ema {
  value: number;
  count: number;
}

/** The training curve: evenly thinned points plus the state needed to extend it. */
export interface BatchCurve {
  /** One point in every `stride` reported, oldest first. */
  points: CurvePoint[];
  /** The newest reported point, shown even when the stride skips it. */
  latest: CurvePoint | null;
  /** Keep one reported point in every `stride`; doubles each time the curve is thinned. */
  stride: number;
  /** Points reported so far in this run. */
  seen: number;
  loss: Ema;
  accuracy: Ema;
}

export const EMPTY_CURVE: BatchCurve = {
  points: [],
  latest: null,
  stride: 1,
  seen: 0,
  loss: { value: 0, count: 0 },
  accuracy: { value: 0, count: 0 },
};

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function updateEma(ema: Ema, value: number): Ema {
  if (!Number.isFinite(value)) return ema;
  return { value: EMA_SMOOTHING * ema.value + (1 - EMA_SMOOTHING) * value, count: ema.count + 1 };
}

/** The debiased average, or null before the first finite value. */
export function emaValue(ema: Ema): number | null {
  if (ema.count === 0) return null;
  return ema.value / (1 - EMA_SMOOTHING ** ema.count);
}

/** Keeps every second point, halving the curve. */
function thin(points: CurvePoint[]): CurvePoint[] {
  return points.filter((_, index) => index % 2 === 1);
}

/** Adds newly reported batches, smoothing every one and keeping at most MAX_CURVE_POINTS. */
export function appendBatchPoints(curve: BatchCurve, reported: readonly BatchPoint[]): BatchCurve {
  if (reported.length === 0) return curve;
  let { stride, seen, loss, accuracy, latest } = curve;
  let points = curve.points.slice();
  for (const point of reported) {
    loss = updateEma(loss, point.loss);
    accuracy = updateEma(accuracy, point.accuracy);
    seen += 1;
    latest = {
      batch: point.batch,
      epoch: point.epoch,
      loss: finiteOrNull(point.loss),
      accuracy: finiteOrNull(point.accuracy),
      smoothLoss: emaValue(loss),
      smoothAccuracy: emaValue(accuracy),
    };
    if (seen % stride !== 0) continue;
    points.push(latest);
    if (points.length > MAX_CURVE_POINTS) {
      points = thin(points);
      stride *= 2;
    }
  }
  return { points, latest, stride, seen, loss, accuracy };
}

/** The points to draw: the thinned curve plus the newest point. */
export function curveForChart(curve: BatchCurve): CurvePoint[] {
  const last = curve.points[curve.points.length - 1];
  return curve.latest && curve.latest !== last ? [...curve.points, curve.latest] : curve.points;
}

/** Adds one validation point per epoch end, bounded like the batch curve. */
export function appendEpochPoint(points: readonly EpochPoint[], point: EpochPoint): EpochPoint[] {
  const next = [...points, point];
  return next.length > MAX_CURVE_POINTS ? next.slice(next.length - MAX_CURVE_POINTS) : next;
}
