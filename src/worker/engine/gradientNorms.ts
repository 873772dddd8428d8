// Per-layer gradient norms, computed on the device during a training step.
import * as tf from '@tensorflow/tfjs';

/** A layer with trainable weights and the tf variable names of those weights. */
export interface WeightedLayer {
  name: string;
  /** tfjs class, e.g. 'Dense'. */
  type: string;
  layer: tf.layers.Layer;
  /** Names of its trainable tf.Variables: the keys of their gradients. */
  variables: string[];
}

/** The model's layers that have trainable weights, in model order. */
export function weightedLayers(model: tf.LayersModel): WeightedLayer[] {
  return model.layers
    .filter((layer) => layer.trainableWeights.length > 0)
    .map((layer) => ({
      name: layer.name,
      type: layer.getClassName(),
      layer,
      variables: layer.trainableWeights.map((weight) => (weight.read() as tf.Variable).name),
    }));
}

/**
 * sqrt(sum of squared gradient entries) of each layer's weights together, as
 * one [layers] tensor on the device (null for a model without weights).
 * Synchronous; the caller disposes the result.
 */
export function layerGradientNorms(grads: tf.NamedTensorMap, layers: WeightedLayer[]): tf.Tensor1D | null {
  if (layers.length === 0) return null;
  return tf.tidy(() => tf.stack(layers.map((layer) =>
    tf.sqrt(tf.addN(layer.variables.map((name) => tf.sum(tf.square(grads[name]))))))) as tf.Tensor1D);
}
