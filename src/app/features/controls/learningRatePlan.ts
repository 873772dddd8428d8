// The learning rate of every planned step of the run under the current
// settings, for the schedule chart and the readout before the worker reports.
import { batchesPerEpoch } from '../../../core/data/batches';
import { learningRateAt } from '../../../core/training/schedules';
import type { TrainingSettings } from '../../../core/training/types';

/** Steps per epoch and in the whole run. */
export interface StepPlan {
  stepsPerEpoch: number;
  totalSteps: number;
}

/** How many batches the run plans, from the training images it will use. */
export function stepPlan(settings: Pick<TrainingSettings, 'trainingSamples' | 'batchSize' | 'epochs'>, trainImages: number | null): StepPlan {
  const count = Math.max(1, Math.min(settings.trainingSamples, trainImages ?? settings.trainingSamples));
  const stepsPerEpoch = batchesPerEpoch(count, Math.max(1, settings.batchSize));
  return { stepsPerEpoch, totalSteps: stepsPerEpoch * Math.max(1, settings.epochs) };
}

/** At most `points` (step, rate) pairs spread over the run, first and last step included. */
export function scheduleCurve(
  settings: Pick<TrainingSettings, 'learningRate' | 'schedule'>,
  plan: StepPlan,
  points = 120,
): { step: number; rate: number }[] {
  const last = Math.max(0, plan.totalSteps - 1);
  const count = Math.min(points, last + 1);
  const steps = count <= 1 ? [0] : Array.from({ length: count }, (_, i) => Math.round((i * last) / (count - 1)));
  return steps.map((step) => ({ step, rate: learningRateAt(settings, step, plan.stepsPerEpoch, plan.totalSteps) }));
}
