import type { BatchPoint, EpochPoint } from '../../worker/protocol';
import { isClipped } from '../../core/training/regularization';
import { MAX_SERIES_POINTS, appendAllBounded, emptySeries, seriesForChart, type BoundedSeries } from './boundedSeries';

/** Most points a curve keeps; charts stay fast however long the run. */
export const MAX_CURVE_POINTS = MAX_SERIES_POINTS;

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
  /** Running means over the epoch so far, as Keras's progress bar shows them. */
  meanLoss: number | null;
  meanAccuracy: number | null;
  /** The learning rate this batch used. */
  learningRate: number;
  /** Global gradient norm before clipping, and the clipping ceiling of this batch (0 = off). */
  gradientNorm: number | null;
  clipNorm: number;
}

/** A running exponential moving average, debiased so the first values are not pulled to 0. */
interface Ema {
  value: number;
  count: number;
}

/** The training curve: a bounded series of smoothed points, plus the running averages that extend it. */
export interface BatchCurve extends BoundedSeries<CurvePoint> {
  loss: Ema;
  accuracy: Ema;
  /** Batches trained with clipping on, and how many of them were clipped (over the whole run). */
  clipping: { steps: number; clipped: number };
}

export const EMPTY_CURVE: BatchCurve = {
  ...emptySeries<CurvePoint>(),
  loss: { value: 0, count: 0 },
  accuracy: { value: 0, count: 0 },
  clipping: { steps: 0, clipped: 0 },
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

/** Adds newly reported batches, smoothing every one and keeping at most MAX_CURVE_POINTS. */
export function appendBatchPoints(curve: BatchCurve, reported: readonly BatchPoint[]): BatchCurve {
  if (reported.length === 0) return curve;
  let { loss, accuracy } = curve;
  let { steps, clipped } = curve.clipping;
  const points = reported.map((point): CurvePoint => {
    loss = updateEma(loss, point.loss);
    accuracy = updateEma(accuracy, point.accuracy);
    if (point.clipNorm > 0) {
      steps += 1;
      if (isClipped(point.gradientNorm, point.clipNorm)) clipped += 1;
    }
    return {
      batch: point.batch,
      epoch: point.epoch,
      loss: finiteOrNull(point.loss),
      accuracy: finiteOrNull(point.accuracy),
      smoothLoss: emaValue(loss),
      smoothAccuracy: emaValue(accuracy),
      meanLoss: finiteOrNull(point.meanLoss),
      meanAccuracy: finiteOrNull(point.meanAccuracy),
      learningRate: point.learningRate,
      gradientNorm: finiteOrNull(point.gradientNorm),
      clipNorm: point.clipNorm,
    };
  });
  return { ...appendAllBounded(curve, points, MAX_CURVE_POINTS), loss, accuracy, clipping: { steps, clipped } };
}

/** The points to draw: the thinned curve plus the newest point. */
export function curveForChart(curve: BatchCurve): CurvePoint[] {
  return seriesForChart(curve);
}

/** Adds one validation point per epoch end, bounded like the batch curve. */
export function appendEpochPoint(points: readonly EpochPoint[], point: EpochPoint): EpochPoint[] {
  const next = [...points, point];
  return next.length > MAX_CURVE_POINTS ? next.slice(next.length - MAX_CURVE_POINTS) : next;
}
