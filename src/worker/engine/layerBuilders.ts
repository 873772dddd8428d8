// One tfjs builder per layer type, keyed by the core catalogue's types: a
// type without a builder fails to compile (layerBuilders.test.ts keeps it so).
import * as tf from '@tensorflow/tfjs';
import { isActivationId, isInitializerId, type ActivationId, type InitializerId } from '../../core/network/activations';
import { isPadding, type Padding } from '../../core/network/catalogue';
import { choiceParam, flagParam, numberParam, shapeParam, type LayerParams } from '../../core/network/paramValues';
import { INPUT_SHAPE } from '../../core/network/shapeRules';
import type { LayerType } from '../../core/network/types';
import { activationLayer, applyLayer, INITIALIZER_BUILDS, withActivation } from './activationLayers';
import { EngineError } from './errors';

/** What a builder is given: the node's name and resolved, checked parameters, its inputs and its weight seed. */
export interface BuildInput {
  name: string;
  params: LayerParams;
  /** Outputs of the incoming layers, in connection order (none for the input layer). */
  inputs: tf.SymbolicTensor[];
  seed: number;
}

/** How one layer type becomes tfjs layers. */
export interface LayerBuilder {
  /** The layer's output tensor, built on its inputs. */
  build(input: BuildInput): tf.SymbolicTensor;
  /** True when training it needs the convolution gradient kernels WASM lacks in tfjs 4.22. */
  convolution: boolean;
}

/** A choice parameter read as a catalogue id; a value outside the catalogue is refused, never replaced. */
function choiceOf<T extends string>(input: BuildInput, key: string, isId: (value: unknown) => value is T): T {
  const value = choiceParam(input.params, key);
  if (!isId(value)) throw new EngineError('model-build-failed', `Layer ${input.name} has ${key} "${value}", which this app does not know.`);
  return value;
}

const activationOf = (input: BuildInput): ActivationId => choiceOf(input, 'activation', isActivationId);
const initializerOf = (input: BuildInput): InitializerId => choiceOf(input, 'kernelInitializer', isInitializerId);
const paddingOf = (input: BuildInput): Padding => choiceOf(input, 'padding', isPadding);
const num = (input: BuildInput, key: string): number => numberParam(input.params, key);

/** What Conv2D and SeparableConv2D share: name, filters, window, stride and padding. */
const convArgs = (input: BuildInput) => ({
  name: input.name,
  filters: num(input, 'filters'),
  kernelSize: num(input, 'kernelSize'),
  strides: num(input, 'strides'),
  padding: paddingOf(input),
});

/** A layer without weights on the first input. */
const simple = (make: (input: BuildInput) => tf.layers.Layer): LayerBuilder => ({
  build: (input) => applyLayer(make(input), input.inputs[0]),
  convolution: false,
});

/** Every layer type, keyed by the catalogue's types. */
export const LAYER_BUILDERS: Record<LayerType, LayerBuilder> = {
  input: {
    build: ({ name }) => tf.input({ shape: [...INPUT_SHAPE], name }),
    convolution: false,
  },
  dense: {
    build: (input) => withActivation((activation) => tf.layers.dense({
      name: input.name, units: num(input, 'units'), activation, useBias: flagParam(input.params, 'useBias'),
      kernelInitializer: INITIALIZER_BUILDS[initializerOf(input)](input.seed),
    }), activationOf(input), input.name, input.inputs[0]),
    convolution: false,
  },
  conv2d: {
    build: (input) => withActivation((activation) => tf.layers.conv2d({
      ...convArgs(input), activation, kernelInitializer: INITIALIZER_BUILDS[initializerOf(input)](input.seed),
    }), activationOf(input), input.name, input.inputs[0]),
    convolution: true,
  },
  separableConv2d: {
    // The catalogue gives SeparableConv2D no initializer choice: both kernels start as in Keras, Glorot uniform.
    build: (input) => withActivation((activation) => tf.layers.separableConv2d({
      ...convArgs(input), activation, depthMultiplier: num(input, 'depthMultiplier'),
      depthwiseInitializer: INITIALIZER_BUILDS.glorotUniform(input.seed),
      pointwiseInitializer: INITIALIZER_BUILDS.glorotUniform(input.seed + 1),
    }), activationOf(input), input.name, input.inputs[0]),
    convolution: true,
  },
  maxPool2d: simple((input) => tf.layers.maxPooling2d({
    name: input.name, poolSize: num(input, 'poolSize'), strides: num(input, 'strides'), padding: paddingOf(input),
  })),
  avgPool2d: simple((input) => tf.layers.averagePooling2d({
    name: input.name, poolSize: num(input, 'poolSize'), strides: num(input, 'strides'), padding: paddingOf(input),
  })),
  globalAvgPool2d: simple(({ name }) => tf.layers.globalAveragePooling2d({ name })),
  flatten: simple(({ name }) => tf.layers.flatten({ name })),
  reshape: simple((input) => tf.layers.reshape({ name: input.name, targetShape: shapeParam(input.params, 'targetShape') })),
  dropout: simple((input) => tf.layers.dropout({ name: input.name, rate: num(input, 'rate'), seed: input.seed })),
  batchNorm: simple((input) => tf.layers.batchNormalization({ name: input.name, momentum: num(input, 'momentum'), epsilon: num(input, 'epsilon') })),
  activation: simple((input) => activationLayer(activationOf(input), input.name)),
  add: {
    build: ({ name, inputs }) => applyLayer(tf.layers.add({ name }), inputs),
    convolution: false,
  },
  concatenate: {
    build: ({ name, inputs }) => applyLayer(tf.layers.concatenate({ name, axis: -1 }), inputs),
    convolution: false,
  },
};
