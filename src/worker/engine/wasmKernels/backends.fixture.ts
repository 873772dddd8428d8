// Runs the same tfjs computation on the CPU and the wasm backend in Node and
// measures how far apart the results are: the CPU backend is the reference.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { createRng } from '../../../core/rng';
import { registerWasmTrainingKernels } from './registerWasmTrainingKernels';

/** The largest gradient difference the wasm kernels may show against the CPU backend. */
export const TOLERANCE = 1e-4;

/** Registers our kernels and starts both backends once. */
export async function startBackends(): Promise<void> {
  registerWasmTrainingKernels();
  for (const name of ['wasm', 'cpu']) {
    if (!(await tf.setBackend(name))) throw new Error(`The ${name} backend did not start.`);
  }
}

/** Runs fn on one backend and returns copies of the tensors it returns. */
export async function runOn(backend: 'cpu' | 'wasm', fn: () => tf.Tensor[]): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const tensors = tf.tidy(fn);
  const values = tensors.map((t) => Float32Array.from(t.dataSync()));
  tf.dispose(tensors);
  return values;
}

/** The largest |a[i] - b[i]| over lists of arrays of the same sizes (Infinity when sizes differ or a value is not finite). */
export function maxAbsDifference(a: Float32Array[], b: Float32Array[]): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  a.forEach((values, k) => {
    if (values.length !== b[k].length) worst = Number.POSITIVE_INFINITY;
    for (let i = 0; i < values.length; i++) {
      const gap = Math.abs(values[i] - b[k][i]);
      worst = Number.isNaN(gap) ? Number.POSITIVE_INFINITY : Math.max(worst, gap);
    }
  });
  return worst;
}

/** Runs fn on both backends; returns the worst difference and the CPU's largest magnitude (to see the scale). */
export async function compareBackends(fn: () => tf.Tensor[]): Promise<{ difference: number; scale: number }> {
  const reference = await runOn('cpu', fn);
  const wasm = await runOn('wasm', fn);
  const scale = reference.reduce((max, values) => values.reduce((m, v) => Math.max(m, Math.abs(v)), max), 0);
  return { difference: maxAbsDifference(reference, wasm), scale };
}

/** `size` seeded values uniform in [-1, 1), or small integers in [-2, 2] when ties are wanted. */
export function randomValues(seed: number, size: number, ties = false): Float32Array {
  const rng = createRng(seed);
  const values = new Float32Array(size);
  for (let i = 0; i < size; i++) values[i] = ties ? rng.int(5) - 2 : rng.next() * 2 - 1;
  return values;
}
