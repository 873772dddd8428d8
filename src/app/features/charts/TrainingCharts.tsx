import { useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { shallow } from 'zustand/shallow';
import { Panel } from '../../components/Panel';
import { formatLoss } from '../../components/format';
import { useOnScreen } from '../../components/useOnScreen';
import { useAppStore } from '../../store/appStore';
import { usePacedStore } from '../../store/usePacedStore';
import { curveForChart, EMA_SMOOTHING } from '../../store/curves';
import { runColor } from '../runs/runColors';
import { describeLiveChange } from '../settings/describeSettingChange';
import { CurveChart, type ChartMark, type CurveChartConfig, type CurveOverlay } from './CurveChart';
import './charts.css';

const LOSS_CHART: CurveChartConfig = {
  testId: 'loss-chart',
  rawKey: 'loss',
  smoothKey: 'smoothLoss',
  validationKey: 'valLoss',
  rawName: 'Each batch',
  smoothName: 'Smoothed',
  validationName: 'Validation',
  yDomain: [0, null],
  formatY: formatLoss,
  emptyText: 'The loss appears here once training starts.',
};

const ACCURACY_CHART: CurveChartConfig = {
  testId: 'accuracy-chart',
  rawKey: 'accuracy',
  smoothKey: 'smoothAccuracy',
  validationKey: 'valAccuracy',
  rawName: 'Each batch',
  smoothName: 'Smoothed',
  validationName: 'Validation',
  yDomain: [0, 1],
  formatY: (value) => `${Math.round(value * 100)} %`,
  emptyText: 'Accuracy appears here once training starts.',
};

/** Loss and accuracy side by side, for the training batches and the validation split. */
export function TrainingCharts() {
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
        title="Loss"
        aside={
          <label className="chart-toggle" htmlFor={logId}>
            <input id={logId} type="checkbox" checked={logLoss} onChange={(event) => setLayout({ logLossAxis: event.target.checked })} />
            Log scale
          </label>
        }
      >
        <CurveChart config={LOSS_CHART} batches={batches} epochs={epochs} overlays={overlays} marks={marks} logScale={logLoss} />
      </Panel>
      <Panel title="Accuracy">
        <CurveChart config={ACCURACY_CHART} batches={batches} epochs={epochs} overlays={overlays} marks={marks} />
      </Panel>
      <p className="training-charts__caption">
        The x-axis counts training batches. The faint line is each batch; the bold line its moving average
        (each new batch weighs {Math.round((1 - EMA_SMOOTHING) * 100)} %). Dots are the validation images, measured
        at the end of each epoch. Dashed lines are earlier runs you chose under Runs; a dotted vertical line marks a setting
        you changed during the run.
      </p>
    </div>
  );
}

/** The run's live setting changes as labelled lines, one per batch (changes at the same batch share a label). */
function useLiveChangeMarks(): ChartMark[] {
  const changes = useAppStore((state) => state.liveChanges);
  return useMemo(() => {
    const byBatch = new Map<number, string[]>();
    for (const change of changes) byBatch.set(change.batch, [...(byBatch.get(change.batch) ?? []), describeLiveChange(change)]);
    return [...byBatch].map(([batch, labels]) => ({ x: batch, label: labels.join('; ') }));
  }, [changes]);
}

/** Earlier runs chosen for the charts, as dashed overlays (a stable array while the choice is unchanged). */
function useOverlays(): CurveOverlay[] {
  const [history, chosen] = useAppStore(useShallow((state) => [state.runHistory, state.overlaidRuns] as const));
  return useMemo(
    () =>
      history
        .filter((run) => chosen.includes(run.id))
        .map((run) => ({ id: run.id, name: `${run.name} (${run.settingsSummary.split(' · ').slice(0, 2).join(', ')})`, color: runColor(run.id), points: run.curve })),
    [history, chosen],
  );
}
