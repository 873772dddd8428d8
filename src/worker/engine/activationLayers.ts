// Every activation and initializer of the core catalogue as tfjs builds it,
// keyed by the same ids, so a new id fails to compile until it is here.
import * as tf from '@tensorflow/tfjs';
import { LEAKY_RELU_ALPHA, type ActivationId, type InitializerId } from '../../core/network/activations';

/** tfjs's names for the activations a layer takes as an option. */
export type TfActivation = NonNullable<Parameters<typeof tf.layers.dense>[0]['activation']>;

/** A tfjs weight initializer. */
export type TfInitializer = ReturnType<typeof tf.initializers.zeros>;

/**
 * How tfjs applies one activation: as a layer's option, or (leaky ReLU) as a
 * layer of its own, named `<layer>_<suffix>` when it follows another layer.
 */
export type ActivationBuild = { option: TfActivation } | { layer: (name: string) => tf.layers.Layer; suffix: string };

/** Every activation by catalogue id. */
export const ACTIVATION_BUILDS: Record<ActivationId, ActivationBuild> = {
  linear: { option: 'linear' },
  relu: { option: 'relu' },
  leakyRelu: { layer: (name) => tf.layers.leakyReLU({ alpha: LEAKY_RELU_ALPHA, name }), suffix: 'leaky_relu' },
  elu: { option: 'elu' },
  selu: { option: 'selu' },
  sigmoid: { option: 'sigmoid' },
  tanh: { option: 'tanh' },
  softmax: { option: 'softmax' },
  softplus: { option: 'softplus' },
  swish: { option: 'swish' },
};

/** Every initializer by catalogue id; `seed` makes the draw repeatable. */
export const INITIALIZER_BUILDS: Record<InitializerId, (seed: number) => TfInitializer> = {
  glorotUniform: (seed) => tf.initializers.glorotUniform({ seed }),
  glorotNormal: (seed) => tf.initializers.glorotNormal({ seed }),
  heUniform: (seed) => tf.initializers.heUniform({ seed }),
  heNormal: (seed) => tf.initializers.heNormal({ seed }),
  leCunNormal: (seed) => tf.initializers.leCunNormal({ seed }),
  zeros: () => tf.initializers.zeros(),
};

/** Applies a layer; its output is one tensor because every layer here has one output. */
export function applyLayer(layer: tf.layers.Layer, inputs: tf.SymbolicTensor | tf.SymbolicTensor[]): tf.SymbolicTensor {
  const output = layer.apply(inputs);
  if (!(output instanceof tf.SymbolicTensor)) throw new Error(`Layer ${layer.name} did not give one symbolic tensor.`);
  return output;
}

/** A standalone Activation layer named `name`. */
export function activationLayer(activation: ActivationId, name: string): tf.layers.Layer {
  const build = ACTIVATION_BUILDS[activation];
  return 'option' in build ? tf.layers.activation({ activation: build.option, name }) : build.layer(name);
}

/**
 * A layer with its activation: the activation as the layer's option where tfjs
 * has one, else the layer with a linear activation followed by the activation
 * as a layer of its own (`<name>_leaky_relu`).
 */
export function withActivation(
  make: (activation: TfActivation) => tf.layers.Layer,
  activation: ActivationId,
  name: string,
  input: tf.SymbolicTensor,
): tf.SymbolicTensor {
  const build = ACTIVATION_BUILDS[activation];
  if ('option' in build) return applyLayer(make(build.option), input);
  return applyLayer(build.layer(`${name}_${build.suffix}`), applyLayer(make('linear'), input));
}
