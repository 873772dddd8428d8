// The lesson controls in the real training loop (tfjs CPU backend, real
// MNIST): Nesterov and Centered change the updates, early stopping restores
// the best weights, dropout draws a new mask per batch from the seed, the
// learning rate and the epoch means reach the reports, and a seeded run with
// augmentation and label smoothing repeats exactly.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/network/presets';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import { liveSettings } from '../../core/training/settingsTable';
import type { TrainingSettings } from '../../core/training/types';
import type { BatchPoint, EpochPoint, WorkerEvent } from '../protocol';
import { createBatchSource } from './batchSource';
import { buildModel } from './buildModel';
import { loadTestMnist } from './mnist.fixture';
import { evaluateSplit } from './evaluate';
import { reseedDropout } from './runSeeds';
import { TrainingRun } from './trainingRun';

const mnist = loadTestMnist();
const blank = PRESETS.find((preset) => preset.label === 'Blank')!;
const dropoutNet = PRESETS.find((preset) => preset.label === 'MLP 1024-1024 dropout')!;

function start(overrides: Partial<TrainingSettings>, trainSamples = 640) {
  const settings: TrainingSettings = { ...DEFAULT_SETTINGS, batchSize: 64, seed: 5, ...overrides };
  const events: WorkerEvent[] = [];
  const data = { train: createBatchSource(mnist.train, trainSamples), validation: createBatchSource(mnist.validation, 500), test: createBatchSource(mnist.test, 200) };
  const run = new TrainingRun(buildModel(blank.graph, settings.seed), settings, data, (event) => events.push(event));
  return { run, events };
}

const points = (events: WorkerEvent[]): BatchPoint[] => events.flatMap((event) => (event.type === 'progress' ? event.points : []));
const weightsOf = (run: TrainingRun) => run.model.getWeights().map((weight) => Array.from(weight.dataSync()));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the lesson controls in a run', { timeout: 120_000 }, () => {
  it('Nesterov and Centered change the updates of Momentum and RMSprop', async () => {
    for (const [optimizer, flag] of [['momentum', 'nesterov'], ['rmsprop', 'centered']] as const) {
      const plain = start({ optimizer, learningRate: 0.01 });
      const varied = start({ optimizer, learningRate: 0.01, [flag]: true });
      await plain.run.train(3);
      await varied.run.train(3);
      expect(weightsOf(varied.run)[0]).not.toEqual(weightsOf(plain.run)[0]);
      plain.run.dispose();
      varied.run.dispose();
    }
  });

  it('reports each batch its learning rate, gradient norm and the running epoch mean; a typed rate reaches the next batch', async () => {
    const { run, events } = start({ optimizer: 'sgd', learningRate: 0.1, clipNorm: 0.5 });
    await run.train(3);
    run.updateSettings(liveSettings({ ...DEFAULT_SETTINGS, learningRate: 0.02, clipNorm: 0.5 }));
    await run.train(2);
    const reported = points(events);
    expect(reported.map((point) => point.learningRate)).toEqual([0.1, 0.1, 0.1, 0.02, 0.02]);
    expect(reported.every((point) => point.gradientNorm > 0 && point.clipNorm === 0.5)).toBe(true);
    const weighted = reported.slice(0, 3).reduce((sum, point) => sum + point.loss, 0) / 3;
    expect(reported[2].meanLoss).toBeCloseTo(weighted, 6);
    const last = events.findLast((event) => event.type === 'progress');
    expect(last?.type === 'progress' && last.nextLearningRate).toBe(0.02);
    run.dispose();
  });

  it('repeats a seeded run with augmentation and label smoothing exactly, and another seed differs', async () => {
    const busy = { augment: true, augmentRotation: 10, augmentScale: 10, augmentNoise: 0.1, labelSmoothing: 0.1, weightDecay: 0.001, weightDecayType: 'l1' as const };
    const losses = async (seed: number) => {
      const { run, events } = start({ ...busy, seed });
      await run.train(4);
      run.dispose();
      return points(events).map((point) => point.loss);
    };
    const a = await losses(5);
    expect(await losses(5)).toEqual(a);
    expect(await losses(6)).not.toEqual(a);
  });

  it('early stopping ends the run after Patience epochs without a better validation loss and restores the best weights', async () => {
    // A large learning rate makes Adam overshoot (not so large that it diverges), so the validation loss soon stops improving.
    const { run, events } = start({ optimizer: 'adam', learningRate: 0.05, epochs: 8, earlyStopping: true, patience: 1 });
    expect(await run.train()).toBe('done');
    const ends = events.flatMap((event) => (event.type === 'epoch-end' ? [event.point] : [])) as EpochPoint[];
    const stopped = ends.at(-1)?.stoppedEarly;
    expect(ends.length).toBeLessThan(8);
    expect(stopped).toBeDefined();
    const best = ends.find((point) => point.epoch === stopped!.bestEpoch)!;
    expect(stopped!.bestValLoss).toBe(best.valLoss);
    expect(Math.min(...ends.map((point) => point.valLoss))).toBe(best.valLoss);
    const restored = await evaluateSplit(run.model, run.data.validation, run.loss);
    expect(restored.loss).toBeCloseTo(best.valLoss, 5);
    run.dispose();
  });

  it('gives dropout a new mask each batch, the same for the same seed', () => {
    const model = buildModel(dropoutNet.graph, 1);
    const x = tf.ones([1, 28, 28, 1]);
    const dropout = model.layers.find((layer) => layer.getClassName() === 'Dropout')!;
    const masks = [0, 1, 0].map((batch) => {
      reseedDropout(model, 9, batch);
      return tf.tidy(() => Array.from((dropout.apply(tf.ones([1, 64]), { training: true }) as tf.Tensor).dataSync()));
    });
    expect(masks[1]).not.toEqual(masks[0]);
    expect(masks[2]).toEqual(masks[0]);
    tf.dispose(x);
    model.dispose();
  });
});
