// Loss and accuracy of a model over a whole split, in chunks, with one read-back.
import * as tf from '@tensorflow/tfjs';
import type { LossFunction } from './losses';
import type { BatchSource } from './batchSource';
import { yieldToEventLoop } from './yieldToEventLoop';

/** Mean loss and accuracy over every sample of a split. */
export interface SplitScore {
  loss: number;
  accuracy: number;
  samples: number;
}

const CHUNK = 500;

/** Scores the model (inference mode: dropout off, batch-norm moving statistics). */
export async function evaluateSplit(model: tf.LayersModel, source: BatchSource, loss: LossFunction): Promise<SplitScore> {
  const count = source.count;
  let totals = tf.zeros([2]);
  try {
    for (let start = 0; start < count; start += CHUNK) {
      const size = Math.min(CHUNK, count - start);
      const sum = totals;
      totals = tf.tidy(() => {
        const { xs, ys } = source.sequentialBatch(start, size);
        const predictions = model.predict(xs) as tf.Tensor;
        const lossSum = tf.mul(loss(ys, predictions), size);
        const correct = tf.sum(tf.cast(tf.equal(tf.argMax(predictions, -1), tf.argMax(ys, -1)), 'float32'));
        return tf.add(sum, tf.stack([lossSum, correct]));
      });
      sum.dispose();
      // On WASM and CPU each chunk runs synchronously: a turn of the event loop lets the heartbeat's ping through.
      await yieldToEventLoop();
    }
    const [lossSum, correct] = await totals.data();
    return { loss: lossSum / count, accuracy: correct / count, samples: count };
  } finally {
    totals.dispose();
  }
}
