// Class probabilities from whatever the output layer gives.
import * as tf from '@tensorflow/tfjs';

/** Whether the model's output layer ends in a softmax, so its output already is a distribution. */
export function endsInSoftmax(model: tf.LayersModel): boolean {
  const config = model.outputs[0].sourceLayer.getConfig();
  return config.activation === 'softmax';
}

/**
 * Turns output scores into probabilities: unchanged after a softmax, softmax
 * of the scores otherwise (a linear output trained with MSE, say). Synchronous:
 * call it inside tf.tidy.
 */
export function toProbabilities(output: tf.Tensor, softmaxed: boolean): tf.Tensor {
  return softmaxed ? output : tf.softmax(output);
}

/** Probabilities [n, 10] for a batch of images [n, 28, 28, 1], in inference mode; call inside tf.tidy. */
export function predictProbabilities(model: tf.LayersModel, xs: tf.Tensor): tf.Tensor {
  return toProbabilities(model.predict(xs) as tf.Tensor, endsInSoftmax(model));
}
