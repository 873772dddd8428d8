import { memo, useCallback, useMemo, type CSSProperties } from 'react';
import type { EpochPoint } from '../../../worker/protocol';
import type { CurvePoint } from '../../store/curves';
import { formatInteger } from '../../components/format';
import { t } from '../../i18n/i18n';
import { ChartSummary } from './ChartSummary';
import { logAxisFor } from './logAxis';
import { LineChart, linearYAxis, type ChartHover, type ChartMark, type ChartSeries, type ChartYAxis } from './LineChart';

export type { ChartMark } from './LineChart';

/** What one chart plots: keys into the batch and epoch points, names and formats. */
export interface CurveChartConfig {
  testId: string;
  rawKey: 'loss' | 'accuracy';
  smoothKey: 'smoothLoss' | 'smoothAccuracy';
  validationKey: 'valLoss' | 'valAccuracy';
  rawName: string;
  smoothName: string;
  validationName: string;
  /** Fixed ends of the linear y-axis (null: from the data). */
  yDomain: [number | null, number | null];
  formatY: (value: number) => string;
  emptyText: string;
}

/** An earlier run drawn over the chart: its smoothed curve, dashed. */
export interface CurveOverlay {
  id: number;
  name: string;
  color: string;
  points: readonly CurvePoint[];
}

interface CurveChartProps {
  config: CurveChartConfig;
  batches: readonly CurvePoint[];
  epochs: readonly EpochPoint[];
  overlays?: readonly CurveOverlay[];
  marks?: readonly ChartMark[];
  /** A logarithmic y-axis (for the loss). */
  logScale?: boolean;
}

/** The batch point nearest `batch` (points sorted by batch), or null. */
function nearest(points: readonly CurvePoint[], batch: number): CurvePoint | null {
  if (points.length === 0) return null;
  let low = 0;
  let high = points.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (points[middle]!.batch < batch) low = middle + 1;
    else high = middle;
  }
  const after = points[low]!;
  const before = points[Math.max(0, low - 1)]!;
  return Math.abs(before.batch - batch) <= Math.abs(after.batch - batch) ? before : after;
}

/**
 * A training curve: each batch faintly, its moving average boldly, and the
 * validation value at each epoch end as dots on a line. Renders an SVG.
 */
export const CurveChart = memo(function CurveChart({ config, batches, epochs, overlays = [], marks = [], logScale = false }: CurveChartProps) {
  const empty = batches.length === 0 && epochs.length === 0 && overlays.length === 0;
  const series = useMemo((): ChartSeries[] => [
    ...overlays.map((overlay) => ({
      id: `run-${overlay.id}`,
      points: overlay.points.map((point) => ({ x: point.batch, y: point[config.smoothKey] })),
      color: overlay.color,
      width: 2,
      dash: '6 3',
    })),
    { id: 'raw', points: batches.map((point) => ({ x: point.batch, y: point[config.rawKey] })), color: 'var(--color-train-raw)', width: 1 },
    { id: 'smooth', points: batches.map((point) => ({ x: point.batch, y: point[config.smoothKey] })), color: 'var(--color-train)', width: 2.5 },
    { id: 'validation', points: epochs.map((point) => ({ x: point.batch, y: point[config.validationKey] })), color: 'var(--color-validation)', width: 2, dots: true },
  ], [batches, epochs, overlays, config]);

  const xDomain = useMemo((): [number, number] => {
    let last = 1;
    for (const line of series) last = Math.max(last, line.points.at(-1)?.x ?? 0);
    return [0, last];
  }, [series]);

  const yAxis = useMemo((): ChartYAxis => {
    const values = series.flatMap((line) => line.points.map((point) => point.y));
    if (!logScale) return linearYAxis(values, config.yDomain);
    const { domain, ticks } = logAxisFor(values);
    return { domain, ticks, log: true };
  }, [series, logScale, config]);

  const chartMarks = useMemo(() => marks.map((mark) => ({ x: mark.x, label: mark.label })), [marks]);

  const describe = useCallback((batch: number): ChartHover | null => {
    const point = nearest(batches, batch);
    if (!point) return null;
    const validation = epochs.find((epoch) => epoch.batch === point.batch);
    const value = (raw: number | null) => (raw === null ? '—' : config.formatY(raw));
    return {
      title: t('charts:batchTitle', { batch: formatInteger(point.batch) }),
      rows: [
        { name: config.rawName, value: value(point[config.rawKey]), color: 'var(--color-text)' },
        { name: config.smoothName, value: value(point[config.smoothKey]), color: 'var(--color-train)' },
        ...(validation ? [{ name: config.validationName, value: value(validation[config.validationKey]), color: 'var(--color-validation)' }] : []),
      ],
    };
  }, [batches, epochs, config]);

  return (
    <div className="curve-chart" data-testid={config.testId}>
      <ul className="chart-legend">
        <li className="chart-legend__item chart-legend__item--raw">{config.rawName}</li>
        <li className="chart-legend__item chart-legend__item--smooth">{config.smoothName}</li>
        <li className="chart-legend__item chart-legend__item--validation">{config.validationName}</li>
        {overlays.map((overlay) => (
          <li
            key={overlay.id}
            className="chart-legend__item chart-legend__item--overlay"
            style={{ '--legend-color': overlay.color } as CSSProperties}
          >
            {overlay.name}
          </li>
        ))}
      </ul>
      <ChartSummary config={config} batches={batches} epochs={epochs} />
      <div className="curve-chart__plot">
        <LineChart series={series} xDomain={xDomain} yAxis={yAxis} formatX={formatInteger} formatY={config.formatY} marks={chartMarks} describe={describe}>
          {empty ? <p className="curve-chart__empty">{config.emptyText}</p> : null}
        </LineChart>
      </div>
    </div>
  );
});
