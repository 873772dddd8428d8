// The learning views' data from a real run on MNIST (tfjs CPU backend in
// Node): the full evaluation, the live prediction grid and gradient norms.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/network/presets';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import type { TrainingSettings } from '../../core/training/types';
import type { LivePrediction, WorkerEvent } from '../protocol';
import { createBatchSource } from './batchSource';
import { buildModel } from './buildModel';
import { evaluateSplit } from './evaluate';
import { weightedLayers } from './gradientNorms';
import { lossFunction } from './losses';
import { loadTestMnist } from './mnist.fixture';
import { TrainingRun, type RunData } from './trainingRun';

const mnist = loadTestMnist();
const mlp = PRESETS.find((preset) => preset.label === 'MLP 128-64-10')!;

function runData(trainSamples: number, testSamples = 2000): RunData {
  return {
    train: createBatchSource(mnist.train, trainSamples),
    validation: createBatchSource(mnist.validation, 500),
    test: createBatchSource(mnist.test, testSamples),
  };
}

function startRun(overrides: Partial<TrainingSettings>, trainSamples: number) {
  const events: Array<{ event: WorkerEvent; transfer?: ArrayBuffer[] }> = [];
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  const run = new TrainingRun(buildModel(mlp.graph, settings.seed), settings, runData(trainSamples), (event, transfer) => events.push({ event, transfer }));
  const ofType = <T extends WorkerEvent['type']>(type: T) =>
    events.map((entry) => entry.event).filter((event): event is Extract<WorkerEvent, { type: T }> => event.type === type);
  return { run, settings, events, ofType };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('full test-set evaluation', { timeout: 60_000 }, () => {
  it('agrees with itself and with the plain loss/accuracy evaluation', async () => {
    const { run, events, ofType } = startRun({ batchSize: 64, epochs: 2, learningRate: 0.002 }, 1920);
    expect(await run.train()).toBe('done');
    const [{ evaluation }] = ofType('evaluation');
    const details = evaluation.details!;
    const labels = mnist.test.labels.subarray(0, 2000);
    expect(details.trigger).toBe('run-end');
    expect(details.batch).toBe(60);
    expect(details.epoch).toBe(2);

    // Confusion matrix: sums to the samples, rows to the class counts, diagonal / N = accuracy.
    const cells = details.confusion.flat();
    expect(cells.reduce((a, b) => a + b, 0)).toBe(2000);
    const trace = details.confusion.reduce((sum, row, t) => sum + row[t], 0);
    expect(evaluation.testAccuracy).toBe(trace / 2000);
    details.confusion.forEach((row, t) => expect(row.reduce((a, b) => a + b, 0)).toBe(labels.filter((l) => l === t).length));
    // ... and it is built from the per-sample predictions that were sent.
    expect(details.predicted).toHaveLength(2000);
    let inCell = 0;
    for (let i = 0; i < 2000; i++) if (labels[i] === 3 && details.predicted[i] === 5) inCell += 1;
    expect(inCell).toBe(details.confusion[3][5]);
    const sent = events.find((entry) => entry.event.type === 'evaluation')!;
    expect(sent.transfer).toEqual([details.predicted.buffer]);

    // The same model scored by the loss/accuracy path used for validation.
    const plain = await evaluateSplit(run.model, run.data.test, lossFunction('categoricalCrossentropy'));
    expect(evaluation.testLoss).toBeCloseTo(plain.loss, 5);
    expect(evaluation.testAccuracy).toBeCloseTo(plain.accuracy, 6);
    expect(evaluation.testAccuracy).toBeGreaterThan(0.8);

    // Per-class figures, ROC curves and mistakes.
    expect(details.perClass).toHaveLength(10);
    expect(details.perClass.reduce((sum, m) => sum + m.support, 0)).toBe(2000);
    expect(details.macro.recall).toBeCloseTo(details.perClass.reduce((sum, m) => sum + m.recall, 0) / 10, 12);
    expect(details.roc).toHaveLength(10);
    for (const curve of details.roc) {
      expect(curve.fpr.length).toBeLessThanOrEqual(100);
      expect(curve.auc).toBeGreaterThan(0.9);
      expect(curve.auc).toBeLessThanOrEqual(1);
    }
    expect(details.mistakes).toHaveLength(24);
    const confidences = details.mistakes.map((m) => m.top[0].probability);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    for (const mistake of details.mistakes) {
      expect(mistake.label).toBe(labels[mistake.index]);
      expect(mistake.predicted).not.toBe(mistake.label);
      expect(mistake.predicted).toBe(details.predicted[mistake.index]);
      expect(mistake.top).toHaveLength(3);
      expect(mistake.top[0].label).toBe(mistake.predicted);
    }
    run.dispose();
  });
});

describe('live predictions', { timeout: 60_000 }, () => {
  const checkGrid = (predictions: LivePrediction[], indices: number[]) => {
    expect(predictions.map((p) => p.index)).toEqual(indices);
    for (const p of predictions) {
      expect(p.label).toBe(mnist.test.labels[p.index]);
      expect(p.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
      expect(p.confidence).toBe(Math.max(...p.probabilities));
      expect(p.probabilities[p.predicted]).toBe(p.confidence);
    }
  };

  it('shows the same 24 images, every digit, after a Step and at every epoch end', async () => {
    const { run, ofType } = startRun({ batchSize: 64, epochs: 2 }, 640);
    const indices = run.liveIndices;
    expect(indices).toHaveLength(24);
    expect(new Set(indices.map((i) => mnist.test.labels[i])).size).toBe(10);
    expect(await run.train(1)).toBe('paused');
    expect(ofType('predictions').map((e) => e.batch)).toEqual([1]);
    await run.train();
    const grids = ofType('predictions');
    // Epoch ends after batches 10 and 20 always refresh the grid (timed ones may come between).
    expect(grids.map((e) => e.batch)).toEqual(expect.arrayContaining([1, 10, 20]));
    // Sent with the epoch's last report, before the 'epoch-end' event counts the epoch (as 'progress' does).
    expect(grids.at(-1)).toMatchObject({ batch: 20, epoch: 1 });
    grids.forEach((grid) => checkGrid(grid.predictions, indices));
    const times = grids.length;
    await run.train();
    expect(ofType('predictions')).toHaveLength(times);
    run.dispose();
  });
});

describe('gradient norms in progress events', { timeout: 60_000 }, () => {
  it('reports each layer\'s norm for the last step of a report, equal to a direct computation', async () => {
    const { run, settings, ofType } = startRun({ batchSize: 32, epochs: 1, seed: 5 }, 640);
    await run.train(1);
    const [first] = ofType('progress');
    expect(first.gradientNorms?.batch).toBe(1);
    expect(first.gradientNorms?.layers.map((l) => l.layer)).toEqual(['dense_1', 'dense_2', 'dense_3']);

    // The same first step by hand: same seed, same batch, fresh weights.
    const model = buildModel(mlp.graph, settings.seed);
    const source = run.data.train;
    const { xs, ys } = source.shuffledBatch(source.order(settings.seed, 0), 0, 32, null);
    const layers = weightedLayers(model);
    const variables = layers.flatMap((layer) => layer.layer.trainableWeights.map((w) => w.read() as tf.Variable));
    const { value, grads } = tf.variableGrads(() => lossFunction(settings.loss)(ys, model.apply(xs, { training: true }) as tf.Tensor), variables);
    const expected = layers.map((layer) => Math.sqrt(layer.variables.reduce((sum, name) => sum + grads[name].square().sum().dataSync()[0], 0)));
    tf.dispose([xs, ys, value, ...Object.values(grads)]);
    model.dispose();
    first.gradientNorms!.layers.forEach((layer, i) => {
      expect(layer.norm).toBeGreaterThan(0);
      expect(layer.norm).toBeCloseTo(expected[i], 4);
    });

    await run.train();
    for (const event of ofType('progress')) {
      if (event.gradientNorms) expect(event.gradientNorms.batch).toBe(event.points.at(-1)!.batch);
    }
    expect(ofType('progress').filter((event) => event.gradientNorms).length).toBeGreaterThan(0);
    run.dispose();
  });
});
