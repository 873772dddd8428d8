// Conv2DBackpropInput for wasm, in place of tfjs-backend-wasm's scalar loop:
// the gradient of a 2-D convolution with respect to its input, as a matrix
// product on XNNPACK followed by col2im, dx = col2im(dy . W^T).
import * as tf from '@tensorflow/tfjs';
import { col2im, convGeometry, patchRows, positions, transpose } from './im2col';
import { allocate, assertChannelsLast, heapF32, release, viewAs, wasmKernel, type WasmKernelArgs } from './wasmBackend';
import { xnnMatMul } from './xnnMatMul';

function conv2dBackpropInput({ inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo {
  const { dy, filter } = inputs;
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as tf.Conv2DBackpropInputAttrs;
  assertChannelsLast(tf.Conv2DBackpropInput, dataFormat);
  const info = tf.backend_util.computeConv2DInfo(inputShape, filter.shape as [number, number, number, number], strides, 1, pad, dimRoundingMode);
  const g = convGeometry(info);
  const rows = patchRows(g);
  const count = positions(g);
  const filters = info.outChannels;
  const filterT = allocate(backend, [filters, rows]);
  transpose(heapF32(backend, filter), rows, filters, heapF32(backend, filterT));
  const cols = xnnMatMul(backend, dy, filterT, count, filters, rows);
  release(backend, filterT);
  const pointwise = g.filterHeight === 1 && g.filterWidth === 1 && g.strideHeight === 1 && g.strideWidth === 1 && g.padTop === 0 && g.padLeft === 0;
  if (pointwise) return viewAs(cols, inputShape);
  const dx = allocate(backend, inputShape);
  col2im(heapF32(backend, cols), g, heapF32(backend, dx));
  release(backend, cols);
  return dx;
}

/** The input gradient of Conv2D on wasm, on XNNPACK's matrix product. */
export const conv2dBackpropInputConfig = wasmKernel(tf.Conv2DBackpropInput, conv2dBackpropInput);
