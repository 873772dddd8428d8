import { memo, useId, useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatInteger, formatLoss } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import { seriesForChart } from '../../store/boundedSeries';
import { logAxisFor } from '../charts/logAxis';
import { classColor, classDash } from '../evaluation/classColors';

const axisTick = { fill: 'var(--color-axis)', fontSize: 12 };
const tooltipStyle = { background: 'var(--color-surface)', border: '1px solid var(--color-border)', borderRadius: 6, color: 'var(--color-text)' };

/** A norm for the chart: on a log axis, zero and non-finite norms are left out. */
function plotted(norm: number | undefined, log: boolean): number | null {
  if (norm === undefined || !Number.isFinite(norm)) return null;
  return log && norm <= 0 ? null : norm;
}

/** Per-layer gradient norms over the run: vanishing and exploding gradients made visible. */
export const GradientNormChart = memo(function GradientNormChart() {
  const series = useAppStore((state) => state.gradientNorms);
  const layers = useAppStore((state) => state.gradientLayers);
  const [log, setLog] = useState(true);
  const checkboxId = useId();
  const points = useMemo(() => seriesForChart(series), [series]);
  const axis = useMemo(() => (log ? logAxisFor(points.flatMap((point) => point.norms)) : null), [log, points]);

  return (
    <div className="gradient-norms" data-testid="gradient-norm-chart">
      <div className="chart-toolbar">
        <h3 className="evaluation-block__title">Gradient norm per layer</h3>
        <label className="chart-toggle" htmlFor={checkboxId}>
          <input id={checkboxId} type="checkbox" checked={log} onChange={(event) => setLog(event.target.checked)} />
          Log scale (gradient norm)
        </label>
      </div>
      <div className="gradient-norms__plot">
        <LineChart responsive data={points} style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="var(--color-grid)" vertical={false} />
          <XAxis type="number" dataKey="batch" domain={[0, 'dataMax']} allowDecimals={false} tickFormatter={formatInteger} stroke="var(--color-axis)" tick={axisTick} />
          <YAxis
            scale={axis ? 'log' : 'linear'}
            domain={axis ? axis.domain : [0, 'auto']}
            ticks={axis?.ticks}
            tickFormatter={formatLoss}
            stroke="var(--color-axis)"
            tick={axisTick}
            width={60}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(label) => `Batch ${typeof label === 'number' ? formatInteger(label) : String(label)}`}
            formatter={(value) => (typeof value === 'number' ? formatLoss(value) : String(value))}
            contentStyle={tooltipStyle}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {layers.map((layer, i) => (
            <Line
              key={layer}
              dataKey={(point: { norms: number[] }) => plotted(point.norms[i], log)}
              name={layer}
              stroke={classColor(i)}
              strokeDasharray={classDash(i)}
              strokeWidth={1.75}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
        {points.length === 0 ? <p className="curve-chart__empty">Gradient norms appear here once training starts.</p> : null}
      </div>
    </div>
  );
});
