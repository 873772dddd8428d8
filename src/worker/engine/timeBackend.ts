// Times how fast one backend trains a network: a throwaway copy of the model
// and optimizer on one real batch, a warm-up batch (shader compiles and wasm
// set-up), then timed batches until the budget or the clearly-slower cut
// stops it. Nothing of the run is touched, so its weights stay those its seed gives.
import * as tf from '@tensorflow/tfjs';
import type { MnistSubset } from '../../core/data/split';
import type { NetworkGraph } from '../../core/network/types';
import { keepTiming, timedBatchSize, WARMUP_BATCHES, warmupBatchSize, type BackendFigure } from '../../core/training/autoBackend';
import type { BackendName } from '../../core/training/backends';
import type { TrainingSettings } from '../../core/training/types';
import { activateBackend } from './backends';
import { createBatchSource } from './batchSource';
import { buildModel } from './buildModel';
import { lossFunction } from './losses';
import { createOptimizer } from './optimizers';
import { trainStep } from './trainStep';

/** What a timing trains: the run's network and settings, and the training split to take one batch from. */
export interface TimingTrial {
  graph: NetworkGraph;
  settings: TrainingSettings;
  train: MnistSubset;
}

/** The batch `backend` is timed on: the run's batch size (fewer when the run trains on fewer samples; see timedBatchSize for CPU). */
export function trialBatchSize(trial: TimingTrial, backend: BackendName): number {
  return Math.max(1, Math.min(timedBatchSize(backend, trial.settings.batchSize), trial.settings.trainingSamples, trial.train.count));
}

/**
 * Samples per second of `backend` on the trial, or null when it cannot train
 * the network (it will not start, or a kernel is missing). `best` is the best
 * speed measured so far, for the clearly-slower cut. Leaves `backend` active.
 */
export async function timeBackend(backend: BackendName, trial: TimingTrial, best: number | null): Promise<BackendFigure> {
  try {
    await activateBackend(backend);
  } catch {
    return { backend, samplesPerSecond: null };
  }
  const size = trialBatchSize(trial, backend);
  let model: tf.LayersModel | null = null;
  let optimizer: tf.Optimizer | null = null;
  const batches: tf.Tensor[] = [];
  try {
    const built = buildModel(trial.graph, trial.settings.seed);
    model = built;
    const stepper = createOptimizer(trial.settings);
    optimizer = stepper;
    const source = createBatchSource(trial.train, size);
    const timedBatch = source.sequentialBatch(0, size);
    const warmBatch = source.sequentialBatch(0, warmupBatchSize(backend, size));
    batches.push(timedBatch.xs, timedBatch.ys, warmBatch.xs, warmBatch.ys);
    const loss = lossFunction(trial.settings.loss);
    // Each batch ends with a read of its loss, so the clock sees the work done, not only queued.
    const step = async ({ xs, ys }: { xs: tf.Tensor; ys: tf.Tensor }) => {
      const result = trainStep(built, stepper, loss, xs, ys, { clipNorm: 0, decay: 0 });
      try {
        await result.loss.data();
      } finally {
        tf.dispose([result.loss, result.correct, result.globalNorm, ...(result.gradientNorms ? [result.gradientNorms] : [])]);
      }
    };
    for (let warm = 0; warm < WARMUP_BATCHES; warm++) await step(warmBatch);
    const start = performance.now();
    let timed = 0;
    let last = { size, seconds: 0 };
    do {
      const before = performance.now();
      await step(timedBatch);
      timed++;
      last = { size, seconds: (performance.now() - before) / 1000 };
    } while (keepTiming(timed, performance.now() - start, last, best));
    const seconds = (performance.now() - start) / 1000;
    return { backend, samplesPerSecond: seconds > 0 ? (timed * size) / seconds : null };
  } catch {
    return { backend, samplesPerSecond: null };
  } finally {
    tf.dispose(batches);
    optimizer?.dispose();
    model?.dispose();
  }
}
