import { useTranslation } from 'react-i18next';
import { memo, useId, useMemo, useState, type CSSProperties } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ClassRoc } from '../../../worker/protocol';
import { hasLongClassNames, useClassNames } from '../datasets/useDataset';
import { classColor, classDash } from './classColors';
import './rocAndMistakes.css';

interface RocChartProps {
  roc: ClassRoc[];
}

const axisTick = { fill: 'var(--color-axis)', fontSize: 12 };
const formatRate = (value: number) => String(Number(value.toFixed(2)));
/** The zoomed view: false positive rates up to 10 %, true positive rates from 80 %, where good classifiers differ. */
const ZOOM_FPR = 0.1;
const ZOOM_TPR = 0.8;
const ticksOf = ([low, high]: [number, number]) => Array.from({ length: 6 }, (_, i) => low + ((high - low) * i) / 5);

/** The AUC as text: "0.9981", or "n/a" for a class without test images. */
export function formatAuc(auc: number | null): string {
  return auc === null ? 'n/a' : auc.toFixed(4);
}

/** One-vs-rest ROC curves, one line per class, with each class's name and AUC in the legend. */
export const RocChart = memo(function RocChart({ roc }: RocChartProps) {
  const names = useClassNames();
  const [zoomed, setZoomed] = useState(false);
  const { t } = useTranslation('evaluation');
  const zoomId = useId();
  const xDomain: [number, number] = zoomed ? [0, ZOOM_FPR] : [0, 1];
  const yDomain: [number, number] = zoomed ? [ZOOM_TPR, 1] : [0, 1];
  const series = useMemo(
    () =>
      roc.map((curve) => ({
        label: curve.label,
        name: names[curve.label] ?? String(curve.label),
        auc: curve.auc,
        points: curve.fpr.map((fpr, i) => ({ fpr, tpr: curve.tpr[i] ?? 0 })),
      })),
    [roc, names],
  );
  return (
    <figure className="roc-chart" data-testid="roc-chart">
      <label className="chart-toggle" htmlFor={zoomId}>
        <input id={zoomId} type="checkbox" checked={zoomed} onChange={(event) => setZoomed(event.target.checked)} />
        {t('zoom')}
      </label>
      <div className="roc-chart__plot">
        <LineChart responsive style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 12, bottom: 18, left: 0 }}>
          <CartesianGrid stroke="var(--color-grid)" />
          <XAxis
            type="number"
            dataKey="fpr"
            domain={xDomain}
            ticks={ticksOf(xDomain)}
            allowDataOverflow
            tickFormatter={formatRate}
            stroke="var(--color-axis)"
            tick={axisTick}
            label={{ value: t('falsePositiveRate'), position: 'insideBottom', offset: -12, fill: 'var(--color-axis)', fontSize: 12 }}
          />
          <YAxis
            type="number"
            domain={yDomain}
            ticks={ticksOf(yDomain)}
            allowDataOverflow
            tickFormatter={formatRate}
            stroke="var(--color-axis)"
            tick={axisTick}
            width={44}
            label={{ value: t('truePositiveRate'), angle: -90, position: 'insideLeft', offset: 12, fill: 'var(--color-axis)', fontSize: 12 }}
          />
          {zoomed ? null : <ReferenceLine segment={[{ x: 0, y: 0 }, { x: 1, y: 1 }]} stroke="var(--color-border-strong)" strokeDasharray="4 4" />}
          {series.map((curve) => (
            <Line
              key={curve.label}
              data={curve.points}
              dataKey="tpr"
              name={curve.name}
              stroke={classColor(curve.label)}
              strokeDasharray={classDash(curve.label)}
              strokeWidth={1.75}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
      <figcaption>
        <ul className={hasLongClassNames(names) ? 'roc-legend roc-legend--named' : 'roc-legend'} aria-label={t('aucLegend')}>
          <li className="roc-legend__title" aria-hidden="true">
            {t('aucNote')}
          </li>
          {series.map((curve) => (
            <li
              key={curve.label}
              className={classDash(curve.label) ? 'roc-legend__item roc-legend__item--dashed' : 'roc-legend__item'}
              style={{ '--legend-color': classColor(curve.label) } as CSSProperties}
            >
              <span className="roc-legend__digit">{curve.name}</span>
              <span className="roc-legend__auc" data-testid="roc-auc" data-value={curve.auc ?? ''}>
                <span className="visually-hidden">{t('aucOf', { name: curve.name })}</span>
                {formatAuc(curve.auc)}
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
});
