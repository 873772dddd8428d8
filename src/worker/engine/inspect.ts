// A look inside the network: every layer's output for one image.
import * as tf from '@tensorflow/tfjs';
import { NUM_CLASSES } from '../../core/data/mnist';
import { argmaxRows } from '../../core/metrics/confusion';
import type { InspectResult, LayerActivation } from '../protocol';
import type { BatchSource } from './batchSource';
import { endsInSoftmax, toProbabilities } from './probabilities';
import { readTogether } from './readBack';
import { ownBuffer, Transfer } from './transfer';

/** Most feature maps sent per image-like layer output. */
export const MAX_MAPS = 16;
/** Most values sent per other layer output. */
export const MAX_VECTOR = 128;

/**
 * A model sharing the network's layers that outputs every layer after the
 * input. It owns no tensors, and must NOT be disposed: LayersModel.dispose()
 * would dispose the shared layers' weights (measured: the network then fails
 * with "Layer ... is already disposed"). Drop it with the network.
 */
export function activationModel(model: tf.LayersModel): tf.LayersModel {
  const layers = model.layers.filter((layer) => layer.getClassName() !== 'InputLayer');
  return tf.model({ inputs: model.inputs, outputs: layers.map((layer) => layer.output as tf.SymbolicTensor), name: 'activations' });
}

/** The part of one layer's output [1, ...shape] that is sent: up to 16 maps (channel-major) or 128 values. */
function selectActivation(output: tf.Tensor): tf.Tensor {
  const shape = output.shape.slice(1);
  if (shape.length === 3) {
    const [height, width, channels] = shape;
    const kept = Math.min(channels, MAX_MAPS);
    return tf.transpose(tf.reshape(tf.slice(output, [0, 0, 0, 0], [1, height, width, kept]), [height, width, kept]), [2, 0, 1]);
  }
  const flat = tf.reshape(output, [-1]);
  return tf.slice(flat, 0, Math.min(flat.size, MAX_VECTOR));
}

/** Every layer's activations for test image `index` (one forward pass, one read-back). */
export async function inspectSample(model: tf.LayersModel, inspector: tf.LayersModel, source: BatchSource, index: number): Promise<Transfer<InspectResult>> {
  const layers = inspector.outputs.map((output) => output.sourceLayer);
  const outputIndex = layers.indexOf(model.outputs[0].sourceLayer);
  const softmaxed = endsInSoftmax(model);
  const parts = tf.tidy(() => {
    const predicted = inspector.predict(source.pickedBatch([index]).xs);
    const outputs = Array.isArray(predicted) ? predicted : [predicted];
    // The range is of the whole output, not only of the part sent (Flatten's first 128 values may all be 0).
    const ranges = outputs.map((output) => tf.stack([tf.min(output), tf.max(output)]));
    return [toProbabilities(outputs[outputIndex], softmaxed), ...outputs.map(selectActivation), ...ranges];
  });
  const [probabilities, ...rest] = await readTogether(parts);
  const values = rest.slice(0, layers.length);
  const ranges = rest.slice(layers.length);
  const activations = layers.map((layer, i): LayerActivation => {
    const shape = (inspector.outputs[i].shape.slice(1) as number[]);
    const base = { layer: layer.name, type: layer.getClassName(), shape, min: ranges[i][0], max: ranges[i][1] };
    if (shape.length === 3) {
      return { ...base, kind: 'maps', height: shape[0], width: shape[1], channels: Math.min(shape[2], MAX_MAPS), values: values[i] };
    }
    return { ...base, kind: 'vector', values: values[i] };
  });
  const predicted = argmaxRows(probabilities, NUM_CLASSES)[0];
  return new Transfer(
    { index, label: source.labels[index], probabilities: Array.from(probabilities), predicted, layers: activations },
    activations.map((activation) => ownBuffer(activation.values)),
  );
}
