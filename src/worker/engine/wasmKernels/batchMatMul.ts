// BatchMatMul for wasm, in front of tfjs-backend-wasm's own: a product with a
// transposed side (as in every Dense gradient) would run the backend's scalar
// loop, so for a batch of one the side is transposed first and the product runs
// on XNNPACK. Other cases go to the backend's kernel unchanged.
import * as tf from '@tensorflow/tfjs';
import { transpose } from './im2col';
import { allocate, callWasmKernel, heapF32, release, viewAs, wasmKernel, type WasmKernelArgs } from './wasmBackend';
import { xnnMatMul } from './xnnMatMul';

/** The last two dimensions of a matrix operand and the product of the others. */
function matrixShape(info: tf.TensorInfo): { batch: number; rows: number; cols: number } {
  const rank = info.shape.length;
  return { batch: tf.util.sizeFromShape(info.shape.slice(0, -2)), rows: info.shape[rank - 2], cols: info.shape[rank - 1] };
}

function batchMatMul(args: WasmKernelArgs): tf.TensorInfo {
  const { inputs, backend, attrs } = args;
  const { a, b } = inputs;
  const { transposeA, transposeB } = attrs as unknown as tf.BatchMatMulAttrs;
  const shapeA = matrixShape(a);
  const shapeB = matrixShape(b);
  const plain = !transposeA && !transposeB;
  if (plain || shapeA.batch !== 1 || shapeB.batch !== 1 || a.dtype !== 'float32' || b.dtype !== 'float32') {
    return callWasmKernel(tf.BatchMatMul, backend, inputs, attrs);
  }
  const m = transposeA ? shapeA.cols : shapeA.rows;
  const k = transposeA ? shapeA.rows : shapeA.cols;
  const n = transposeB ? shapeB.rows : shapeB.cols;
  const left = transposeA ? allocate(backend, [k * m]) : a;
  const right = transposeB ? allocate(backend, [k * n]) : b;
  if (transposeA) transpose(heapF32(backend, a), k, m, heapF32(backend, left));
  if (transposeB) transpose(heapF32(backend, b), n, k, heapF32(backend, right));
  const product = xnnMatMul(backend, left, right, m, k, n);
  if (transposeA) release(backend, left);
  if (transposeB) release(backend, right);
  const outer = tf.backend_util.assertAndGetBroadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
  return viewAs(product, [...outer, m, n]);
}

/** Matrix products with a transposed side on XNNPACK, where tfjs-backend-wasm would loop. */
export const batchMatMulConfig = wasmKernel(tf.BatchMatMul, batchMatMul);
