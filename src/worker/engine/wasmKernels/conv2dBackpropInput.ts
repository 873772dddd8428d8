// Conv2DBackpropInput for wasm, in place of tfjs-backend-wasm's scalar loop:
// the gradient of a 2-D convolution with respect to its input. With stride 1
// it is itself a convolution, of dy with the filter turned 180 degrees (input
// and output channels swapped), run on XNNPACK by the backend's own Conv2D.
// Otherwise it is a matrix product on XNNPACK and col2im, dx = col2im(dy . W^T).
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { col2im, convGeometry, patchRows, positions, transpose } from './im2col';
import { allocate, assertChannelsLast, callWasmKernel, heapF32, release, viewAs, wasmKernel, type WasmKernelArgs } from './wasmBackend';
import { xnnMatMul } from './xnnMatMul';

type Conv2DInfo = tf.backend_util.Conv2DInfo;

/** Writes W'[kh-1-i, kw-1-j, f, c] = W[i, j, c, f]: the filter of the convolution that maps dy to dx. */
function turnFilter(w: Float32Array, info: Conv2DInfo, out: Float32Array): void {
  const { filterHeight, filterWidth, inChannels, outChannels } = info;
  let at = 0;
  for (let i = 0; i < filterHeight; i++) {
    for (let j = 0; j < filterWidth; j++) {
      const tap = ((filterHeight - 1 - i) * filterWidth + (filterWidth - 1 - j)) * outChannels * inChannels;
      for (let c = 0; c < inChannels; c++) {
        for (let f = 0; f < outChannels; f++) out[tap + f * inChannels + c] = w[at++];
      }
    }
  }
}

/** dx as the stride-1 convolution of dy with the turned filter, padded so that the result has the input's size. */
function asConvolution(backend: BackendWasm, dy: tf.TensorInfo, filter: tf.TensorInfo, info: Conv2DInfo): tf.TensorInfo {
  const { filterHeight, filterWidth, inChannels, outChannels } = info;
  const turned = allocate(backend, [filterHeight, filterWidth, outChannels, inChannels]);
  turnFilter(heapF32(backend, filter), info, heapF32(backend, turned));
  const top = filterHeight - 1 - info.padInfo.top;
  const left = filterWidth - 1 - info.padInfo.left;
  const bottom = info.inHeight - info.outHeight + filterHeight - 1 - top;
  const right = info.inWidth - info.outWidth + filterWidth - 1 - left;
  const pad: tf.backend_util.ExplicitPadding = [[0, 0], [top, bottom], [left, right], [0, 0]];
  const dx = callWasmKernel(tf.Conv2D, backend, { x: dy, filter: turned }, { strides: 1, pad, dataFormat: 'NHWC', dilations: 1 });
  release(backend, turned);
  return dx;
}

/** dx = col2im(dy . W^T), for any stride. */
function asMatrixProduct(backend: BackendWasm, dy: tf.TensorInfo, filter: tf.TensorInfo, info: Conv2DInfo, inputShape: number[]): tf.TensorInfo {
  const g = convGeometry(info);
  const rows = patchRows(g);
  const filters = info.outChannels;
  const filterT = allocate(backend, [filters, rows]);
  transpose(heapF32(backend, filter), rows, filters, heapF32(backend, filterT));
  const cols = xnnMatMul(backend, dy, filterT, positions(g), filters, rows);
  release(backend, filterT);
  const dx = allocate(backend, inputShape);
  col2im(heapF32(backend, cols), g, heapF32(backend, dx));
  release(backend, cols);
  return dx;
}

function conv2dBackpropInput({ inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo {
  const { dy, filter } = inputs;
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as tf.Conv2DBackpropInputAttrs;
  assertChannelsLast(tf.Conv2DBackpropInput, dataFormat);
  const info = tf.backend_util.computeConv2DInfo(inputShape, filter.shape as [number, number, number, number], strides, 1, pad, dimRoundingMode);
  const dx = info.strideHeight === 1 && info.strideWidth === 1
    ? asConvolution(backend, dy, filter, info)
    : asMatrixProduct(backend, dy, filter, info, inputShape);
  return viewAs(dx, inputShape);
}

/** The input gradient of Conv2D on wasm, on XNNPACK. */
export const conv2dBackpropInputConfig = wasmKernel(tf.Conv2DBackpropInput, conv2dBackpropInput);
