// MaxPoolGrad for wasm, in place of tfjs-backend-wasm's: each output's gradient
// goes to the first input of its window (row-major) that equals the window's
// maximum, which the forward pass already computed. That is the input tfjs's
// CPU backend picks (the first largest), found in one pass over the windows.
import * as tf from '@tensorflow/tfjs';
import { allocate, heapF32, wasmKernel, type WasmKernelArgs } from './wasmBackend';

function maxPoolGrad({ inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo {
  const { dy, input, output } = inputs;
  const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as tf.MaxPoolGradAttrs;
  const info = tf.backend_util.computePool2DInfo(input.shape as [number, number, number, number], filterSize, strides, 1, pad, dimRoundingMode);
  const dxInfo = allocate(backend, input.shape);
  const x = heapF32(backend, input);
  const maxima = heapF32(backend, output);
  const grad = heapF32(backend, dy);
  const dx = heapF32(backend, dxInfo);
  dx.fill(0);
  const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth, strideHeight, strideWidth } = info;
  const { top, left } = info.padInfo;
  let at = 0;
  for (let b = 0; b < batchSize; b++) {
    const image = b * inHeight * inWidth * channels;
    for (let y = 0; y < outHeight; y++) {
      const rowStart = Math.max(0, y * strideHeight - top);
      const rowEnd = Math.min(inHeight, y * strideHeight - top + info.effectiveFilterHeight);
      for (let xo = 0; xo < outWidth; xo++) {
        const colStart = Math.max(0, xo * strideWidth - left);
        const colEnd = Math.min(inWidth, xo * strideWidth - left + info.effectiveFilterWidth);
        for (let ch = 0; ch < channels; ch++, at++) {
          const maximum = maxima[at];
          search: for (let r = rowStart; r < rowEnd; r++) {
            let index = image + (r * inWidth + colStart) * channels + ch;
            for (let c = colStart; c < colEnd; c++, index += channels) {
              if (x[index] === maximum) {
                dx[index] += grad[at];
                break search;
              }
            }
          }
        }
      }
    }
  }
  return dxInfo;
}

/** The gradient of MaxPooling2D on wasm. */
export const maxPoolGradConfig = wasmKernel(tf.MaxPoolGrad, maxPoolGrad);
