// Loss functions by catalogue id. Each returns the mean loss over the batch.
// The network's output is a probability distribution (softmax), as in Keras.
import * as tf from '@tensorflow/tfjs';
import type { LossId } from '../../core/training/types';

/**
 * Mean loss over a batch of one-hot labels and predicted probabilities. With
 * a `mask` (1 per real sample, 0 per filler row of a padded batch,
 * core/data/padBatch.ts) it is the mean over the real samples only: Σ m·l / Σ m.
 */
export type LossFunction = (labels: tf.Tensor, predictions: tf.Tensor, mask?: tf.Tensor1D | null) => tf.Scalar;

/** One loss value per sample. */
type PerSampleLoss = (labels: tf.Tensor, predictions: tf.Tensor) => tf.Tensor1D;

/** max(0, max_{j != y} p_j - p_y + 1), Keras' categorical hinge. */
function categoricalHinge(labels: tf.Tensor, predictions: tf.Tensor): tf.Tensor1D {
  const positive = tf.sum(tf.mul(labels, predictions), -1);
  const negative = tf.max(tf.mul(tf.sub(1, labels), predictions), -1);
  return tf.relu(tf.add(tf.sub(negative, positive), 1)) as tf.Tensor1D;
}

const PER_SAMPLE_LOSSES: Record<LossId, PerSampleLoss> = {
  categoricalCrossentropy: (labels, predictions) => tf.metrics.categoricalCrossentropy(labels, predictions) as tf.Tensor1D,
  meanSquaredError: (labels, predictions) => tf.metrics.meanSquaredError(labels, predictions) as tf.Tensor1D,
  meanAbsoluteError: (labels, predictions) => tf.metrics.meanAbsoluteError(labels, predictions) as tf.Tensor1D,
  categoricalHinge,
};

/** The loss function for a catalogue id. */
export function lossFunction(id: LossId): LossFunction {
  const perSample = PER_SAMPLE_LOSSES[id];
  return (labels, predictions, mask) => {
    const losses = perSample(labels, predictions);
    return mask ? tf.div(tf.sum(tf.mul(losses, mask)), tf.sum(mask)) : tf.mean(losses);
  };
}
