// A worker 'progress' report for store tests.
import type { BatchPoint } from '../../worker/protocol';

/** A report of `count` batches from batch `from`, the loss falling as 2 / batch. */
export function progressOf(from: number, count: number) {
  return {
    type: 'progress' as const,
    points: Array.from({ length: count }, (_, i): BatchPoint => ({ batch: from + i, epoch: 0, loss: 2 / (from + i), accuracy: 0.5, meanLoss: 2 / (from + i), meanAccuracy: 0.5, learningRate: 0.001, gradientNorm: 1, clipNorm: 0 })),
    batch: from + count - 1,
    epoch: 0,
    throughput: 100,
    nextLearningRate: 0.001,
  };
}
