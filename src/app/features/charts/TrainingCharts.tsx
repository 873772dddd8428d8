import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { shallow } from 'zustand/shallow';
import { Panel } from '../../components/Panel';
import { formatLoss, formatPercent } from '../../components/format';
import { useOnScreen } from '../../components/useOnScreen';
import { useAppStore } from '../../store/appStore';
import { usePacedStore } from '../../store/usePacedStore';
import { curveForChart, EMA_SMOOTHING } from '../../store/curves';
import { runColor } from '../runs/runColors';
import { summarizeSettings } from '../runs/runSummary';
import { describeLiveChange } from '../settings/describeSettingChange';
import { CurveChart, type ChartMark, type CurveChartConfig, type CurveOverlay } from './CurveChart';
import './charts.css';

const lossChart = (t: TFunction<'charts'>): CurveChartConfig => ({
  testId: 'loss-chart',
  rawKey: 'loss',
  smoothKey: 'smoothLoss',
  validationKey: 'valLoss',
  rawName: t('eachBatch'),
  smoothName: t('smoothed'),
  validationName: t('validation'),
  yDomain: [0, null],
  formatY: formatLoss,
  emptyText: t('lossEmpty'),
});

const accuracyChart = (t: TFunction<'charts'>): CurveChartConfig => ({
  testId: 'accuracy-chart',
  rawKey: 'accuracy',
  smoothKey: 'smoothAccuracy',
  validationKey: 'valAccuracy',
  rawName: t('eachBatch'),
  smoothName: t('smoothed'),
  validationName: t('validation'),
  yDomain: [0, 1],
  formatY: (value) => formatPercent(value, 0),
  emptyText: t('accuracyEmpty'),
});

/** Loss and accuracy side by side, for the training batches and the validation split. */
export function TrainingCharts() {
  const { t } = useTranslation('charts');
  const LOSS_CHART = useMemo(() => lossChart(t), [t]);
  const ACCURACY_CHART = useMemo(() => accuracyChart(t), [t]);
  const box = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(box);
  const [curve, epochs] = usePacedStore((state) => [state.batchCurve, state.epochPoints] as const, onScreen, { equal: shallow });
  const batches = useMemo(() => curveForChart(curve), [curve]);
  const overlays = useOverlays();
  const marks = useLiveChangeMarks();
  const logLoss = useAppStore((state) => state.layout.logLossAxis);
  const setLayout = useAppStore((state) => state.setLayout);
  const logId = useId();

  return (
    <div className="training-charts" ref={box}>
      <Panel
        title={t('loss')}
        aside={
          <label className="chart-toggle" htmlFor={logId}>
            <input id={logId} type="checkbox" checked={logLoss} onChange={(event) => setLayout({ logLossAxis: event.target.checked })} />
            {t('logScale')}
          </label>
        }
      >
        <CurveChart config={LOSS_CHART} batches={batches} epochs={epochs} overlays={overlays} marks={marks} logScale={logLoss} />
      </Panel>
      <Panel title={t('accuracy')}>
        <CurveChart config={ACCURACY_CHART} batches={batches} epochs={epochs} overlays={overlays} marks={marks} />
      </Panel>
      <p className="training-charts__caption">
        {t('caption', { weight: Math.round((1 - EMA_SMOOTHING) * 100) })}
      </p>
    </div>
  );
}

/** The run's live setting changes as labelled lines, one per batch (changes at the same batch share a label). */
function useLiveChangeMarks(): ChartMark[] {
  const changes = useAppStore((state) => state.liveChanges);
  // The marks' words are in the page's language: a language change makes them again.
  const { i18n: { language } } = useTranslation();
  return useMemo(() => {
    if (!language) return [];
    const byBatch = new Map<number, string[]>();
    for (const change of changes) byBatch.set(change.batch, [...(byBatch.get(change.batch) ?? []), describeLiveChange(change)]);
    return [...byBatch].map(([batch, labels]) => ({ x: batch, label: labels.join('; ') }));
  }, [changes, language]);
}

/** Earlier runs chosen for the charts, as dashed overlays (a stable array while the choice is unchanged). */
function useOverlays(): CurveOverlay[] {
  const [history, chosen] = useAppStore(useShallow((state) => [state.runHistory, state.overlaidRuns] as const));
  const { t } = useTranslation(['charts', 'runs']);
  return useMemo(
    () =>
      history
        .filter((run) => chosen.includes(run.id))
        .map((run) => ({ id: run.id, name: `${t('runs:runName', { id: run.id })} (${summarizeSettings(run.settings).split(' · ').slice(0, 2).join(', ')})`, color: runColor(run.id), points: run.curve })),
    [history, chosen, t],
  );
}
