// The live prediction grid: the same 24 test images, predicted with one
// forward pass whose result rides along with the training loop's read-back.
import * as tf from '@tensorflow/tfjs';
import { NUM_CLASSES } from '../../core/data/mnist';
import { argmaxRows } from '../../core/metrics/confusion';
import { showcaseIndices } from '../../core/metrics/showcase';
import type { LivePrediction } from '../protocol';
import type { BatchSource } from './batchSource';
import { predictProbabilities } from './probabilities';

/** Images in the live prediction grid. */
export const LIVE_PREDICTION_COUNT = 24;

/** The grid's images (chosen once from the test labels) and how to predict them. */
export class LivePredictions {
  /** Test indices: the first two images of each class 0..9, then the third of classes 0..3. */
  readonly indices: number[];

  constructor(private readonly source: BatchSource) {
    this.indices = showcaseIndices(source.labels, NUM_CLASSES, LIVE_PREDICTION_COUNT);
  }

  /** Probabilities of the grid's images, [24 x 10] flattened, on the device; the caller disposes it. */
  predict(model: tf.LayersModel): tf.Tensor {
    return tf.tidy(() => tf.reshape(predictProbabilities(model, this.source.pickedBatch(this.indices).xs), [-1]));
  }

  /** Turns read-back probabilities into the event's per-image entries. */
  describe(probabilities: Float32Array): LivePrediction[] {
    const predicted = argmaxRows(probabilities, NUM_CLASSES);
    return this.indices.map((index, i) => {
      const row = Array.from(probabilities.subarray(i * NUM_CLASSES, (i + 1) * NUM_CLASSES));
      return { index, label: this.source.labels[index], predicted: predicted[i], confidence: row[predicted[i]], probabilities: row };
    });
  }
}
