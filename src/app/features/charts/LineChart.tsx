import { memo, useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { minMaxDownsample, type PlotPoint } from '../../../core/charts/downsample';
import { linePath, linearScale, logScale, type Scale } from '../../../core/charts/scale';
import { niceDomain, niceTicks, thinTicks } from '../../../core/charts/ticks';
import { useElementSize } from '../../components/useElementSize';
import './lineChart.css';

/** One line of a chart: its points (sorted by x) and how it is drawn. */
export interface ChartSeries {
  id: string;
  points: readonly PlotPoint[];
  color: string;
  width: number;
  /** An SVG stroke-dasharray, e.g. "6 3". */
  dash?: string;
  /** Dots at every point (a few points only, such as one per epoch). */
  dots?: boolean;
}

/** The y-axis: its domain, its ticks, linear or log10. */
export interface ChartYAxis {
  domain: [number, number];
  ticks: readonly number[];
  log: boolean;
}

/** A labelled vertical line at `x`. */
export interface ChartMark {
  x: number;
  label: string;
}

/** What the chart shows under the pointer at data x: a title and a line per value. */
export interface ChartHover {
  title: string;
  rows: readonly { name: string; value: string; color: string }[];
}

interface LineChartProps {
  series: readonly ChartSeries[];
  xDomain: [number, number];
  yAxis: ChartYAxis;
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  marks?: readonly ChartMark[];
  /** The readout for the data x nearest the pointer, or null for none. */
  describe?: (x: number) => ChartHover | null;
  /** Drawn over the plot, e.g. a note while there is no data. */
  children?: ReactNode;
}

const MARGIN = { top: 8, right: 24, bottom: 24, left: 56 };
/** Fewest pixels between two x-axis ticks. */
const X_TICK_SPACING = 90;
/** Fewest pixels between two y-axis labels (a line of the axis' 11 px type and a gap). */
const Y_TICK_SPACING = 18;

/**
 * A plain SVG line chart: no animation, at most one point per pixel column
 * per line (min/max downsampling), sized by a ResizeObserver (no layout read
 * while it redraws). It redraws when its props change; live views pace those.
 */
export const LineChart = memo(function LineChart({ series, xDomain, yAxis, formatX, formatY, marks = [], describe, children }: LineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(box);
  const [hoverX, setHoverX] = useState<number | null>(null);
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);

  const x = useMemo(() => linearScale(xDomain, [MARGIN.left, MARGIN.left + plotWidth]), [xDomain, plotWidth]);
  const y = useMemo<Scale>(
    () => (yAxis.log ? logScale : linearScale)(yAxis.domain, [MARGIN.top + plotHeight, MARGIN.top]),
    [yAxis, plotHeight],
  );
  const paths = useMemo(
    () => series.map((line) => {
      const drawn = minMaxDownsample(line.points, xDomain[0], xDomain[1], plotWidth);
      return { line, d: linePath(drawn, x, y), dots: line.dots ? drawn : [] };
    }),
    [series, xDomain, plotWidth, x, y],
  );
  const xTicks = useMemo(
    () => niceTicks(xDomain[0], xDomain[1], Math.max(2, Math.floor(plotWidth / X_TICK_SPACING))).filter((tick) => Number.isInteger(tick)),
    [xDomain, plotWidth],
  );

  const yTicks = useMemo(() => thinTicks(yAxis.ticks, plotHeight, Y_TICK_SPACING), [yAxis, plotHeight]);

  const hover = hoverX !== null && describe ? describe(hoverX) : null;
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    if (plotWidth <= 0) return;
    const fraction = (event.nativeEvent.offsetX - MARGIN.left) / plotWidth;
    setHoverX(xDomain[0] + Math.min(1, Math.max(0, fraction)) * (xDomain[1] - xDomain[0]));
  };
  const ready = width > 0 && height > 0;

  return (
    <div className="line-chart" ref={box}>
      {ready ? (
        <svg className="line-chart__svg" width={width} height={height} role="img" aria-hidden="true">
          <g className="line-chart__grid">
            {yTicks.map((tick) => (
              <line key={tick} x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={y(tick)} y2={y(tick)} />
            ))}
          </g>
          <g className="line-chart__axis">
            <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={MARGIN.top + plotHeight} y2={MARGIN.top + plotHeight} />
            <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={MARGIN.top + plotHeight} />
            {yTicks.map((tick) => (
              <text key={tick} x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
                {formatY(tick)}
              </text>
            ))}
            {xTicks.map((tick) => (
              <text key={tick} x={x(tick)} y={MARGIN.top + plotHeight + 16} textAnchor="middle">
                {formatX(tick)}
              </text>
            ))}
          </g>
          {marks.map((mark) => (
            <g key={mark.x} className="line-chart__mark">
              <line x1={x(mark.x)} x2={x(mark.x)} y1={MARGIN.top} y2={MARGIN.top + plotHeight} />
              <text x={x(mark.x) + 4} y={MARGIN.top + 12}>{mark.label}</text>
            </g>
          ))}
          {paths.map(({ line, d, dots }) => (
            <g key={line.id} data-series={line.id}>
              <path className="chart-line" d={d} fill="none" stroke={line.color} strokeWidth={line.width} strokeDasharray={line.dash} />
              {dots.map((point) => (
                <circle key={point.x} cx={x(point.x)} cy={y(point.y)} r={4} fill={line.color} />
              ))}
            </g>
          ))}
          {hover && hoverX !== null ? <line className="line-chart__cursor" x1={x(hoverX)} x2={x(hoverX)} y1={MARGIN.top} y2={MARGIN.top + plotHeight} /> : null}
          <rect
            className="line-chart__hit"
            x={MARGIN.left}
            y={MARGIN.top}
            width={plotWidth}
            height={plotHeight}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setHoverX(null)}
          />
        </svg>
      ) : null}
      {hover && hoverX !== null ? (
        <div className="line-chart__tooltip" style={{ left: Math.min(x(hoverX) + 12, Math.max(0, width - 180)), top: MARGIN.top }}>
          <strong>{hover.title}</strong>
          {hover.rows.map((row) => (
            <span key={row.name} className="line-chart__tooltip-row" style={{ color: row.color }}>
              {row.name}: {row.value}
            </span>
          ))}
        </div>
      ) : null}
      {children}
    </div>
  );
});

/** A linear y-axis over the values, ending on nice ticks; `fixed` pins either end (by default the low end at 0). */
export function linearYAxis(values: Iterable<number | null | undefined>, fixed: [number | null, number | null] = [0, null], tickCount = 5): ChartYAxis {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const dataLow = Number.isFinite(min) ? min : 0;
  const dataHigh = Number.isFinite(max) ? max : 1;
  const [niceLow, niceHigh] = niceDomain(fixed[0] ?? dataLow, Math.max(fixed[1] ?? dataHigh, (fixed[0] ?? dataLow) + 1e-9), tickCount);
  const domain: [number, number] = [fixed[0] ?? niceLow, fixed[1] ?? niceHigh];
  return { domain, ticks: niceTicks(domain[0], domain[1], tickCount), log: false };
}
