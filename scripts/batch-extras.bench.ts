// What each per-batch extra of the training loop costs on tfjs's wasm backend
// in Node, in CPU milliseconds of this process (other work on a shared machine
// inflates it far less than wall time): the plain step, and on top of it the
// accuracy count, the gradient norms, the weight health check, the live
// predictions and one read-back per report. Indicative only; not part of
// `npm test`. Run with
//   npx vitest bench --run scripts/batch-extras.bench.ts
// PRESET="LeNet-5" BATCH=64 STEPS=200 choose what to measure.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { bench, describe } from 'vitest';
import { PRESETS } from '../src/core/network/presets';
import { DEFAULT_SETTINGS } from '../src/core/training/settings';
import { buildModel } from '../src/worker/engine/buildModel';
import { weightedLayers, layerGradientNorms } from '../src/worker/engine/gradientNorms';
import { lossFunction } from '../src/worker/engine/losses';
import { createOptimizer } from '../src/worker/engine/optimizers';
import { predictProbabilities } from '../src/worker/engine/probabilities';
import { REPORT_INTERVAL_MS } from '../src/worker/engine/trainingRun';
import { weightHealth } from '../src/worker/engine/trainStep';
import { registerWasmTrainingKernels } from '../src/worker/engine/wasmKernels/registerWasmTrainingKernels';

const presetLabel = process.env.PRESET ?? 'MLP 128-64-10';
const batchSize = Number(process.env.BATCH ?? 64);
const steps = Number(process.env.STEPS ?? 200);
const preset = PRESETS.find((p) => p.label === presetLabel);
if (!preset) throw new Error(`No preset called ${presetLabel}`);

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

registerWasmTrainingKernels();
await tf.setBackend('wasm');
const model = buildModel(preset.graph, 1);
const optimizer = createOptimizer({ ...DEFAULT_SETTINGS, optimizer: 'adam', learningRate: 0.001 });
const loss = lossFunction('categoricalCrossentropy');
const layers = weightedLayers(model);
const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
const xs = tf.randomUniform([batchSize, 28, 28, 1]);
const ys = tf.oneHot(tf.randomUniform([batchSize], 0, 10, 'int32'), 10);
const grid = tf.randomUniform([24, 28, 28, 1]);

/** One step with the chosen extras; returns the tensors a report would read. */
function step(extras: { accuracy: boolean; norms: boolean }): tf.Tensor[] {
  let correct: tf.Scalar | null = null;
  const { value, grads } = optimizer.computeGradients(() => {
    const predictions = model.apply(xs, { training: true }) as tf.Tensor;
    if (extras.accuracy) correct = tf.keep(tf.sum(tf.cast(tf.equal(tf.argMax(predictions, -1), tf.argMax(ys, -1)), 'float32')));
    return loss(ys, predictions);
  }, variables);
  const norms = extras.norms ? layerGradientNorms(grads, layers) : null;
  optimizer.applyGradients(grads);
  tf.dispose(grads);
  return [value, ...(correct ? [correct] : []), ...(norms ? [norms] : [])];
}

/** CPU ms per call of each variant: rounds of `count / ROUNDS` calls, variants interleaved, the fastest round kept (noise only adds time). */
const ROUNDS = 8;
function cpuPerCall(variants: Record<string, () => void>, count: number): Record<string, number> {
  const best: Record<string, number> = {};
  for (const fn of Object.values(variants)) for (let k = 0; k < 10; k++) fn();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(variants)) {
      const started = cpuMs();
      for (let k = 0; k < count / ROUNDS; k++) fn();
      const ms = (cpuMs() - started) / (count / ROUNDS);
      best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, ms);
    }
  }
  return best;
}

const cost = cpuPerCall({
  plain: () => tf.dispose(step({ accuracy: false, norms: false })),
  withAccuracy: () => tf.dispose(step({ accuracy: true, norms: false })),
  withNorms: () => tf.dispose(step({ accuracy: true, norms: true })),
  health: () => tf.dispose(weightHealth(model)),
  predictions: () => tf.dispose(tf.tidy(() => predictProbabilities(model, grid))),
  withReadBack: () => {
    const parts = step({ accuracy: true, norms: false });
    tf.tidy(() => tf.concat(parts.map((part) => tf.reshape(part, [-1])))).dataSync();
    tf.dispose(parts);
  },
}, steps);
const { plain, withAccuracy, withNorms, health, predictions } = cost as Record<'plain' | 'withAccuracy' | 'withNorms' | 'health' | 'predictions', number>;
const readBack = cost.withReadBack! - withAccuracy;

const batchesPerSecond = 1000 / withAccuracy;
const reportsPerSecond = 1000 / REPORT_INTERVAL_MS;
const share = (msPerSecond: number) => `${((100 * msPerSecond) / 1000).toFixed(2)} %`;
console.log(`${presetLabel}, batch ${batchSize}, wasm in Node, ${steps} calls each (CPU ms of this process)`);
console.table([
  { extra: 'plain step (loss only)', 'cpu ms': +plain.toFixed(3), 'how often': 'every batch', 'share of training time': '—' },
  { extra: 'accuracy count', 'cpu ms': +(withAccuracy - plain).toFixed(3), 'how often': 'every batch', 'share of training time': share((withAccuracy - plain) * batchesPerSecond) },
  { extra: 'gradient norms per layer', 'cpu ms': +(withNorms - withAccuracy).toFixed(3), 'how often': 'once per report', 'share of training time': share((withNorms - withAccuracy) * reportsPerSecond) },
  { extra: 'weight health (sum of squares)', 'cpu ms': +health.toFixed(3), 'how often': 'once per report', 'share of training time': share(health * reportsPerSecond) },
  { extra: 'live predictions (24 images)', 'cpu ms': +predictions.toFixed(3), 'how often': 'once a second', 'share of training time': share(predictions) },
  { extra: 'read-back of a report', 'cpu ms': +readBack.toFixed(3), 'how often': 'once per report', 'share of training time': share(readBack * reportsPerSecond) },
]);

describe(`${presetLabel} on wasm, batch ${batchSize}`, () => {
  bench('one training step with the accuracy count', () => tf.dispose(step({ accuracy: true, norms: false })), { time: 2000 });
});
