import { learningRateAt } from '../../../core/training/schedules';
import { useAppStore } from '../../store/appStore';
import { stepPlan, type StepPlan } from './learningRatePlan';

/** The planned steps of the run under the current settings. */
export function useStepPlan(): StepPlan {
  const settings = useAppStore((state) => state.settings);
  const trainImages = useAppStore((state) => state.datasetSizes?.train ?? null);
  return stepPlan(settings, trainImages);
}

/**
 * The learning rate the next batch uses: while a run trains, the worker's own
 * report; otherwise the schedule under the current settings at the next step.
 */
export function useNextLearningRate(): number {
  const settings = useAppStore((state) => state.settings);
  const batch = useAppStore((state) => state.batch);
  const running = useAppStore((state) => state.trainingState === 'running');
  const reported = useAppStore((state) => state.nextLearningRate);
  const plan = useStepPlan();
  if (running && reported !== null) return reported;
  return learningRateAt(settings, batch, plan.stepsPerEpoch, plan.totalSteps);
}
