// Class probabilities for one image from the page (a drawing).
import * as tf from '@tensorflow/tfjs';
import { NUM_CLASSES, PIXELS_PER_IMAGE } from '../../core/data/mnist';
import { argmaxRows } from '../../core/metrics/confusion';
import type { PredictResult } from '../protocol';
import { EngineError } from './errors';
import { predictProbabilities } from './probabilities';
import { readTogether } from './readBack';

/** Checks that `pixels` is one 28 x 28 image of finite values, or throws a 'bad-request' error. */
export function checkImage(pixels: unknown): asserts pixels is Float32Array {
  if (!(pixels instanceof Float32Array) || pixels.length !== PIXELS_PER_IMAGE) {
    throw new EngineError('bad-request', `A prediction needs one 28 x 28 image: a Float32Array of ${PIXELS_PER_IMAGE} values.`);
  }
  if (!pixels.every(Number.isFinite)) throw new EngineError('bad-request', 'The image to predict has values that are not finite numbers.');
}

/** Probabilities of classes 0..9 for one image (784 values in [0, 1]), in inference mode. */
export async function predictImage(model: tf.LayersModel, pixels: Float32Array): Promise<PredictResult> {
  checkImage(pixels);
  const probabilities = tf.tidy(() => predictProbabilities(model, tf.tensor4d(pixels, [1, 28, 28, 1])));
  const [values] = await readTogether([probabilities]);
  const predicted = argmaxRows(values, NUM_CLASSES)[0];
  return { probabilities: Array.from(values), predicted, confidence: values[predicted] };
}
