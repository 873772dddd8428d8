// The training engine on real MNIST with tfjs's CPU backend in Node: the
// same code the worker runs, minus the browser. Small subsets keep it quick.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/network/presets';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import { liveSettings, type LiveSettings } from '../../core/training/settingsTable';
import type { TrainingSettings } from '../../core/training/types';
import type { EpochPoint, Evaluation, WorkerEvent } from '../protocol';
import { createBatchSource } from './batchSource';
import { buildModel } from './buildModel';
import { loadTestMnist } from './mnist.fixture';
import { TrainingRun, type RunData } from './trainingRun';

const mnist = loadTestMnist();
const mlp = PRESETS.find((preset) => preset.label === 'MLP 128-64-10')!;

function runData(trainSamples: number): RunData {
  return {
    train: createBatchSource(mnist.train, trainSamples),
    validation: createBatchSource(mnist.validation, 1000),
    test: createBatchSource(mnist.test, 2000),
  };
}

function settings(overrides: Partial<TrainingSettings>): TrainingSettings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

function startRun(overrides: Partial<TrainingSettings>, trainSamples: number) {
  const events: WorkerEvent[] = [];
  const s = settings(overrides);
  const run = new TrainingRun(buildModel(mlp.graph, s.seed), s, runData(trainSamples), (event) => events.push(event));
  return { run, events };
}

function losses(events: WorkerEvent[]): number[] {
  return events.flatMap((event) => (event.type === 'progress' ? event.points.map((point) => point.loss) : []));
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('TrainingRun', { timeout: 60_000 }, () => {
  it('learns: loss falls, accuracy rises, and the run ends with a test evaluation', async () => {
    const { run, events } = startRun({ optimizer: 'adam', learningRate: 0.002, batchSize: 64, epochs: 2 }, 1920);
    expect(await run.train()).toBe('done');
    const curve = losses(events);
    expect(curve).toHaveLength(60);
    expect(mean(curve.slice(-10))).toBeLessThan(mean(curve.slice(0, 10)) * 0.5);
    const evaluation = events.find((event) => event.type === 'evaluation') as { evaluation: Evaluation } | undefined;
    expect(evaluation?.evaluation.samples).toBe(2000);
    expect(evaluation?.evaluation.testAccuracy).toBeGreaterThan(0.8);
    run.dispose();
  });

  it('keeps tf.memory().numTensors identical at every epoch end, and frees everything on dispose', async () => {
    const start = tf.memory().numTensors;
    const { run, events } = startRun({ optimizer: 'adam', batchSize: 128, epochs: 3, clipNorm: 1, weightDecay: 0.01 }, 384);
    await run.train();
    const ends = events.filter((event): event is { type: 'epoch-end'; point: EpochPoint } => event.type === 'epoch-end');
    expect(ends.map((event) => event.point.epoch)).toEqual([1, 2, 3]);
    const counts = ends.map((event) => event.point.numTensors);
    expect(new Set(counts).size).toBe(1);
    run.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });

  it('pauses after exactly the batches asked for, and resumes from there', async () => {
    const { run, events } = startRun({ batchSize: 32, epochs: 1 }, 640);
    expect(await run.train(1)).toBe('paused');
    const firstReport = events.filter((event) => event.type === 'progress');
    expect(firstReport).toHaveLength(1);
    expect(firstReport[0]).toMatchObject({ batch: 1, epoch: 0 });
    expect(await run.train(3)).toBe('paused');
    expect(losses(events)).toHaveLength(4);
    expect(await run.train()).toBe('done');
    expect(losses(events)).toHaveLength(20);
    run.dispose();
  });

  it('stops a diverging run (SGD, learning rate 10000) and says so', async () => {
    const { run, events } = startRun({ optimizer: 'sgd', learningRate: 10000, batchSize: 64, epochs: 1 }, 6400);
    expect(await run.train()).toBe('diverged');
    const diverged = events.find((event) => event.type === 'diverged');
    if (diverged?.type !== 'diverged') throw new Error('no diverged event');
    expect(losses(events).length).toBeLessThan(100);
    // The last report ends at the batch the alert names, and its loss is that batch's.
    const reports = events.filter((event) => event.type === 'progress');
    const last = reports[reports.length - 1];
    expect(last.batch).toBe(diverged.batch);
    expect(last.points[last.points.length - 1]).toMatchObject({ batch: diverged.batch, loss: diverged.loss });
    expect(losses(events)).toHaveLength(diverged.batch);
    expect(diverged.since).toBeLessThanOrEqual(diverged.batch);
    expect(run.progress.batch).toBe(diverged.batch);
    run.dispose();
  });

  it('gives the same losses for the same seed', async () => {
    const first = startRun({ seed: 7, batchSize: 64, epochs: 1 }, 640);
    await first.run.train(5);
    first.run.dispose();
    const second = startRun({ seed: 7, batchSize: 64, epochs: 1 }, 640);
    await second.run.train(5);
    second.run.dispose();
    expect(losses(second.events)).toEqual(losses(first.events));
  });

  it('takes on live settings from the next batch, reports each change, and ignores anything else', async () => {
    const { run, events } = startRun({ optimizer: 'sgd', learningRate: 0.01, batchSize: 64, epochs: 1 }, 640);
    expect(await run.train(3)).toBe('paused');
    const update = { ...liveSettings(settings({ learningRate: 0.01 })), learningRate: 0.05, epochs: 2 };
    run.updateSettings(update);
    run.updateSettings(update);
    expect(events.filter((event) => event.type === 'live-change')).toEqual([
      { type: 'live-change', batch: 3, changes: [{ key: 'learningRate', from: 0.01, to: 0.05 }, { key: 'epochs', from: 1, to: 2 }] },
    ]);
    // Whatever arrives over the boundary, a batch size cannot reach the running run.
    const smuggled: LiveSettings = Object.assign(liveSettings(update), { batchSize: 8 });
    run.updateSettings(smuggled);
    expect(await run.train()).toBe('done');
    expect(losses(events)).toHaveLength(20);
    run.dispose();
  });
});
