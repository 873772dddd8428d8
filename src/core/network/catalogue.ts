// The layer catalogue: one entry per layer type, read by every consumer: the
// builder's palette and properties, the formulas, shape inference (each entry
// names its shape rule), and the worker, whose LAYER_BUILDERS is keyed by the
// same types. Adding a layer type is one entry here plus one builder there;
// TypeScript refuses either table while it misses the type.
import type { LayerType, ParamValue } from './types';
import { activation, initializer, int, padding, type ParamSpec } from './paramSpecs';
import * as rules from './shapeRules';

export { ACTIVATIONS, INITIALIZERS } from './activations';
export type { ActivationId, InitializerId, FormulaEntry } from './activations';
export { PADDINGS, isPadding } from './paramSpecs';
export type { ParamSpec, Padding } from './paramSpecs';

/** One layer type: how it is shown, explained, named and wired. */
export interface LayerSpec {
  type: LayerType;
  label: string;
  /** Prefix of default node names: dense -> dense_1, dense_2, ... */
  namePrefix: string;
  /** Two or three plain sentences: what it does and when to choose it. */
  description: string;
  params: ParamSpec[];
  /** KaTeX source of what the layer computes. */
  latex: string;
  minInputs: number;
  maxInputs: number;
  /** True when the layer has weights (and so parameters to count and train). */
  weighted: boolean;
  /** Output shape, weights and FLOPs for given input shapes, or the problem with them. */
  shape: rules.ShapeRule;
}

const convParams: ParamSpec[] = [
  int('filters', 'Filters', 1, 512, 16),
  int('kernelSize', 'Kernel size', 1, 11, 3),
  int('strides', 'Stride', 1, 4, 1),
  padding('same'),
  activation('relu'),
  initializer('heNormal'),
];
const poolParams: ParamSpec[] = [
  int('poolSize', 'Pool size', 1, 8, 2),
  int('strides', 'Stride', 1, 8, 2),
  padding('valid'),
];

/** Every layer type, keyed by type. */
export const LAYER_CATALOGUE: Record<LayerType, LayerSpec> = {
  input: {
    type: 'input',
    label: 'Input',
    namePrefix: 'input',
    description:
      'Feeds one 28×28 grayscale image per sample into the network, with pixel values scaled to 0..1. Every network has exactly one.',
    params: [],
    latex: String.raw`x \in [0, 1]^{28 \times 28 \times 1}`,
    minInputs: 0,
    maxInputs: 0,
    weighted: false,
    shape: rules.inputShape,
  },
  dense: {
    type: 'dense',
    label: 'Dense',
    namePrefix: 'dense',
    description:
      'Connects every input value to every unit with its own weight, then adds a bias and applies the activation. Use it on flat vectors: for hidden layers of an MLP and for the 10-class output.',
    params: [
      int('units', 'Units', 1, 4096, 64),
      activation('relu'),
      initializer('glorotUniform'),
      { key: 'useBias', label: 'Use bias', kind: 'bool', default: true },
    ],
    latex: String.raw`y = f(W x + b)`,
    minInputs: 1,
    maxInputs: 1,
    weighted: true,
    shape: rules.denseShape,
  },
  conv2d: {
    type: 'conv2d',
    label: 'Conv2D',
    namePrefix: 'conv2d',
    description:
      'Slides small learned filters over the image, so each output pixel sees only a local window and the same weights are reused everywhere. Choose it to detect edges and shapes with far fewer parameters than Dense.',
    params: convParams,
    latex: String.raw`y_{i,j,f} = \phi\Big(b_f + \sum_{u,v,c} W_{u,v,c,f}\, x_{s i + u,\, s j + v,\, c}\Big)`,
    minInputs: 1,
    maxInputs: 1,
    weighted: true,
    shape: rules.conv2dShape,
  },
  separableConv2d: {
    type: 'separableConv2d',
    label: 'SeparableConv2D',
    namePrefix: 'separable_conv2d',
    description:
      'Splits a convolution in two: a spatial filter per input channel, then a 1×1 convolution that mixes channels. It gives similar results to Conv2D with far fewer parameters and multiply-adds.',
    params: [...convParams.slice(0, 5), int('depthMultiplier', 'Depth multiplier', 1, 8, 1)],
    latex: String.raw`y = \phi\big(W_{\text{point}} * (W_{\text{depth}} \circledast x) + b\big)`,
    minInputs: 1,
    maxInputs: 1,
    weighted: true,
    shape: rules.separableConv2dShape,
  },
  maxPool2d: {
    type: 'maxPool2d',
    label: 'MaxPool2D',
    namePrefix: 'max_pool2d',
    description:
      'Keeps the largest value in each window, shrinking the image while keeping the strongest responses. Use it between convolutions to cut computation and add a little shift tolerance.',
    params: poolParams,
    latex: String.raw`y_{i,j,c} = \max_{u,v < k} x_{s i + u,\, s j + v,\, c}`,
    minInputs: 1,
    maxInputs: 1,
    weighted: false,
    shape: rules.pool2dShape,
  },
  avgPool2d: {
    type: 'avgPool2d',
    label: 'AvgPool2D',
    namePrefix: 'avg_pool2d',
    description:
      'Replaces each window with its average, shrinking the image smoothly. It keeps more of the overall signal than max pooling and was used in the original LeNet.',
    params: poolParams,
    latex: String.raw`y_{i,j,c} = \frac{1}{k^2} \sum_{u,v < k} x_{s i + u,\, s j + v,\, c}`,
    minInputs: 1,
    maxInputs: 1,
    weighted: false,
    shape: rules.pool2dShape,
  },
  globalAvgPool2d: {
    type: 'globalAvgPool2d',
    label: 'GlobalAvgPool2D',
    namePrefix: 'global_avg_pool2d',
    description:
      'Averages each channel over the whole image, turning height×width×channels into one value per channel. Use it at the end of a convolutional network instead of Flatten to need far fewer Dense weights.',
    params: [],
    latex: String.raw`y_c = \frac{1}{H W} \sum_{i,j} x_{i,j,c}`,
    minInputs: 1,
    maxInputs: 1,
    weighted: false,
    shape: rules.globalPool2dShape,
  },
  flatten: {
    type: 'flatten',
    label: 'Flatten',
    namePrefix: 'flatten',
    description:
      'Lays out all values of an image-shaped input as one long vector, without changing them. Put it before the first Dense layer.',
    params: [],
    latex: String.raw`y = \operatorname{vec}(x) \in \mathbb{R}^{H W C}`,
    minInputs: 1,
    maxInputs: 1,
    weighted: false,
    shape: rules.flattenShape,
  },
  reshape: {
    type: 'reshape',
    label: 'Reshape',
    namePrefix: 'reshape',
    description:
      'Rearranges the values into a new shape with the same number of elements; one axis may be -1 to be inferred. Use it to turn a vector back into an image, for example 784 into 28×28×1.',
    params: [{ key: 'targetShape', label: 'Target shape', kind: 'shape', default: [28, 28, 1] }],
    latex: String.raw`y = \operatorname{reshape}(x),\quad \textstyle\prod \text{shape}(y) = \prod \text{shape}(x)`,
    minInputs: 1,
    maxInputs: 1,
    weighted: false,
    shape: rules.reshapeShape,
  },
  dropout: {
    type: 'dropout',
    label: 'Dropout',
    namePrefix: 'dropout',
    description:
      'During training, sets a random fraction of values to zero and scales the rest up; at test time it does nothing. Use it after large Dense layers to reduce overfitting.',
    params: [{ key: 'rate', label: 'Rate', kind: 'float', min: 0, max: 0.95, step: 0.05, default: 0.5 }],
    latex: String.raw`y = \frac{m \odot x}{1 - p},\quad m_i \sim \operatorname{Bernoulli}(1 - p)`,
    minInputs: 1,
    maxInputs: 1,
    weighted: false,
    shape: rules.elementwiseShape,
  },
  batchNorm: {
    type: 'batchNorm',
    label: 'BatchNorm',
    namePrefix: 'batch_norm',
    description:
      'Normalizes each channel to zero mean and unit variance over the batch, then applies a learned scale and shift. It lets deeper networks train faster and with higher learning rates.',
    params: [
      { key: 'momentum', label: 'Moving-average momentum', kind: 'float', min: 0, max: 0.999, step: 0.01, default: 0.99 },
      { key: 'epsilon', label: 'Variance epsilon', kind: 'float', min: 1e-5, max: 0.1, step: 0.001, default: 0.001 },
    ],
    latex: String.raw`y = \gamma \frac{x - \mu_B}{\sqrt{\sigma_B^2 + \epsilon}} + \beta`,
    minInputs: 1,
    maxInputs: 1,
    weighted: true,
    shape: rules.batchNormShape,
  },
  activation: {
    type: 'activation',
    label: 'Activation',
    namePrefix: 'activation',
    description:
      'Applies an activation function to every value on its own. Use it after a layer with a linear activation, for example after the Add of a residual block.',
    params: [activation('relu')],
    latex: String.raw`y = f(x)`,
    minInputs: 1,
    maxInputs: 1,
    weighted: false,
    shape: rules.elementwiseShape,
  },
  add: {
    type: 'add',
    label: 'Add',
    namePrefix: 'add',
    description:
      'Adds two or more inputs of the same shape element by element. It makes the skip connection of a residual block, which lets gradients flow through deep networks.',
    params: [],
    latex: String.raw`y = \sum_{k} x^{(k)}`,
    minInputs: 2,
    maxInputs: Number.POSITIVE_INFINITY,
    weighted: false,
    shape: rules.addShape,
  },
  concatenate: {
    type: 'concatenate',
    label: 'Concatenate',
    namePrefix: 'concatenate',
    description:
      'Joins two or more inputs along the last axis (channels or features), in the order of their incoming connections. Use it to combine branches that look at the data differently.',
    params: [],
    latex: String.raw`y = \big[\, x^{(1)} \,\Vert\, x^{(2)} \,\Vert\, \cdots \big]`,
    minInputs: 2,
    maxInputs: Number.POSITIVE_INFINITY,
    weighted: false,
    shape: rules.concatenateShape,
  },
};

/** Every layer type in catalogue order. */
export const LAYER_TYPES = Object.keys(LAYER_CATALOGUE) as LayerType[];

/** A fresh copy of a layer type's default parameters. */
export function defaultParams(type: LayerType): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const spec of LAYER_CATALOGUE[type].params) {
    params[spec.key] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
  }
  return params;
}
