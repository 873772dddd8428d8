// Small typed helpers for kernels that run on the wasm backend's heap: views of
// tensors under another shape, calls into the backend's own kernels, Float32Array
// views of tensor memory for loops written in TypeScript, and kernel registration.
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/** The backend name these kernels are registered for. */
export const WASM = 'wasm';

/** Arguments every wasm kernel function receives. */
export interface WasmKernelArgs {
  /** Every input the kernel declares: tfjs's ops always pass them all. */
  inputs: Record<string, tf.TensorInfo>;
  backend: BackendWasm;
  attrs: tf.NamedAttrMap;
}

/** tfjs-backend-wasm's own kernels that ours replaced, kept so that ours can still call them. */
const originals = new Map<string, tf.KernelConfig>();

/** The same tensor memory seen with another shape of the same size (no copy). */
export function viewAs(info: tf.TensorInfo, shape: number[]): tf.TensorInfo {
  return { dataId: info.dataId, shape, dtype: info.dtype };
}

/** Runs tfjs-backend-wasm's own kernel (the original, where ours replaced it). */
export function callWasmKernel(
  name: string,
  backend: BackendWasm,
  inputs: tf.NamedTensorInfoMap,
  attrs: tf.NamedAttrMap,
): tf.TensorInfo {
  const kernel = originals.get(name) ?? tf.getKernel(name, WASM);
  if (!kernel) throw new Error(`The wasm backend has no '${name}' kernel to build on.`);
  return kernel.kernelFunc({ inputs, backend, attrs }) as tf.TensorInfo;
}

/** A new float32 tensor on the wasm heap; its memory is not cleared. */
export function allocate(backend: BackendWasm, shape: number[]): tf.TensorInfo {
  return backend.makeOutput(shape, 'float32');
}

/**
 * A Float32Array over a tensor's memory on the wasm heap. Take views only after
 * the last allocation in a kernel: growing the heap detaches older views.
 */
export function heapF32(backend: BackendWasm, info: tf.TensorInfo): Float32Array {
  if (info.dtype !== 'float32') throw new Error(`Expected a float32 tensor, got ${info.dtype}.`);
  return backend.typedArrayFromHeap(info) as Float32Array;
}

/** Frees a tensor made inside a kernel that is not part of its result. */
export function release(backend: BackendWasm, info: tf.TensorInfo): void {
  backend.disposeData(info.dataId);
}

/** Refuses the channels-first layout, which our layers never use. */
export function assertChannelsLast(kernel: string, dataFormat: unknown): void {
  if (dataFormat !== undefined && dataFormat !== 'NHWC' && dataFormat !== 'channelsLast') {
    throw new Error(`${kernel} on wasm supports only the channels-last (NHWC) layout, got ${String(dataFormat)}.`);
  }
}

/** A wasm kernel config for a kernel function written against WasmKernelArgs. */
export function wasmKernel(kernelName: string, kernelFunc: (args: WasmKernelArgs) => tf.TensorInfo): tf.KernelConfig {
  return { kernelName, backendName: WASM, kernelFunc: kernelFunc as unknown as tf.KernelFunc };
}

/**
 * Registers a kernel for wasm: adds it where the backend has none, or puts it
 * in place of the backend's own (kept for callWasmKernel, its setup still run).
 * Calling it twice for the same kernel changes nothing.
 */
export function installWasmKernel(config: tf.KernelConfig): void {
  if (originals.has(config.kernelName)) return;
  const existing = tf.getKernel(config.kernelName, WASM);
  if (existing?.kernelFunc === config.kernelFunc) return;
  if (existing) {
    originals.set(config.kernelName, existing);
    tf.unregisterKernel(config.kernelName, WASM);
    tf.registerKernel({ ...existing, kernelFunc: config.kernelFunc });
    return;
  }
  tf.registerKernel(config);
}
