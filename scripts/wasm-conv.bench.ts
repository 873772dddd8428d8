// Where a training batch of a convolutional preset spends its time on tfjs's
// wasm backend in Node: a per-kernel table (tf.profile) and the step speed.
// Times are CPU time of this process (process.cpuUsage), which other work on a
// shared machine inflates far less than wall time; wall time is shown too.
// Indicative only. Not part of `npm test`; run with
//   npx vitest bench --run scripts/wasm-conv.bench.ts
// PRESET="Small ResNet" BATCH=64 STEPS=20 choose what to profile.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { bench, describe } from 'vitest';
import { PRESETS } from '../src/core/network/presets';
import { DEFAULT_SETTINGS } from '../src/core/training/settings';
import { buildModel } from '../src/worker/engine/buildModel';
import { lossFunction } from '../src/worker/engine/losses';
import { createOptimizer } from '../src/worker/engine/optimizers';
import { trainStep } from '../src/worker/engine/trainStep';
import { registerWasmTrainingKernels } from '../src/worker/engine/wasmKernels/registerWasmTrainingKernels';

const presetLabel = process.env.PRESET ?? 'LeNet-5';
const batchSize = Number(process.env.BATCH ?? 64);
const profiledSteps = Number(process.env.STEPS ?? 20);
const preset = PRESETS.find((p) => p.label === presetLabel);
if (!preset) throw new Error(`No preset called ${presetLabel}`);

/** CPU milliseconds this process has used. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

registerWasmTrainingKernels();
await tf.setBackend('wasm');
// tf.profile times each kernel with backend.time(); make that CPU time.
tf.backend().time = async (f: () => void) => {
  const started = cpuMs();
  f();
  return { kernelMs: cpuMs() - started };
};
const model = buildModel(preset.graph, 1);
const optimizer = createOptimizer(DEFAULT_SETTINGS);
const loss = lossFunction('categoricalCrossentropy');
const xs = tf.randomUniform([batchSize, 28, 28, 1]);
const ys = tf.oneHot(tf.randomUniform([batchSize], 0, 10, 'int32'), 10);

function step(): void {
  const result = trainStep(model, optimizer, loss, xs, ys, { clipNorm: 0, decay: 0 });
  result.loss.dataSync();
  tf.dispose([result.loss, result.correct]);
}

for (let k = 0; k < 5; k++) step();
const wallStart = performance.now();
const cpuStart = cpuMs();
for (let k = 0; k < profiledSteps; k++) step();
const wallPerStep = (performance.now() - wallStart) / profiledSteps;
const cpuPerStep = (cpuMs() - cpuStart) / profiledSteps;
const totals = new Map<string, { ms: number; calls: number }>();
for (let k = 0; k < profiledSteps; k++) {
  const profile = await tf.profile(step);
  for (const kernel of profile.kernels) {
    const entry = totals.get(kernel.name) ?? { ms: 0, calls: 0 };
    entry.ms += kernel.kernelTimeMs as number;
    entry.calls += 1;
    totals.set(kernel.name, entry);
  }
}
const rows = [...totals].map(([name, { ms, calls }]) => ({ kernel: name, 'cpu ms/step': +(ms / profiledSteps).toFixed(2), 'calls/step': calls / profiledSteps }));
rows.sort((a, b) => b['cpu ms/step'] - a['cpu ms/step']);
const kernelMs = rows.reduce((sum, row) => sum + row['cpu ms/step'], 0);
const rate = (ms: number) => Math.round((batchSize * 1000) / ms);
console.log(`${presetLabel}, batch ${batchSize}, wasm, ${profiledSteps} steps: CPU ${cpuPerStep.toFixed(1)} ms/step (${rate(cpuPerStep)} samples/s), ` +
  `wall ${wallPerStep.toFixed(1)} ms/step (${rate(wallPerStep)} samples/s); kernels ${kernelMs.toFixed(1)} CPU ms/step`);
console.table(rows.slice(0, 20));

describe(`${presetLabel} on wasm, batch ${batchSize}`, () => {
  bench('one training step (samples/s = batch * hz)', step, { time: 5000, warmupIterations: 3 });
});
