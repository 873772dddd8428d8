// A small line chart drawn as plain SVG: one line, an optional horizontal
// level (the clip ceiling) and an optional marker (the next step).
import './controls.css';

const WIDTH = 240;
const HEIGHT = 64;
const PAD = 4;

/**
 * The number of steps of `span` that one pixel of the chart covers (at least
 * 1): a marker moved by less stays on the same pixel, so a view can round
 * its x to this and render only when the dot would move.
 */
export function stepsPerPixel(span: number): number {
  return Math.max(1, Math.ceil(span / (WIDTH - 2 * PAD)));
}

interface MiniLineChartProps {
  /** What the chart shows, for screen readers. */
  label: string;
  testId: string;
  points: readonly { x: number; y: number }[];
  /** A dashed horizontal line at this y. */
  level?: number;
  /** A dot on the line at this x. */
  marker?: { x: number; y: number };
}

/** A line over [min x, max x] and [0, max y], scaled to a small fixed box. */
export function MiniLineChart({ label, testId, points, level, marker }: MiniLineChartProps) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y).filter(Number.isFinite);
  const minX = Math.min(...xs, marker?.x ?? Infinity);
  const maxX = Math.max(...xs, marker?.x ?? -Infinity, minX + 1);
  const maxY = Math.max(...ys, level ?? 0, marker?.y ?? 0, Number.MIN_VALUE);
  const sx = (x: number) => PAD + ((x - minX) / (maxX - minX)) * (WIDTH - 2 * PAD);
  const sy = (y: number) => HEIGHT - PAD - (Math.max(0, y) / maxY) * (HEIGHT - 2 * PAD);
  const line = points.filter((p) => Number.isFinite(p.y)).map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
  return (
    <svg className="mini-chart" data-testid={testId} role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      {level !== undefined && level > 0 ? (
        <line className="mini-chart__level" x1={PAD} x2={WIDTH - PAD} y1={sy(level)} y2={sy(level)} />
      ) : null}
      {line ? <polyline className="mini-chart__line" points={line} /> : null}
      {marker && Number.isFinite(marker.y) ? <circle className="mini-chart__marker" cx={sx(marker.x)} cy={sy(marker.y)} r={3.5} /> : null}
    </svg>
  );
}
