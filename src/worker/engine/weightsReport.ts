// A look at the weights: the first convolution's filters as images, and
// histograms of every weighted layer's weights and of their gradients.
import * as tf from '@tensorflow/tfjs';
import { histogram } from '../../core/metrics/histogram';
import type { ConvFilters, LayerWeights, WeightsResult } from '../protocol';
import type { WeightedLayer } from './gradientNorms';
import type { LossFunction } from './losses';
import { readTogether } from './readBack';
import { ownBuffer, Transfer } from './transfer';

/** Bins per weight or gradient histogram. */
export const HISTOGRAM_BINS = 30;
/** Most first-layer filters sent. */
export const MAX_FILTERS = 64;

/** One batch the gradients are taken on; the caller disposes it. */
export interface GradientBatch {
  xs: tf.Tensor;
  ys: tf.Tensor;
}

function l2(values: Float32Array): number {
  let sum = 0;
  for (const v of values) sum += v * v;
  return Math.sqrt(sum);
}

function variablesOf(layer: WeightedLayer): tf.Variable[] {
  return layer.layer.trainableWeights.map((weight) => weight.read() as tf.Variable);
}

/** The first Conv2D layer's kernel as [filters, k, k] (input channel 0), or null. */
function firstFilters(layers: WeightedLayer[]): { layer: WeightedLayer; kernel: tf.Tensor; shape: number[] } | null {
  const conv = layers.find((layer) => layer.type === 'Conv2D');
  const kernel = conv?.layer.trainableWeights.find((weight) => /kernel/.test(weight.name));
  if (!conv || !kernel) return null;
  const [k, , inputs, filters] = kernel.shape as number[];
  const count = Math.min(filters, MAX_FILTERS);
  const images = tf.tidy(() => tf.transpose(tf.reshape(tf.slice(kernel.read(), [0, 0, 0, 0], [k, k, 1, count]), [k, k, count]), [2, 0, 1]));
  return { layer: conv, kernel: images, shape: [k, inputs, count] };
}

/**
 * Filters and histograms of the model's weights, with the loss gradients on
 * `batch` in inference mode (no dropout, batch norm on moving statistics, so
 * no state changes). One read-back; leaves no tensors behind.
 */
export async function weightsReport(
  model: tf.LayersModel,
  layers: WeightedLayer[],
  loss: LossFunction,
  batch: GradientBatch,
  progress: { batch: number; epoch: number },
): Promise<Transfer<WeightsResult>> {
  const variables = layers.flatMap(variablesOf);
  const { value, grads } = tf.variableGrads(() => loss(batch.ys, model.apply(batch.xs, { training: false }) as tf.Tensor), variables);
  const filters = firstFilters(layers);
  const parts = tf.tidy(() => layers.flatMap((layer) => [
    tf.concat(variablesOf(layer).map((variable) => tf.reshape(variable, [-1]))),
    tf.concat(layer.variables.map((name) => tf.reshape(grads[name], [-1]))),
  ]));
  tf.dispose([value, ...Object.values(grads)]);
  const values = await readTogether(filters ? [filters.kernel, ...parts] : parts);
  let convFilters: ConvFilters | null = null;
  if (filters) {
    const filterValues = values.shift()!;
    const [kernelSize, inputChannels, count] = filters.shape;
    const { min, max } = histogram(filterValues, 1);
    convFilters = { layer: filters.layer.name, kernelSize, count, inputChannels, values: filterValues, min, max };
  }
  const stats = layers.map((layer, i): LayerWeights => {
    const weights = values[2 * i];
    const gradients = values[2 * i + 1];
    return {
      layer: layer.name,
      type: layer.type,
      count: weights.length,
      weights: histogram(weights, HISTOGRAM_BINS),
      gradients: histogram(gradients, HISTOGRAM_BINS),
      weightNorm: l2(weights),
      gradientNorm: l2(gradients),
    };
  });
  const result: WeightsResult = { ...progress, gradientSamples: batch.xs.shape[0], filters: convFilters, layers: stats };
  return new Transfer(result, convFilters ? [ownBuffer(convFilters.values)] : []);
}
