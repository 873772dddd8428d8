// The full evaluation behind the learning views: loss, accuracy, confusion
// matrix, per-class metrics, ROC curves and confident mistakes of the model
// on a whole split, all from one read-back of its class probabilities.
import * as tf from '@tensorflow/tfjs';
import { yieldToEventLoop } from './yieldToEventLoop';
import { NUM_CLASSES } from '../../core/data/mnist';
import { summarizeClassification } from '../../core/metrics/summary';
import type { Evaluation, EvaluationDetails } from '../protocol';
import type { BatchSource } from './batchSource';
import type { LossFunction } from './losses';
import { endsInSoftmax, toProbabilities } from './probabilities';
import { readTogether } from './readBack';

/** Most corners per ROC curve sent to the page. */
export const ROC_POINTS = 100;
/** Confident mistakes listed per evaluation. */
export const MISTAKES = 24;
/** Classes listed per mistake. */
export const MISTAKE_TOP_K = 3;

/** Images scored per forward pass. */
const CHUNK = 500;

/** When and why an evaluation happens. */
export type EvaluationContext = Pick<EvaluationDetails, 'trigger' | 'batch' | 'epoch'>;

/** Evaluates the model on every sample of `source` (inference mode); `details.predicted` is a fresh buffer, safe to transfer. */
export async function evaluateClassifier(
  model: tf.LayersModel,
  source: BatchSource,
  loss: LossFunction,
  context: EvaluationContext,
): Promise<Evaluation & { details: EvaluationDetails }> {
  const count = source.count;
  const softmaxed = endsInSoftmax(model);
  const lossSums: tf.Tensor[] = [];
  const probabilities: tf.Tensor[] = [];
  let joined: tf.Tensor[];
  try {
    for (let start = 0; start < count; start += CHUNK) {
      const size = Math.min(CHUNK, count - start);
      const [lossSum, chunk] = tf.tidy(() => {
        const { xs, ys } = source.sequentialBatch(start, size);
        const output = model.predict(xs) as tf.Tensor;
        return [tf.mul(loss(ys, output), size), toProbabilities(output, softmaxed)];
      });
      lossSums.push(lossSum);
      probabilities.push(chunk);
      // On WASM and CPU each chunk runs synchronously: a turn of the event loop lets the heartbeat's ping through.
      await yieldToEventLoop();
    }
    joined = tf.tidy(() => [tf.stack(lossSums), tf.concat(probabilities)]);
  } finally {
    tf.dispose([...lossSums, ...probabilities]);
  }
  const [losses, probs] = await readTogether(joined);
  const summary = summarizeClassification(probs, source.labels, NUM_CLASSES, { rocPoints: ROC_POINTS, mistakes: MISTAKES, topK: MISTAKE_TOP_K });
  return {
    testLoss: losses.reduce((sum, value) => sum + value, 0) / count,
    testAccuracy: summary.accuracy,
    samples: count,
    details: {
      ...context,
      confusion: summary.confusion,
      perClass: summary.perClass,
      macro: summary.macro,
      roc: summary.roc,
      predicted: summary.predicted,
      mistakes: summary.mistakes,
    },
  };
}
