import { useMemo } from 'react';
import { Panel } from '../../components/Panel';
import { formatLoss } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import { curveForChart, EMA_SMOOTHING } from '../../store/curves';
import { CurveChart, type CurveChartConfig } from './CurveChart';
import { useThrottledValue } from './useThrottledValue';
import './charts.css';

/** Shortest time between two chart redraws; a redraw costs far more than a readout update. */
const CHART_REDRAW_MS = 300;

const LOSS_CHART: CurveChartConfig = {
  testId: 'loss-chart',
  rawKey: 'loss',
  smoothKey: 'smoothLoss',
  validationKey: 'valLoss',
  rawName: 'Each batch',
  smoothName: 'Smoothed',
  validationName: 'Validation',
  yDomain: [0, 'auto'],
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
  const curve = useThrottledValue(useAppStore((state) => state.batchCurve), CHART_REDRAW_MS);
  const epochs = useThrottledValue(useAppStore((state) => state.epochPoints), CHART_REDRAW_MS);
  const batches = useMemo(() => curveForChart(curve), [curve]);

  return (
    <div className="training-charts">
      <Panel title="Loss">
        <CurveChart config={LOSS_CHART} batches={batches} epochs={epochs} />
      </Panel>
      <Panel title="Accuracy">
        <CurveChart config={ACCURACY_CHART} batches={batches} epochs={epochs} />
      </Panel>
      <p className="training-charts__caption">
        The x-axis counts training batches. The faint line is each batch; the bold line its moving average
        (each new batch weighs {Math.round((1 - EMA_SMOOTHING) * 100)} %). Dots are the validation images, measured
        at the end of each epoch.
      </p>
    </div>
  );
}
