// The app's layers in Keras, as data: one entry per catalogue layer type, read
// by both the exporter and the importer. A layer type without an entry here
// fails to compile; a catalogue parameter without a Keras argument fails
// layerMappings.test.ts.
import type { LayerType, ParamValue } from '../network/types';
import { py, type PyValue } from './pyValue';
import {
  activationCodec,
  boolCodec,
  choiceCodec,
  floatCodec,
  initializerCodec,
  intCodec,
  shapeCodec,
  sizeCodec,
  type ValueCodec,
} from './valueCodecs';

/** One app parameter as a Keras constructor argument. */
export interface KerasArg {
  /** Key in `LayerNode.params` (the catalogue's ParamSpec key). */
  param: string;
  /** Keras keyword argument name. */
  keyword: string;
  /** Place in the Keras constructor's signature, for positional arguments. */
  position: number;
  codec: ValueCodec;
  /** What Keras uses when the argument is left out, as an app value; `{ sameAs }` copies another
   * parameter (pooling strides default to the pool size); absent: Keras requires it. */
  kerasDefault?: ParamValue | { sameAs: string };
  /** Written only when it differs from the Keras default (the rest is always written, to be readable). */
  quiet?: boolean;
}

/** A Keras argument the app has no setting for: read only when it has a value that matches what the
 * app does (`accepts`), or with any value when `ignored` says why it does not matter. */
export interface FixedArg {
  keyword: string;
  position?: number;
  accepts: PyValue[];
  ignored?: boolean;
}

/** How one app layer type is written in Keras and recognised when read. */
export interface KerasLayerMapping {
  /** The Keras class: layers.Dense. */
  className: string;
  /** Other class names Keras (or older Keras) accepts for it: MaxPool2D. */
  aliases: string[];
  /** `input`: keras.Input; `layer`: called on one tensor; `merge`: called on a list of tensors. */
  role: 'input' | 'layer' | 'merge';
  /** The lower-case functional form, layers.add([a, b]). */
  helper?: string;
  args: KerasArg[];
  fixed: FixedArg[];
  /** How many leading arguments the exporter writes positionally. */
  positional: number;
}

const arg = (
  param: string,
  keyword: string,
  position: number,
  codec: ValueCodec,
  options: Pick<KerasArg, 'kerasDefault' | 'quiet'> = {},
): KerasArg => ({ param, keyword, position, codec, ...options });

const padding = (position: number) => arg('padding', 'padding', position, choiceCodec(['same', 'valid']), { kerasDefault: 'valid' });
const activation = (position: number, required = false) =>
  arg('activation', 'activation', position, activationCodec, required ? {} : { kerasDefault: 'linear' });
const one = [py.int(1), py.tuple(py.int(1), py.int(1))];
const channelsLast = (position: number): FixedArg => ({ keyword: 'data_format', position, accepts: [py.none, py.str('channels_last')] });
const noRegularizers: FixedArg[] = ['kernel_regularizer', 'bias_regularizer', 'activity_regularizer', 'kernel_constraint', 'bias_constraint'].map(
  (keyword) => ({ keyword, accepts: [py.none] }),
);
const bias = (position: number): FixedArg[] => [
  { keyword: 'use_bias', position, accepts: [py.bool(true)] },
  { keyword: 'bias_initializer', position: position + 2, accepts: [py.str('zeros')] },
];

const pooling = (className: string, aliases: string[]): KerasLayerMapping => ({
  className,
  aliases,
  role: 'layer',
  args: [
    arg('poolSize', 'pool_size', 0, sizeCodec, { kerasDefault: 2 }),
    arg('strides', 'strides', 1, sizeCodec, { kerasDefault: { sameAs: 'poolSize' } }),
    padding(2),
  ],
  fixed: [channelsLast(3)],
  positional: 0,
});

/** Every layer type in Keras 3, keyed by the catalogue's type ids. */
export const KERAS_LAYERS: Record<LayerType, KerasLayerMapping> = {
  input: { className: 'InputLayer', aliases: ['Input'], role: 'input', args: [], fixed: [], positional: 0 },
  dense: {
    className: 'Dense',
    aliases: [],
    role: 'layer',
    args: [
      arg('units', 'units', 0, intCodec),
      activation(1),
      arg('useBias', 'use_bias', 2, boolCodec, { kerasDefault: true, quiet: true }),
      arg('kernelInitializer', 'kernel_initializer', 3, initializerCodec, { kerasDefault: 'glorotUniform', quiet: true }),
    ],
    fixed: [{ keyword: 'bias_initializer', position: 4, accepts: [py.str('zeros')] }, ...noRegularizers],
    positional: 1,
  },
  conv2d: {
    className: 'Conv2D',
    aliases: ['Convolution2D'],
    role: 'layer',
    args: [
      arg('filters', 'filters', 0, intCodec),
      arg('kernelSize', 'kernel_size', 1, sizeCodec),
      arg('strides', 'strides', 2, sizeCodec, { kerasDefault: 1 }),
      padding(3),
      activation(7),
      arg('kernelInitializer', 'kernel_initializer', 9, initializerCodec, { kerasDefault: 'glorotUniform', quiet: true }),
    ],
    fixed: [
      channelsLast(4),
      { keyword: 'dilation_rate', position: 5, accepts: one },
      { keyword: 'groups', position: 6, accepts: [py.int(1)] },
      ...bias(8),
      ...noRegularizers,
    ],
    positional: 2,
  },
  separableConv2d: {
    className: 'SeparableConv2D',
    aliases: ['SeparableConvolution2D'],
    role: 'layer',
    args: [
      arg('filters', 'filters', 0, intCodec),
      arg('kernelSize', 'kernel_size', 1, sizeCodec),
      arg('strides', 'strides', 2, sizeCodec, { kerasDefault: 1 }),
      padding(3),
      arg('depthMultiplier', 'depth_multiplier', 6, intCodec, { kerasDefault: 1 }),
      activation(7),
    ],
    fixed: [
      channelsLast(4),
      { keyword: 'dilation_rate', position: 5, accepts: one },
      { keyword: 'use_bias', position: 8, accepts: [py.bool(true)] },
      { keyword: 'depthwise_initializer', position: 9, accepts: [py.str('glorot_uniform')] },
      { keyword: 'pointwise_initializer', position: 10, accepts: [py.str('glorot_uniform')] },
      { keyword: 'bias_initializer', position: 11, accepts: [py.str('zeros')] },
    ],
    positional: 2,
  },
  maxPool2d: pooling('MaxPooling2D', ['MaxPool2D']),
  avgPool2d: pooling('AveragePooling2D', ['AvgPool2D']),
  globalAvgPool2d: {
    className: 'GlobalAveragePooling2D',
    aliases: ['GlobalAvgPool2D'],
    role: 'layer',
    args: [],
    fixed: [channelsLast(0), { keyword: 'keepdims', position: 1, accepts: [py.bool(false)] }],
    positional: 0,
  },
  flatten: { className: 'Flatten', aliases: [], role: 'layer', args: [], fixed: [channelsLast(0)], positional: 0 },
  reshape: {
    className: 'Reshape',
    aliases: [],
    role: 'layer',
    args: [arg('targetShape', 'target_shape', 0, shapeCodec)],
    fixed: [],
    positional: 1,
  },
  dropout: {
    className: 'Dropout',
    aliases: [],
    role: 'layer',
    args: [arg('rate', 'rate', 0, floatCodec)],
    // The app draws dropout masks from its Seed setting, so a layer's own seed does not matter.
    fixed: [{ keyword: 'noise_shape', position: 1, accepts: [py.none] }, { keyword: 'seed', position: 2, accepts: [], ignored: true }],
    positional: 1,
  },
  batchNorm: {
    className: 'BatchNormalization',
    aliases: [],
    role: 'layer',
    args: [
      arg('momentum', 'momentum', 1, floatCodec, { kerasDefault: 0.99 }),
      arg('epsilon', 'epsilon', 2, floatCodec, { kerasDefault: 0.001 }),
    ],
    fixed: [
      { keyword: 'axis', position: 0, accepts: [py.int(-1)] },
      { keyword: 'center', position: 3, accepts: [py.bool(true)] },
      { keyword: 'scale', position: 4, accepts: [py.bool(true)] },
    ],
    positional: 0,
  },
  activation: { className: 'Activation', aliases: [], role: 'layer', args: [activation(0, true)], fixed: [], positional: 1 },
  add: { className: 'Add', aliases: [], role: 'merge', helper: 'add', args: [], fixed: [], positional: 0 },
  concatenate: {
    className: 'Concatenate',
    aliases: [],
    role: 'merge',
    helper: 'concatenate',
    args: [],
    fixed: [{ keyword: 'axis', position: 0, accepts: [py.int(-1)] }],
    positional: 0,
  },
};

/** Keras layers that are an activation on their own, read as the app's Activation layer. Each
 * accepts only the arguments that keep it the app's function (LeakyReLU's slope must be 0.3). */
export const KERAS_ACTIVATION_LAYERS: Record<string, { activation: string; fixed: FixedArg[] }> = {
  ReLU: {
    activation: 'relu',
    fixed: [
      { keyword: 'max_value', position: 0, accepts: [py.none] },
      { keyword: 'negative_slope', position: 1, accepts: [py.int(0)] },
      { keyword: 'threshold', position: 2, accepts: [py.int(0)] },
    ],
  },
  LeakyReLU: {
    activation: 'leakyRelu',
    fixed: [
      { keyword: 'negative_slope', position: 0, accepts: [py.float(0.3)] },
      { keyword: 'alpha', accepts: [py.float(0.3)] },
    ],
  },
  Softmax: { activation: 'softmax', fixed: [{ keyword: 'axis', position: 0, accepts: [py.int(-1)] }] },
  ELU: { activation: 'elu', fixed: [{ keyword: 'alpha', position: 0, accepts: [py.int(1)] }] },
};

/** Keyword arguments every Keras layer takes that do not change the network. */
export const LAYER_COMMON_KEYWORDS: FixedArg[] = [
  { keyword: 'trainable', accepts: [py.bool(true)] },
  { keyword: 'dtype', accepts: [py.none, py.str('float32')] },
];

const classIndex = new Map<string, LayerType>();
for (const type of Object.keys(KERAS_LAYERS) as LayerType[]) {
  for (const name of [KERAS_LAYERS[type].className, ...KERAS_LAYERS[type].aliases]) classIndex.set(name, type);
}

/** The layer type for a Keras class name or alias (Dense, MaxPool2D, ...). */
export function layerTypeOfClass(className: string): LayerType | undefined {
  return classIndex.get(className);
}

/** The merge layer type for a functional helper name (add, concatenate). */
export function mergeTypeOfHelper(name: string): LayerType | undefined {
  return (Object.keys(KERAS_LAYERS) as LayerType[]).find((type) => KERAS_LAYERS[type].helper === name);
}
