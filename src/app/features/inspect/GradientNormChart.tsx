import { memo, useCallback, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { shallow } from 'zustand/shallow';
import { formatInteger, formatLoss } from '../../components/format';
import { useOnScreen } from '../../components/useOnScreen';
import { seriesForChart } from '../../store/boundedSeries';
import { usePacedStore } from '../../store/usePacedStore';
import { logAxisFor } from '../charts/logAxis';
import { LineChart, linearYAxis, type ChartHover, type ChartSeries, type ChartYAxis } from '../charts/LineChart';
import { classColor, classDash } from '../evaluation/classColors';
import '../charts/charts.css';

/** A norm for the chart: on a log axis, zero and non-finite norms are left out. */
function plotted(norm: number | undefined, log: boolean): number | null {
  if (norm === undefined || !Number.isFinite(norm)) return null;
  return log && norm <= 0 ? null : norm;
}

/** Per-layer gradient norms over the run: vanishing and exploding gradients made visible. */
export const GradientNormChart = memo(function GradientNormChart() {
  const box = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(box);
  const [norms, layers] = usePacedStore((state) => [state.gradientNorms, state.gradientLayers] as const, onScreen, { equal: shallow });
  const [log, setLog] = useState(true);
  const { t } = useTranslation(['inspect', 'charts']);
  const checkboxId = useId();
  const points = useMemo(() => seriesForChart(norms), [norms]);

  const series = useMemo((): ChartSeries[] => layers.map((layer, i) => ({
    id: layer,
    points: points.map((point) => ({ x: point.batch, y: plotted(point.norms[i], log) })),
    color: classColor(i),
    width: 1.75,
    dash: classDash(i),
  })), [layers, points, log]);
  const xDomain = useMemo((): [number, number] => [0, Math.max(1, points.at(-1)?.batch ?? 1)], [points]);
  const yAxis = useMemo((): ChartYAxis => {
    const values = series.flatMap((line) => line.points.map((point) => point.y));
    if (!log) return linearYAxis(values);
    const { domain, ticks } = logAxisFor(values);
    return { domain, ticks, log: true };
  }, [series, log]);
  const describe = useCallback((batch: number): ChartHover | null => {
    const point = points.reduce<(typeof points)[number] | null>((best, candidate) => (!best || Math.abs(candidate.batch - batch) < Math.abs(best.batch - batch) ? candidate : best), null);
    if (!point) return null;
    return {
      title: t('charts:batchTitle', { batch: formatInteger(point.batch) }),
      rows: layers.map((layer, i) => ({ name: layer, value: formatLoss(point.norms[i] ?? Number.NaN), color: classColor(i) })),
    };
  }, [points, layers, t]);

  return (
    <div className="gradient-norms" data-testid="gradient-norm-chart" ref={box}>
      <div className="chart-toolbar">
        <h3 className="evaluation-block__title">{t('gradientNormTitle')}</h3>
        <label className="chart-toggle" htmlFor={checkboxId}>
          <input id={checkboxId} type="checkbox" checked={log} onChange={(event) => setLog(event.target.checked)} />
          {t('gradientNormLog')}
        </label>
      </div>
      <ul className="chart-legend">
        {layers.map((layer, i) => (
          <li key={layer} className="chart-legend__item" style={{ '--legend-color': classColor(i) } as CSSProperties}>
            {layer}
          </li>
        ))}
      </ul>
      <div className="gradient-norms__plot">
        <LineChart series={series} xDomain={xDomain} yAxis={yAxis} formatX={formatInteger} formatY={formatLoss} describe={describe}>
          {points.length === 0 ? <p className="curve-chart__empty">{t('gradientNormEmpty')}</p> : null}
        </LineChart>
      </div>
    </div>
  );
});
