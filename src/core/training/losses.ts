// Loss functions as data. y is the one-hot label, ŷ the network output, both
// of length K = 10; each formula is for one sample and the loss is its mean over the batch.
import type { LossId } from './types';

/** One loss function: label, formula and whether it expects softmax probabilities. */
export interface LossSpec {
  id: LossId;
  label: string;
  /** KaTeX source of the per-sample loss. */
  latex: string;
  /** Two or three plain sentences: what it measures and when to choose it. */
  description: string;
  /** True when the output must be a probability distribution (a softmax output layer). */
  needsProbabilities: boolean;
}

/** Every loss, keyed by id. */
export const LOSSES: Record<LossId, LossSpec> = {
  categoricalCrossentropy: {
    id: 'categoricalCrossentropy',
    label: 'Categorical cross-entropy',
    latex: String.raw`L = -\sum_{k=1}^{K} y_k \log \hat{y}_k`,
    description:
      'Measures how surprised the network is by the true class: minus the log of the probability it gave that class. It is the standard loss for classification and needs a softmax output.',
    needsProbabilities: true,
  },
  meanSquaredError: {
    id: 'meanSquaredError',
    label: 'Mean squared error',
    latex: String.raw`L = \frac{1}{K} \sum_{k=1}^{K} \left(y_k - \hat{y}_k\right)^2`,
    description:
      'Averages the squared differences between the outputs and the one-hot label. It is the usual loss for regression; for classification it gives weak gradients once outputs saturate, so it trains more slowly than cross-entropy.',
    needsProbabilities: false,
  },
  meanAbsoluteError: {
    id: 'meanAbsoluteError',
    label: 'Mean absolute error',
    latex: String.raw`L = \frac{1}{K} \sum_{k=1}^{K} \left|y_k - \hat{y}_k\right|`,
    description:
      'Averages the absolute differences between the outputs and the one-hot label. Its gradient has the same size however wrong the output is, which makes it robust to outliers but slow for classification.',
    needsProbabilities: false,
  },
  categoricalHinge: {
    id: 'categoricalHinge',
    label: 'Categorical hinge',
    latex: String.raw`L = \max\Big(0,\ 1 + \max_{k \ne c} \hat{y}_k - \hat{y}_c\Big)`,
    description:
      'Asks the score of the true class c to beat every other score by a margin of 1, as a multi-class support vector machine does. It stops pushing once the margin is met and works with raw or softmax outputs.',
    needsProbabilities: false,
  },
};

/** Loss ids in menu order. */
export const LOSS_IDS = Object.keys(LOSSES) as LossId[];
