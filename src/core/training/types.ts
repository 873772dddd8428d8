import type { DatasetId } from '../data/datasets';
import type { BackendChoice } from './backends';

export type { BackendChoice, BackendName } from './backends';

/** Loss ids; labels and formulas live in `losses.ts`. */
export type LossId = 'categoricalCrossentropy' | 'meanSquaredError' | 'meanAbsoluteError' | 'categoricalHinge';

/** Optimizer ids; labels, update rules and hyperparameters live in `optimizers.ts`. */
export type OptimizerId = 'sgd' | 'momentum' | 'adagrad' | 'adadelta' | 'rmsprop' | 'adam' | 'adamax';

/** How weight decay enters training: a penalty added to the loss (L2 or L1, coupled), or a shrink after each step (decoupled, AdamW-style). */
export type WeightDecayType = 'l2' | 'l1' | 'decoupled';

/** Learning-rate schedule ids. */
export type ScheduleId = 'constant' | 'stepDecay' | 'exponentialDecay' | 'cosine' | 'warmupCosine';

/** Everything about a run that is not the network itself. */
export interface TrainingSettings {
  /** The data set a run trains and is evaluated on (a new-run setting). */
  dataset: DatasetId;
  loss: LossId;
  /** Label smoothing ε for categorical cross-entropy: targets become (1 - ε) y + ε / K (0 = off). */
  labelSmoothing: number;
  optimizer: OptimizerId;
  /** Optimizer hyperparameters other than the learning rate, by catalogue key (beta1, momentum, ...). */
  optimizerParams: Record<string, number>;
  /** Momentum only: Nesterov's look-ahead form of the update. */
  nesterov: boolean;
  /** RMSprop only: divide by the variance of the gradients rather than their mean square. */
  centered: boolean;
  learningRate: number;
  schedule: ScheduleId;
  batchSize: number;
  epochs: number;
  /** How many of the 55,000 training images one epoch uses. */
  trainingSamples: number;
  seed: number;
  /** Weight decay strength λ (0 = off); how it applies is `weightDecayType`. */
  weightDecay: number;
  weightDecayType: WeightDecayType;
  /** Global gradient-norm ceiling (0 = off). */
  clipNorm: number;
  /** Augment data: the master switch of the four augmentations below. */
  augment: boolean;
  /** Largest random shift in pixels along x and along y (integer). */
  augmentShift: number;
  /** Largest random rotation in degrees, either way. */
  augmentRotation: number;
  /** Largest random scaling in percent, up or down. */
  augmentScale: number;
  /** Standard deviation of Gaussian pixel noise on the 0..1 scale. */
  augmentNoise: number;
  /** Stop when the validation loss has not improved for `patience` epochs, and restore the best weights. */
  earlyStopping: boolean;
  /** Epochs without a better validation loss before early stopping ends the run. */
  patience: number;
  backend: BackendChoice;
}
