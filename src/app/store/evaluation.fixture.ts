// A full-test-set evaluation for store tests, with the given accuracy and loss.
import type { Evaluation } from '../../worker/protocol';

/** An evaluation of 10,000 images whose confusion matrix matches `testAccuracy`. */
export function evaluationOf(testAccuracy: number, testLoss = 0.2): Evaluation {
  const samples = 10_000;
  const right = Math.round(testAccuracy * samples);
  const confusion = Array.from({ length: 10 }, () => Array.from({ length: 10 }, () => 0));
  confusion[0][0] = right;
  confusion[0][1] = samples - right;
  return {
    testLoss,
    testAccuracy,
    samples,
    details: {
      trigger: 'run-end',
      batch: 0,
      epoch: 1,
      confusion,
      perClass: [],
      macro: { precision: 0, recall: 0, f1: 0 },
      roc: [],
      predicted: new Uint8Array(samples),
      mistakes: [],
    },
  };
}
