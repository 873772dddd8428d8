// Registers the training kernels that tfjs-backend-wasm 4.22 lacks, and faster
// ones where its own run scalar loops, so that convolutional networks train on WASM.
import type * as tf from '@tensorflow/tfjs';
import { batchMatMulConfig } from './batchMatMul';
import { conv2dBackpropFilterConfig } from './conv2dBackpropFilter';
import { conv2dBackpropInputConfig } from './conv2dBackpropInput';
import { depthwiseBackpropFilterConfig, depthwiseBackpropInputConfig } from './depthwiseBackprop';
import { maxPoolGradConfig } from './maxPoolGrad';
import { installWasmKernel } from './wasmBackend';

/** Every kernel this folder adds to or replaces in the wasm backend. */
export const WASM_TRAINING_KERNELS: readonly tf.KernelConfig[] = [
  conv2dBackpropFilterConfig,
  conv2dBackpropInputConfig,
  depthwiseBackpropFilterConfig,
  depthwiseBackpropInputConfig,
  maxPoolGradConfig,
  batchMatMulConfig,
];

/** Adds the wasm training kernels; call before the wasm backend starts. Safe to call more than once. */
export function registerWasmTrainingKernels(): void {
  WASM_TRAINING_KERNELS.forEach(installWasmKernel);
}
