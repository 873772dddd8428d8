import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import { scheduleCurve } from './learningRatePlan';
import { MiniLineChart } from './MiniLineChart';
import { useNextLearningRate, useStepPlan } from './useNextLearningRate';

/** The schedule's learning rate over the run's planned steps, with a dot at the next step. */
export function LearningRateChart() {
  const learningRate = useAppStore((state) => state.settings.learningRate);
  const schedule = useAppStore((state) => state.settings.schedule);
  const batch = useAppStore((state) => state.batch);
  const { stepsPerEpoch, totalSteps } = useStepPlan();
  const next = useNextLearningRate();
  const { t } = useTranslation('controls');
  const points = useMemo(
    () => scheduleCurve({ learningRate, schedule }, { stepsPerEpoch, totalSteps }).map(({ step, rate }) => ({ x: step, y: rate })),
    [learningRate, schedule, stepsPerEpoch, totalSteps],
  );
  return (
    <figure className="controls-figure">
      <MiniLineChart label={t('learningRateChart')} testId="learning-rate-chart" points={points} marker={{ x: Math.min(batch, totalSteps - 1), y: next }} />
      <figcaption className="controls-note">{t('learningRateChartNote', { steps: formatInteger(totalSteps) })}</figcaption>
    </figure>
  );
}
