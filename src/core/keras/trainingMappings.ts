// The app's training settings in Keras, as data keyed by the catalogue ids:
// losses, optimizers, schedules, data sets, and one entry per settings field,
// so a new loss, optimizer, schedule or setting without its Keras form fails
// to compile. Each `note` is written into the script where Keras does not do
// exactly what the app does.
import { EXPONENTIAL_FINAL_FRACTION, STEP_DECAY_FACTOR, STEP_DECAY_STAGES, WARMUP_FRACTION } from '../training/schedules';
import type { LossId, OptimizerId, ScheduleId, TrainingSettings } from '../training/types';
import { pyFloat, pyInt, pyString } from './python';

/** A loss as a keras.losses class. */
export const KERAS_LOSSES: Record<LossId, { className: string }> = {
  categoricalCrossentropy: { className: 'CategoricalCrossentropy' },
  meanSquaredError: { className: 'MeanSquaredError' },
  meanAbsoluteError: { className: 'MeanAbsoluteError' },
  categoricalHinge: { className: 'CategoricalHinge' },
};

/** An optimizer as a keras.optimizers class: its hyperparameters by catalogue key, arguments the app
 * fixes, and what differs from the app (TensorFlow.js). */
export interface KerasOptimizer {
  className: string;
  /** Keras argument name of each catalogue hyperparameter (keys of OPTIMIZERS[id].hyperparams). */
  hyperparams: Record<string, string>;
  /** Arguments written as they are (Python source). */
  fixed: Record<string, string>;
  /** Keras argument of each on/off setting the optimizer reads (Nesterov, Centered), written True or False. */
  flags?: Partial<Record<'nesterov' | 'centered', string>>;
  /** Comment lines on what Keras does differently, if anything. */
  note?: string[];
  /** Extra comment lines when the learning rate changes during the run. */
  scheduleNote?: string[];
}

const ADAM_EPSILON_NOTE = [
  'Keras adds epsilon to sqrt(v) before the bias correction, the app (TensorFlow.js) after it:',
  'the same as the app with epsilon / sqrt(1 - beta_2^t), a difference that fades after the first steps.',
];

/** Every optimizer, keyed by the catalogue's ids. */
export const KERAS_OPTIMIZERS: Record<OptimizerId, KerasOptimizer> = {
  sgd: { className: 'SGD', hyperparams: {}, fixed: {} },
  momentum: {
    className: 'SGD',
    hyperparams: { momentum: 'momentum' },
    fixed: {},
    flags: { nesterov: 'nesterov' },
    scheduleNote: [
      'Keras keeps the velocity in steps (v = momentum * v - lr * g), the app in gradients',
      '(v = momentum * v + g, step lr * v): the same with a constant learning rate, a little',
      'different while the schedule changes it.',
    ],
  },
  adagrad: {
    className: 'Adagrad',
    hyperparams: { initialAccumulatorValue: 'initial_accumulator_value' },
    fixed: { epsilon: '1e-07' },
  },
  adadelta: { className: 'Adadelta', hyperparams: { rho: 'rho', epsilon: 'epsilon' }, fixed: {} },
  rmsprop: { className: 'RMSprop', hyperparams: { decay: 'rho', momentum: 'momentum', epsilon: 'epsilon' }, fixed: {}, flags: { centered: 'centered' } },
  adam: { className: 'Adam', hyperparams: { beta1: 'beta_1', beta2: 'beta_2', epsilon: 'epsilon' }, fixed: {}, note: ADAM_EPSILON_NOTE },
  adamax: { className: 'Adamax', hyperparams: { beta1: 'beta_1', beta2: 'beta_2', epsilon: 'epsilon' }, fixed: {} },
};

/** A schedule as Python: the expression for the optimizer's learning_rate, whether it needs
 * `total_steps` (and `steps_per_epoch`), and a class the script defines for it. */
export interface KerasSchedule {
  expression: string;
  needsSteps: boolean;
  helper?: string[];
}

const WARMUP_COSINE_CLASS = [
  'class WarmupCosine(keras.optimizers.schedules.LearningRateSchedule):',
  '    """The app\'s warmup + cosine: up linearly over warmup_steps (reaching the full rate on the',
  '    last warmup step), then half a cosine down to zero at total_steps."""',
  '',
  '    def __init__(self, learning_rate, warmup_steps, total_steps):',
  '        self.learning_rate = learning_rate',
  '        self.warmup_steps = warmup_steps',
  '        self.total_steps = total_steps',
  '',
  '    def __call__(self, step):',
  '        step = keras.ops.cast(step, "float32")',
  '        warmup = self.learning_rate * (step + 1) / self.warmup_steps',
  '        progress = (step - self.warmup_steps) / max(1, self.total_steps - self.warmup_steps)',
  '        cosine = self.learning_rate / 2 * (1 + keras.ops.cos(math.pi * progress))',
  '        return keras.ops.where(step < self.warmup_steps, warmup, cosine)',
  '',
  '    def get_config(self):',
  '        return {"learning_rate": self.learning_rate, "warmup_steps": self.warmup_steps, "total_steps": self.total_steps}',
];

const schedules = 'keras.optimizers.schedules';

/** Every schedule, keyed by the catalogue's ids; the constants come from schedules.ts. */
export const KERAS_SCHEDULES: Record<ScheduleId, KerasSchedule> = {
  constant: { expression: 'LEARNING_RATE', needsSteps: false },
  stepDecay: {
    expression: `${schedules}.ExponentialDecay(LEARNING_RATE, decay_steps=total_steps / ${pyInt(STEP_DECAY_STAGES)}, decay_rate=${pyFloat(STEP_DECAY_FACTOR)}, staircase=True)`,
    needsSteps: true,
  },
  exponentialDecay: {
    expression: `${schedules}.ExponentialDecay(LEARNING_RATE, decay_steps=total_steps, decay_rate=${pyFloat(EXPONENTIAL_FINAL_FRACTION)})`,
    needsSteps: true,
  },
  cosine: { expression: `${schedules}.CosineDecay(LEARNING_RATE, decay_steps=total_steps)`, needsSteps: true },
  warmupCosine: {
    expression: `WarmupCosine(LEARNING_RATE, max(1, min(steps_per_epoch, math.ceil(total_steps * ${pyFloat(WARMUP_FRACTION)}))), total_steps)`,
    needsSteps: true,
    helper: WARMUP_COSINE_CLASS,
  },
};

/** The keras.datasets module of each data set. */
export const KERAS_DATASETS: Record<TrainingSettings['dataset'], string> = {
  mnist: 'mnist',
  // Keras's copy has Zalando's official split, not the app's build-time one (README, "The data files").
  fashionMnist: 'fashion_mnist',
};

/** How each settings field reaches the script: a constant at the top (`constant`, written by
 * `value`), or code elsewhere (`in`), with a comment where Keras has no exact counterpart. */
export type SettingMapping =
  | { constant: string; value: (settings: TrainingSettings) => string; note?: string }
  | { in: 'compile' | 'optimizer' | 'schedule' | 'fit'; note?: string };

/** Every settings field; adding one to TrainingSettings without an entry here fails to compile. */
export const KERAS_SETTINGS: Record<keyof TrainingSettings, SettingMapping> = {
  dataset: { in: 'fit' },
  loss: { in: 'compile' },
  labelSmoothing: { in: 'compile' },
  optimizer: { in: 'optimizer' },
  optimizerParams: { in: 'optimizer' },
  nesterov: { in: 'optimizer' },
  centered: { in: 'optimizer' },
  learningRate: { constant: 'LEARNING_RATE', value: (s) => pyFloat(s.learningRate) },
  schedule: { in: 'schedule' },
  batchSize: { constant: 'BATCH_SIZE', value: (s) => pyInt(s.batchSize) },
  epochs: { constant: 'EPOCHS', value: (s) => pyInt(s.epochs) },
  trainingSamples: { constant: 'TRAINING_SAMPLES', value: (s) => pyInt(s.trainingSamples) },
  seed: {
    constant: 'SEED',
    value: (s) => pyInt(s.seed),
    note: 'The same seed does not give the app\'s weights or batch order: Keras draws them from other generators.',
  },
  weightDecay: {
    constant: 'WEIGHT_DECAY',
    value: (s) => pyFloat(s.weightDecay),
    note: 'On kernels only, as WEIGHT_DECAY_TYPE says; decoupled decay: Keras applies it just before each step, the app just after it.',
  },
  weightDecayType: { constant: 'WEIGHT_DECAY_TYPE', value: (s) => pyString(s.weightDecayType) },
  clipNorm: { constant: 'CLIP_NORM', value: (s) => pyFloat(s.clipNorm), note: 'The global gradient norm ceiling; 0 means off.' },
  augment: { in: 'fit' },
  augmentShift: { in: 'fit' },
  augmentRotation: { in: 'fit' },
  augmentScale: { in: 'fit' },
  augmentNoise: { in: 'fit' },
  earlyStopping: { in: 'fit' },
  patience: { in: 'fit' },
  backend: {
    in: 'fit',
    note: 'The app\'s Backend setting has no counterpart here: Keras picks its backend from KERAS_BACKEND.',
  },
};
