// A plain matrix product [m, k] x [k, n] on the wasm backend's fast path:
// tfjs-backend-wasm hands BatchMatMul to XNNPACK only for a batch of one with
// neither side transposed, and runs a scalar loop otherwise.
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { callWasmKernel, viewAs } from './wasmBackend';

/** a [m, k] times b [k, n], both row-major on the heap; returns a new [m, n] tensor. */
export function xnnMatMul(backend: BackendWasm, a: tf.TensorInfo, b: tf.TensorInfo, m: number, k: number, n: number): tf.TensorInfo {
  const product = callWasmKernel(tf.BatchMatMul, backend, { a: viewAs(a, [1, m, k]), b: viewAs(b, [1, k, n]) }, { transposeA: false, transposeB: false });
  return viewAs(product, [m, n]);
}
