// Optimizers as data: update rules in LaTeX and hyperparameters whose keys are
// the argument names of the tf.train.* constructors. g_t is the gradient of
// the loss with respect to the weights θ at step t, η the learning rate.
import { formatLatexNumber } from '../latexNumber';
import type { OptimizerId } from './types';

export { formatLatexNumber } from '../latexNumber';

/** One optimizer hyperparameter other than the learning rate. */
export interface HyperparamSpec {
  /** Key in `TrainingSettings.optimizerParams`; the tf.train.* argument name. */
  key: string;
  /** KaTeX symbol used in the update rule. */
  symbol: string;
  label: string;
  default: number;
  min: number;
  max: number;
}

/** One optimizer: label, update rule, hyperparameters and state size. */
export interface OptimizerSpec {
  id: OptimizerId;
  label: string;
  /** KaTeX source of the update rule for one step. */
  latex: string;
  /** Two or three plain sentences: how it moves the weights and when to choose it. */
  description: string;
  hyperparams: HyperparamSpec[];
  /** A learning rate that usually works on MNIST with this optimizer. */
  suggestedLearningRate: number;
  /** Extra values the optimizer keeps per weight (for memory estimates). */
  slots: number;
}

const epsilon: HyperparamSpec = { key: 'epsilon', symbol: String.raw`\epsilon`, label: 'Epsilon', default: 1e-7, min: 1e-10, max: 1 };
const beta1: HyperparamSpec = { key: 'beta1', symbol: String.raw`\beta_1`, label: 'Beta 1', default: 0.9, min: 0, max: 0.9999 };
const beta2: HyperparamSpec = { key: 'beta2', symbol: String.raw`\beta_2`, label: 'Beta 2', default: 0.999, min: 0, max: 0.99999 };

const aligned = (...rows: string[]): string => String.raw`\begin{aligned} ${rows.join(String.raw` \\ `)} \end{aligned}`;

/** Every optimizer, keyed by id. */
export const OPTIMIZERS: Record<OptimizerId, OptimizerSpec> = {
  sgd: {
    id: 'sgd',
    label: 'SGD',
    latex: String.raw`\theta_{t+1} = \theta_t - \eta\, g_t`,
    description:
      'Steps every weight against its gradient, scaled by the learning rate. It is simple and generalizes well, but needs a well-tuned, fairly large learning rate and many steps.',
    hyperparams: [],
    suggestedLearningRate: 0.1,
    slots: 0,
  },
  momentum: {
    id: 'momentum',
    label: 'Momentum',
    latex: aligned(String.raw`v_t &= \mu\, v_{t-1} + g_t`, String.raw`\theta_{t+1} &= \theta_t - \eta\, v_t`),
    description:
      'Keeps a running velocity of past gradients, so steps build up along consistent directions and noise cancels out. It converges much faster than plain SGD on the same learning rate.',
    hyperparams: [{ key: 'momentum', symbol: String.raw`\mu`, label: 'Momentum', default: 0.9, min: 0, max: 0.999 }],
    suggestedLearningRate: 0.01,
    slots: 1,
  },
  adagrad: {
    id: 'adagrad',
    label: 'Adagrad',
    latex: aligned(
      String.raw`G_t &= G_{t-1} + g_t^2,\quad G_0 = G_{\text{init}}`,
      String.raw`\theta_{t+1} &= \theta_t - \frac{\eta}{\sqrt{G_t}}\, g_t`,
    ),
    description:
      'Gives each weight its own step size that shrinks with the sum of its squared gradients. Rarely updated weights keep large steps, but the steps only ever shrink, so long runs slow down.',
    hyperparams: [
      { key: 'initialAccumulatorValue', symbol: String.raw`G_{\text{init}}`, label: 'Initial accumulator', default: 0.1, min: 0, max: 10 },
    ],
    suggestedLearningRate: 0.01,
    slots: 1,
  },
  adadelta: {
    id: 'adadelta',
    label: 'Adadelta',
    latex: aligned(
      String.raw`E[g^2]_t &= \rho\, E[g^2]_{t-1} + (1 - \rho)\, g_t^2`,
      String.raw`\Delta\theta_t &= -\frac{\sqrt{E[\Delta\theta^2]_{t-1} + \epsilon}}{\sqrt{E[g^2]_t + \epsilon}}\, g_t`,
      String.raw`E[\Delta\theta^2]_t &= \rho\, E[\Delta\theta^2]_{t-1} + (1 - \rho)\, \Delta\theta_t^2`,
      String.raw`\theta_{t+1} &= \theta_t + \eta\, \Delta\theta_t`,
    ),
    description:
      'Fixes Adagrad’s ever-shrinking steps by using decaying averages of squared gradients and of past updates. Its step size comes out in the units of the weights, so it is meant to run with a learning rate near 1.',
    hyperparams: [
      { key: 'rho', symbol: String.raw`\rho`, label: 'Rho', default: 0.95, min: 0, max: 0.999 },
      epsilon,
    ],
    suggestedLearningRate: 1,
    slots: 2,
  },
  rmsprop: {
    id: 'rmsprop',
    label: 'RMSprop',
    latex: aligned(
      String.raw`s_t &= \rho\, s_{t-1} + (1 - \rho)\, g_t^2`,
      String.raw`m_t &= \mu\, m_{t-1} + \frac{\eta}{\sqrt{s_t + \epsilon}}\, g_t`,
      String.raw`\theta_{t+1} &= \theta_t - m_t`,
    ),
    description:
      'Divides each step by a running root-mean-square of recent gradients, so every weight moves at a similar pace. It handles badly scaled problems well and is a good default for small learning rates.',
    hyperparams: [
      { key: 'decay', symbol: String.raw`\rho`, label: 'Decay', default: 0.9, min: 0, max: 0.999 },
      { key: 'momentum', symbol: String.raw`\mu`, label: 'Momentum', default: 0, min: 0, max: 0.999 },
      epsilon,
    ],
    suggestedLearningRate: 0.001,
    slots: 2,
  },
  adam: {
    id: 'adam',
    label: 'Adam',
    latex: aligned(
      String.raw`m_t &= \beta_1 m_{t-1} + (1 - \beta_1)\, g_t`,
      String.raw`v_t &= \beta_2 v_{t-1} + (1 - \beta_2)\, g_t^2`,
      String.raw`\hat{m}_t &= \frac{m_t}{1 - \beta_1^t},\quad \hat{v}_t = \frac{v_t}{1 - \beta_2^t}`,
      String.raw`\theta_{t+1} &= \theta_t - \eta\, \frac{\hat{m}_t}{\sqrt{\hat{v}_t} + \epsilon}`,
    ),
    description:
      'Combines momentum with RMSprop-style per-weight scaling and corrects both averages for their start at zero. It works well with little tuning, which makes it the usual first choice.',
    hyperparams: [beta1, beta2, epsilon],
    suggestedLearningRate: 0.001,
    slots: 2,
  },
  adamax: {
    id: 'adamax',
    label: 'Adamax',
    latex: aligned(
      String.raw`m_t &= \beta_1 m_{t-1} + (1 - \beta_1)\, g_t`,
      String.raw`u_t &= \max(\beta_2 u_{t-1},\ |g_t|)`,
      String.raw`\theta_{t+1} &= \theta_t - \frac{\eta}{1 - \beta_1^t}\, \frac{m_t}{u_t + \epsilon}`,
    ),
    description:
      'A variant of Adam that scales steps by the largest recent gradient size instead of the root-mean-square. It is more stable when gradients are occasionally very large.',
    hyperparams: [beta1, beta2, epsilon],
    suggestedLearningRate: 0.002,
    slots: 2,
  },
};

/** Optimizer ids in menu order. */
export const OPTIMIZER_IDS = Object.keys(OPTIMIZERS) as OptimizerId[];

/** The catalogue defaults of an optimizer's hyperparameters, by key. */
export function defaultOptimizerParams(id: OptimizerId): Record<string, number> {
  return Object.fromEntries(OPTIMIZERS[id].hyperparams.map((h) => [h.key, h.default]));
}

/**
 * One hyperparameter of an optimizer as a run uses it: the setting when it is
 * a finite number, else the catalogue default. A key the optimizer does not
 * have is a programming error and throws.
 */
export function optimizerParam(id: OptimizerId, params: Readonly<Record<string, number>>, key: string): number {
  const spec = OPTIMIZERS[id].hyperparams.find((h) => h.key === key);
  if (!spec) throw new RangeError(`${OPTIMIZERS[id].label} has no hyperparameter '${key}'.`);
  const value = params[key];
  return Number.isFinite(value) ? value : spec.default;
}

/** The learning rate and each hyperparameter as its own KaTeX equation, e.g. "\eta = 0.001", "\beta_1 = 0.9". */
export function optimizerValueParts(id: OptimizerId, learningRate: number, params: Record<string, number>): string[] {
  const parts = [String.raw`\eta = ${formatLatexNumber(learningRate)}`];
  for (const h of OPTIMIZERS[id].hyperparams) {
    parts.push(`${h.symbol} = ${formatLatexNumber(params[h.key] ?? h.default)}`);
  }
  return parts;
}

