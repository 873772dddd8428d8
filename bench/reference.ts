// The benchmark's reference: trains a Neural Playground preset the way
// tfjs-examples/mnist does (main thread, model.fit over the whole training set
// in one tensor, a status line per batch, tf.nextFrame() after each batch), with
// the app's own network builder, optimizer, data loader and backend switch,
// so the only difference from the app is how the training is driven.
// It draws no charts and no predictions, so it is the fastest form of that page.
// scripts/bench reads window.__benchResult (and the data-value readouts).
import * as tf from '@tensorflow/tfjs';
import { analyzeNetwork } from '../src/core/network/analyze';
import { loadDataset } from '../src/worker/data/datasetLoader';
import { activateBackend } from '../src/worker/engine/backends';
import { buildModel } from '../src/worker/engine/buildModel';
import { createOptimizer } from '../src/worker/engine/optimizers';
import { Throughput } from '../src/worker/engine/throughput';
import { toTensors } from './referenceData';
import { readReferenceOptions } from './referenceOptions';

/** Epochs asked of model.fit: far more than a benchmark waits for; it stops the run itself. */
const EPOCHS = 100;

/** What the page reports, also as window.__benchResult. */
interface ReferenceResult {
  state: 'loading' | 'training' | 'stopped' | 'error';
  backend: string;
  network: string;
  params: number;
  batchSize: number;
  /** Batches trained since model.fit started. */
  batches: number;
  /** performance.now() when the first batch ended, or null. */
  firstBatchAt: number | null;
  /** Samples per second over the last 1-2 s (the app's Throughput). */
  samplesPerSecond: number;
  loss: number | null;
  error: string | null;
}

declare global {
  interface Window {
    __benchResult: ReferenceResult;
    /** Ends model.fit after the current batch. */
    __benchStop: () => void;
  }
}

const result: ReferenceResult = {
  state: 'loading', backend: '', network: '', params: 0, batchSize: 0,
  batches: 0, firstBatchAt: null, samplesPerSecond: 0, loss: null, error: null,
};
window.__benchResult = result;
window.__benchStop = () => {};

function show(testId: string, value: string | number): void {
  const element = document.querySelector(`[data-testid="${testId}"]`);
  if (!element) return;
  element.setAttribute('data-value', String(value));
  element.textContent = typeof value === 'number' ? value.toLocaleString('en') : value;
}

function status(text: string): void {
  document.getElementById('status')!.textContent = text;
}

async function run(): Promise<void> {
  const { preset, settings, backend } = readReferenceOptions(location.search);
  Object.assign(result, { network: preset.label, batchSize: settings.batchSize });
  show('network', preset.label);
  status(`Starting ${backend}…`);
  await activateBackend(backend);
  result.backend = tf.getBackend();
  show('backend', result.backend);

  status('Loading MNIST…');
  const data = await loadDataset(new URL('../data/', location.href).href, 'mnist', () => {}, { caches: null });
  const train = toTensors(data.train);
  const validation = toTensors(data.validation);

  const model = buildModel(preset.graph, settings.seed);
  result.params = model.countParams();
  show('param-count', result.params);
  const expected = analyzeNetwork(preset.graph).totalParams;
  if (result.params !== expected) throw new Error(`The model has ${result.params} parameters, the app's network ${expected}.`);
  model.compile({ optimizer: createOptimizer(settings), loss: settings.loss, metrics: ['accuracy'] });
  window.__benchStop = () => { model.stopTraining = true; };

  const throughput = new Throughput();
  result.state = 'training';
  show('reference-state', 'training');
  await model.fit(train.xs, train.ys, {
    batchSize: settings.batchSize,
    epochs: EPOCHS,
    shuffle: true,
    validationData: [validation.xs, validation.ys],
    callbacks: {
      onBatchEnd: async (_batch, logs) => {
        result.batches += 1;
        result.firstBatchAt ??= performance.now();
        result.loss = logs?.loss ?? null;
        throughput.record(settings.batchSize);
        result.samplesPerSecond = throughput.value;
        show('metric-batch', result.batches);
        show('metric-throughput', Math.round(throughput.value));
        status(`Training on ${result.backend}… batch ${result.batches}, loss ${result.loss?.toFixed(4) ?? '?'}`);
        await tf.nextFrame();
      },
    },
  });
  result.state = 'stopped';
  show('reference-state', 'stopped');
  status(`Stopped after ${result.batches} batches.`);
}

run().catch((error: unknown) => {
  result.state = 'error';
  result.error = error instanceof Error ? error.message : String(error);
  show('reference-state', 'error');
  document.getElementById('error')!.textContent = result.error;
  status('Failed.');
});
