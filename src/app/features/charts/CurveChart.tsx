import { memo, useMemo, type CSSProperties } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { EpochPoint } from '../../../worker/protocol';
import type { CurvePoint } from '../../store/curves';
import { formatInteger } from '../../components/format';
import { ChartSummary } from './ChartSummary';
import { logAxisFor } from './logAxis';

/** What one chart plots: keys into the batch and epoch points, names and formats. */
export interface CurveChartConfig {
  testId: string;
  rawKey: 'loss' | 'accuracy';
  smoothKey: 'smoothLoss' | 'smoothAccuracy';
  validationKey: 'valLoss' | 'valAccuracy';
  rawName: string;
  smoothName: string;
  validationName: string;
  yDomain: [number | 'auto', number | 'auto'];
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

/** A labelled vertical line: a live setting change that took effect after `batch`. */
export interface ChartMark {
  batch: number;
  label: string;
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


function formatTooltipValue(value: unknown, format: (value: number) => string): string {
  return typeof value === 'number' ? format(value) : String(value);
}

/**
 * A training curve: each batch faintly, its moving average boldly, and the
 * validation value at each epoch end as dots on a line. Renders an SVG.
 */
export const CurveChart = memo(function CurveChart({ config, batches, epochs, overlays = [], marks = [], logScale = false }: CurveChartProps) {
  const empty = batches.length === 0 && epochs.length === 0 && overlays.length === 0;
  const logAxis = useMemo(() => {
    if (!logScale) return null;
    const values = [
      ...batches.flatMap((point) => [point[config.rawKey], point[config.smoothKey]]),
      ...epochs.map((point) => point[config.validationKey]),
      ...overlays.flatMap((overlay) => overlay.points.map((point) => point[config.smoothKey])),
    ];
    return logAxisFor(values);
  }, [logScale, batches, epochs, overlays, config]);
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
        <LineChart responsive style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="var(--color-grid)" vertical={false} />
          <XAxis
            type="number"
            dataKey="batch"
            domain={[0, 'dataMax']}
            allowDecimals={false}
            tickFormatter={(value: number) => formatInteger(value)}
            stroke="var(--color-axis)"
            tick={{ fill: 'var(--color-axis)', fontSize: 13 }}
          />
          <YAxis
            scale={logAxis ? 'log' : 'linear'}
            domain={logAxis ? logAxis.domain : config.yDomain}
            ticks={logAxis?.ticks}
            tickFormatter={config.formatY}
            stroke="var(--color-axis)"
            tick={{ fill: 'var(--color-axis)', fontSize: 13 }}
            width={56}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(label) => `Batch ${formatTooltipValue(label, formatInteger)}`}
            formatter={(value) => formatTooltipValue(value, config.formatY)}
            contentStyle={{
              background: 'var(--color-surface)',
              border: '1px solid var(--color-border)',
              borderRadius: 6,
              color: 'var(--color-text)',
            }}
          />
          {marks.map((mark) => (
            <ReferenceLine
              key={mark.batch}
              x={mark.batch}
              stroke="var(--color-mark)"
              strokeDasharray="2 3"
              label={{ value: mark.label, position: 'insideTopLeft', fill: 'var(--color-mark)', fontSize: 11 }}
            />
          ))}
          {overlays.map((overlay) => (
            <Line
              key={overlay.id}
              data={overlay.points as CurvePoint[]}
              dataKey={config.smoothKey}
              name={overlay.name}
              stroke={overlay.color}
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={false}
              isAnimationActive={false}
            />
          ))}
          <Line
            data={batches as CurvePoint[]}
            dataKey={config.rawKey}
            name={config.rawName}
            stroke="var(--color-train-raw)"
            strokeWidth={1}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
          <Line
            data={batches as CurvePoint[]}
            dataKey={config.smoothKey}
            name={config.smoothName}
            stroke="var(--color-train)"
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            data={epochs as EpochPoint[]}
            dataKey={config.validationKey}
            name={config.validationName}
            stroke="var(--color-validation)"
            strokeWidth={2}
            dot={{ r: 4, fill: 'var(--color-validation)' }}
            isAnimationActive={false}
          />
        </LineChart>
        {empty ? <p className="curve-chart__empty">{config.emptyText}</p> : null}
      </div>
    </div>
  );
});
