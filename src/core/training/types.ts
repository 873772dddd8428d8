import type { DatasetId } from '../data/datasets';
import type { BackendChoice } from './backends';

export type { BackendChoice, BackendName } from './backends';

/** Loss ids; labels and formulas live in `losses.ts`. */
export type LossId = 'categoricalCrossentropy' | 'meanSquaredError' | 'meanAbsoluteError' | 'categoricalHinge';

/** Optimizer ids; labels, update rules and hyperparameters live in `optimizers.ts`. */
export type OptimizerId = 'sgd' | 'momentum' | 'adagrad' | 'adadelta' | 'rmsprop' | 'adam' | 'adamax';

/** Learning-rate schedule ids. */
export type ScheduleId = 'constant' | 'stepDecay' | 'exponentialDecay' | 'cosine' | 'warmupCosine';

/** Everything about a run that is not the network itself. */
export interface TrainingSettings {
  /** The data set a run trains and is evaluated on (a new-run setting). */
  dataset: DatasetId;
  loss: LossId;
  optimizer: OptimizerId;
  /** Optimizer hyperparameters other than the learning rate, by catalogue key (beta1, momentum, ...). */
  optimizerParams: Record<string, number>;
  learningRate: number;
  schedule: ScheduleId;
  batchSize: number;
  epochs: number;
  /** How many of the 55,000 training images one epoch uses. */
  trainingSamples: number;
  seed: number;
  /** Decoupled weight decay per step (0 = off). */
  weightDecay: number;
  /** Global gradient-norm ceiling (0 = off). */
  clipNorm: number;
  augment: boolean;
  backend: BackendChoice;
}
