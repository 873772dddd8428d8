// Loss functions by catalogue id. Each returns the mean loss over the batch.
// The network's output is a probability distribution (softmax), as in Keras.
import * as tf from '@tensorflow/tfjs';
import type { LossId } from '../../core/training/types';

/** Mean loss over a batch of one-hot labels and predicted probabilities. */
export type LossFunction = (labels: tf.Tensor, predictions: tf.Tensor) => tf.Scalar;

/** max(0, max_{j != y} p_j - p_y + 1), Keras' categorical hinge. */
function categoricalHinge(labels: tf.Tensor, predictions: tf.Tensor): tf.Scalar {
  const positive = tf.sum(tf.mul(labels, predictions), -1);
  const negative = tf.max(tf.mul(tf.sub(1, labels), predictions), -1);
  return tf.mean(tf.relu(tf.add(tf.sub(negative, positive), 1)));
}

const LOSS_FUNCTIONS: Record<LossId, LossFunction> = {
  categoricalCrossentropy: (labels, predictions) => tf.mean(tf.metrics.categoricalCrossentropy(labels, predictions)),
  meanSquaredError: (labels, predictions) => tf.mean(tf.metrics.meanSquaredError(labels, predictions)),
  meanAbsoluteError: (labels, predictions) => tf.mean(tf.metrics.meanAbsoluteError(labels, predictions)),
  categoricalHinge,
};

/** The loss function for a catalogue id. */
export function lossFunction(id: LossId): LossFunction {
  return LOSS_FUNCTIONS[id];
}
