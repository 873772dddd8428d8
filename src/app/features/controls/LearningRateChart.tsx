import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { learningRateAt } from '../../../core/training/schedules';
import { formatInteger } from '../../components/format';
import { useOnScreen } from '../../components/useOnScreen';
import { useAppStore } from '../../store/appStore';
import { usePacedStore } from '../../store/usePacedStore';
import { scheduleCurve } from './learningRatePlan';
import { MiniLineChart, stepsPerPixel } from './MiniLineChart';
import { useStepPlan } from './useNextLearningRate';

/**
 * The schedule's learning rate over the run's planned steps, with a dot on
 * the curve at the next step. While a run trains the dot moves only when it
 * would move a pixel, and not at all while the chart is off screen.
 */
export function LearningRateChart() {
  const box = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(box);
  const settings = useAppStore((state) => state.settings);
  const { learningRate, schedule } = settings;
  const { stepsPerEpoch, totalSteps } = useStepPlan();
  const pixel = stepsPerPixel(totalSteps);
  const batch = usePacedStore((state) => Math.floor(state.batch / pixel) * pixel, onScreen);
  const step = Math.min(batch, totalSteps - 1);
  const next = learningRateAt(settings, step, stepsPerEpoch, totalSteps);
  const { t } = useTranslation('controls');
  const points = useMemo(
    () => scheduleCurve({ learningRate, schedule }, { stepsPerEpoch, totalSteps }).map(({ step, rate }) => ({ x: step, y: rate })),
    [learningRate, schedule, stepsPerEpoch, totalSteps],
  );
  return (
    <figure className="controls-figure" ref={box}>
      <MiniLineChart label={t('learningRateChart')} testId="learning-rate-chart" points={points} marker={{ x: step, y: next }} />
      <figcaption className="controls-note">{t('learningRateChartNote', { steps: formatInteger(totalSteps) })}</figcaption>
    </figure>
  );
}
