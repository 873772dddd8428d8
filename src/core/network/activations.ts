// Activation functions and weight initializers, as data. Re-exported by catalogue.ts.
import { formatLatexNumber } from '../latexNumber';

/** Activation function ids, shared by Dense, Conv2D, SeparableConv2D and Activation layers. */
export type ActivationId =
  | 'linear'
  | 'relu'
  | 'leakyRelu'
  | 'elu'
  | 'selu'
  | 'sigmoid'
  | 'tanh'
  | 'softmax'
  | 'softplus'
  | 'swish';

/** Slope of Leaky ReLU for negative inputs (the Keras default); the formula, the words and the worker read it. */
export const LEAKY_RELU_ALPHA = 0.3;

/** Weight initializer ids. */
export type InitializerId = 'glorotUniform' | 'glorotNormal' | 'heUniform' | 'heNormal' | 'leCunNormal' | 'zeros';

/** One catalogue entry for a function shown with a formula. */
export interface FormulaEntry<Id extends string> {
  id: Id;
  label: string;
  /** KaTeX source of the definition. */
  latex: string;
  /** Two or three plain sentences: what it does and when to choose it. */
  description: string;
}

/** Every activation function, keyed by id. */
export const ACTIVATIONS: Record<ActivationId, FormulaEntry<ActivationId>> = {
  linear: {
    id: 'linear',
    label: 'Linear',
    latex: String.raw`f(x) = x`,
    description:
      'Passes values through unchanged. Use it before an Add in a residual block or when a later layer applies the nonlinearity.',
  },
  relu: {
    id: 'relu',
    label: 'ReLU',
    latex: String.raw`f(x) = \max(0, x)`,
    description:
      'Keeps positive values and sets negative ones to zero. It is cheap and trains deep networks well, so it is the usual default for hidden layers.',
  },
  leakyRelu: {
    id: 'leakyRelu',
    label: 'Leaky ReLU',
    latex: String.raw`f(x) = \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases},\quad \alpha = ${formatLatexNumber(LEAKY_RELU_ALPHA)}`,
    description:
      `Like ReLU, but negative inputs keep a small slope (${LEAKY_RELU_ALPHA}, the Keras default) instead of becoming zero. Choose it when many ReLU units stop learning because they are always negative.`,
  },
  elu: {
    id: 'elu',
    label: 'ELU',
    latex: String.raw`f(x) = \begin{cases} x & x > 0 \\ e^{x} - 1 & x \le 0 \end{cases}`,
    description:
      'Linear for positive inputs and a smooth curve towards -1 for negative ones. Its outputs are closer to zero-mean than ReLU, which can speed up training a little.',
  },
  selu: {
    id: 'selu',
    label: 'SELU',
    latex: String.raw`f(x) = \lambda \begin{cases} x & x > 0 \\ \alpha (e^{x} - 1) & x \le 0 \end{cases},\quad \lambda \approx 1.0507,\ \alpha \approx 1.6733`,
    description:
      'A scaled ELU whose constants keep activations near zero mean and unit variance through many dense layers. It works best with LeCun normal initialization and without batch normalization.',
  },
  sigmoid: {
    id: 'sigmoid',
    label: 'Sigmoid',
    latex: String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`,
    description:
      'Squashes any value into the range 0 to 1. It saturates for large inputs, so gradients vanish in deep stacks; today it is mostly used for gates and yes/no outputs.',
  },
  tanh: {
    id: 'tanh',
    label: 'Tanh',
    latex: String.raw`f(x) = \tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`,
    description:
      'Squashes values into the range -1 to 1 and is centred on zero. It was the classic hidden activation before ReLU and still suits small networks.',
  },
  softmax: {
    id: 'softmax',
    label: 'Softmax',
    latex: String.raw`\operatorname{softmax}(x)_i = \frac{e^{x_i}}{\sum_{j} e^{x_j}}`,
    description:
      'Turns a vector of scores into probabilities that are positive and sum to 1. Use it on the output layer of a classifier trained with cross-entropy.',
  },
  softplus: {
    id: 'softplus',
    label: 'Softplus',
    latex: String.raw`f(x) = \ln(1 + e^{x})`,
    description:
      'A smooth version of ReLU that is always positive and differentiable everywhere. It is slower to compute and rarely better than ReLU for hidden layers.',
  },
  swish: {
    id: 'swish',
    label: 'Swish',
    latex: String.raw`f(x) = x \cdot \sigma(x) = \frac{x}{1 + e^{-x}}`,
    description:
      'Multiplies the input by its sigmoid, giving a smooth curve that dips slightly below zero. It often matches or beats ReLU in deeper networks at a small extra cost.',
  },
};

/** Every weight initializer, keyed by id; n_in and n_out are the layer's fan-in and fan-out. */
export const INITIALIZERS: Record<InitializerId, FormulaEntry<InitializerId>> = {
  glorotUniform: {
    id: 'glorotUniform',
    label: 'Glorot uniform',
    latex: String.raw`W \sim \mathcal{U}\left(-\sqrt{\tfrac{6}{n_{in} + n_{out}}},\ \sqrt{\tfrac{6}{n_{in} + n_{out}}}\right)`,
    description:
      'Draws weights uniformly with a spread set by both fan-in and fan-out. It keeps signal size steady for tanh, sigmoid and softmax layers and is the Keras default for Dense.',
  },
  glorotNormal: {
    id: 'glorotNormal',
    label: 'Glorot normal',
    latex: String.raw`W \sim \mathcal{N}\left(0,\ \tfrac{2}{n_{in} + n_{out}}\right)`,
    description:
      'The normal-distribution version of Glorot initialization (truncated at two standard deviations). Choose it for the same layers as Glorot uniform.',
  },
  heUniform: {
    id: 'heUniform',
    label: 'He uniform',
    latex: String.raw`W \sim \mathcal{U}\left(-\sqrt{\tfrac{6}{n_{in}}},\ \sqrt{\tfrac{6}{n_{in}}}\right)`,
    description:
      'Draws weights uniformly with a spread set by the fan-in, twice as wide in variance as Glorot. It suits ReLU layers, which zero half of their inputs.',
  },
  heNormal: {
    id: 'heNormal',
    label: 'He normal',
    latex: String.raw`W \sim \mathcal{N}\left(0,\ \tfrac{2}{n_{in}}\right)`,
    description:
      'Normal weights with variance 2 divided by the fan-in (truncated at two standard deviations). It is the usual choice for convolution and dense layers with ReLU.',
  },
  leCunNormal: {
    id: 'leCunNormal',
    label: 'LeCun normal',
    latex: String.raw`W \sim \mathcal{N}\left(0,\ \tfrac{1}{n_{in}}\right)`,
    description:
      'Normal weights with variance 1 divided by the fan-in. It is the initialization SELU networks are designed for.',
  },
  zeros: {
    id: 'zeros',
    label: 'Zeros',
    latex: String.raw`W = 0`,
    description:
      'Sets every weight to zero. All units in a layer then learn the same thing, so use it only to see why random initialization matters.',
  },
};

/** True when `value` is an activation id. */
export function isActivationId(value: unknown): value is ActivationId {
  return typeof value === 'string' && Object.hasOwn(ACTIVATIONS, value);
}

/** True when `value` is an initializer id. */
export function isInitializerId(value: unknown): value is InitializerId {
  return typeof value === 'string' && Object.hasOwn(INITIALIZERS, value);
}
