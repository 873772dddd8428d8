// Learning-rate schedules as data plus the one function the engine calls per
// batch. t counts batches already trained in the run (0 for the first batch),
// T is the run's total number of batches, η₀ the learning rate setting.
import { formatLatexNumber } from '../latexNumber';
import type { ScheduleId, TrainingSettings } from './types';

/** One schedule: label, formula and explanation. */
export interface ScheduleSpec {
  id: ScheduleId;
  label: string;
  /** KaTeX source of η_t. */
  latex: string;
  /** Two or three plain sentences: how the rate changes and when to choose it. */
  description: string;
}

/** Step decay multiplies the rate by this factor at each drop. */
export const STEP_DECAY_FACTOR = 0.5;
/** Step decay splits the run into this many equal stages. */
export const STEP_DECAY_STAGES = 4;
/** Exponential decay ends the run at this fraction of the starting rate. */
export const EXPONENTIAL_FINAL_FRACTION = 0.1;
/** Warmup lasts this fraction of the run, but at most one epoch. */
export const WARMUP_FRACTION = 0.1;

/** Every schedule, keyed by id. */
export const SCHEDULES: Record<ScheduleId, ScheduleSpec> = {
  constant: {
    id: 'constant',
    label: 'Constant',
    latex: String.raw`\eta_t = \eta_0`,
    description:
      'Keeps the learning rate the same for the whole run. It is the simplest choice and fine for short runs with adaptive optimizers such as Adam.',
  },
  stepDecay: {
    id: 'stepDecay',
    label: 'Step decay',
    latex: String.raw`\eta_t = \eta_0 \cdot ${formatLatexNumber(STEP_DECAY_FACTOR)}^{\lfloor ${STEP_DECAY_STAGES}t / T \rfloor}`,
    description:
      `Multiplies the learning rate by ${STEP_DECAY_FACTOR} at the start of each of the run's ${STEP_DECAY_STAGES} equal stages after the first. Large early steps make fast progress and the smaller later steps settle into a minimum.`,
  },
  exponentialDecay: {
    id: 'exponentialDecay',
    label: 'Exponential decay',
    latex: String.raw`\eta_t = \eta_0 \cdot ${formatLatexNumber(EXPONENTIAL_FINAL_FRACTION)}^{\,t / T}`,
    description:
      `Shrinks the learning rate smoothly by the same factor every step, ending at ${EXPONENTIAL_FINAL_FRACTION} times the starting rate. It behaves like step decay without the sudden jumps.`,
  },
  cosine: {
    id: 'cosine',
    label: 'Cosine',
    latex: String.raw`\eta_t = \frac{\eta_0}{2}\left(1 + \cos\frac{\pi t}{T}\right)`,
    description:
      'Lowers the learning rate along half a cosine wave, from the full rate to zero at the end of the run. It keeps the rate high for longer than exponential decay and usually ends with a better model.',
  },
  warmupCosine: {
    id: 'warmupCosine',
    label: 'Warmup + cosine',
    latex: String.raw`\eta_t = \begin{cases} \eta_0 \dfrac{t + 1}{W} & t < W \\[4pt] \dfrac{\eta_0}{2}\left(1 + \cos\dfrac{\pi (t - W)}{T - W}\right) & t \ge W \end{cases}`,
    description:
      `Raises the learning rate linearly over the first W steps (${WARMUP_FRACTION * 100} % of the run, at most one epoch), then follows the cosine curve down to zero. The warmup avoids wild early steps when the weights are still random, which matters most for large learning rates and deep networks.`,
  },
};

/** Schedule ids in menu order. */
export const SCHEDULE_IDS = Object.keys(SCHEDULES) as ScheduleId[];

/** Number of warmup batches for the warmup + cosine schedule. */
export function warmupSteps(stepsPerEpoch: number, totalSteps: number): number {
  return Math.max(1, Math.min(stepsPerEpoch, Math.ceil(totalSteps * WARMUP_FRACTION)));
}

/** The learning rate for the batch with 0-based index `step` in a run of `totalSteps` batches. */
export function learningRateAt(
  settings: Pick<TrainingSettings, 'learningRate' | 'schedule'>,
  step: number,
  stepsPerEpoch: number,
  totalSteps: number,
): number {
  const eta = settings.learningRate;
  const total = Math.max(1, totalSteps);
  const t = Math.min(Math.max(0, step), total);
  const cosine = (progress: number): number => (eta / 2) * (1 + Math.cos(Math.PI * progress));
  switch (settings.schedule) {
    case 'constant':
      return eta;
    case 'stepDecay':
      return eta * STEP_DECAY_FACTOR ** Math.floor((STEP_DECAY_STAGES * t) / total);
    case 'exponentialDecay':
      return eta * EXPONENTIAL_FINAL_FRACTION ** (t / total);
    case 'cosine':
      return cosine(t / total);
    case 'warmupCosine': {
      const warmup = warmupSteps(stepsPerEpoch, total);
      if (t < warmup) return (eta * (t + 1)) / warmup;
      return warmup >= total ? eta : cosine((t - warmup) / (total - warmup));
    }
  }
}
