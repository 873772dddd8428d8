// Conv2DBackpropFilter for wasm, which tfjs-backend-wasm 4.22 lacks: the
// gradient of a 2-D convolution with respect to its filter, as one matrix
// product on XNNPACK, dW = im2col(x)^T . dy  ([kh*kw*c, positions] x [positions, f]).
import * as tf from '@tensorflow/tfjs';
import { convGeometry, im2colTransposed, patchRows, positions } from './im2col';
import { allocate, assertChannelsLast, heapF32, release, viewAs, wasmKernel, type WasmKernelArgs } from './wasmBackend';
import { xnnMatMul } from './xnnMatMul';

function conv2dBackpropFilter({ inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo {
  const { x, dy } = inputs;
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  assertChannelsLast(tf.Conv2DBackpropFilter, dataFormat);
  const info = tf.backend_util.computeConv2DInfo(x.shape as [number, number, number, number], filterShape, strides, 1, pad, dimRoundingMode);
  const g = convGeometry(info);
  const rows = patchRows(g);
  const count = positions(g);
  const patches = allocate(backend, [rows, count]);
  im2colTransposed(heapF32(backend, x), g, heapF32(backend, patches));
  const dw = xnnMatMul(backend, patches, dy, rows, count, info.outChannels);
  release(backend, patches);
  return viewAs(dw, filterShape);
}

/** The kernel that lets Conv2D and SeparableConv2D learn their filters on wasm. */
export const conv2dBackpropFilterConfig = wasmKernel(tf.Conv2DBackpropFilter, conv2dBackpropFilter);
