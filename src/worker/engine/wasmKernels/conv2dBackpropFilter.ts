// Conv2DBackpropFilter for wasm, which tfjs-backend-wasm 4.22 lacks: the
// gradient of a 2-D convolution with respect to its filter. It is itself a
// convolution: of x with channels and batch swapped ([c, h, w, n]) by dy as the
// filter ([oh, ow, n, f], dilated by the stride), run on XNNPACK by the
// backend's own Conv2D. Where that would need negative padding (a stride that
// skips the last rows), it is one matrix product, dW = im2col(x)^T . dy.
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { convGeometry, im2colTransposed, patchRows, positions } from './im2col';
import { allocate, assertChannelsLast, callWasmKernel, heapF32, release, viewAs, wasmKernel, type WasmKernelArgs } from './wasmBackend';
import { xnnMatMul } from './xnnMatMul';

type Conv2DInfo = tf.backend_util.Conv2DInfo;

/** Rearranges a tensor with the backend's Transpose kernel; returns a new tensor. */
function transposed(backend: BackendWasm, info: tf.TensorInfo, shape: number[], perm: number[]): tf.TensorInfo {
  return callWasmKernel(tf.Transpose, backend, { x: viewAs(info, shape) }, { perm });
}

/** dW as a convolution on XNNPACK, or null where it would need negative padding. */
function asConvolution(backend: BackendWasm, x: tf.TensorInfo, dy: tf.TensorInfo, info: Conv2DInfo): tf.TensorInfo | null {
  const { batchSize: n, inHeight: h, inWidth: w, inChannels: c, outHeight: oh, outWidth: ow, outChannels: f } = info;
  const { filterHeight: kh, filterWidth: kw, strideHeight: sh, strideWidth: sw } = info;
  const { top, left } = info.padInfo;
  const bottom = kh + sh * (oh - 1) - h - top;
  const right = kw + sw * (ow - 1) - w - left;
  if (bottom < 0 || right < 0) return null;
  const images = transposed(backend, x, [n, h * w, c], [2, 1, 0]);
  const filter = transposed(backend, dy, [n, oh * ow, f], [1, 0, 2]);
  const pad: tf.backend_util.ExplicitPadding = [[0, 0], [top, bottom], [left, right], [0, 0]];
  const product = callWasmKernel(tf.Conv2D, backend, { x: viewAs(images, [c, h, w, n]), filter: viewAs(filter, [oh, ow, n, f]) }, {
    strides: 1, dilations: [sh, sw], pad, dataFormat: 'NHWC',
  });
  release(backend, images);
  release(backend, filter);
  const dw = transposed(backend, product, [c, kh * kw, f], [1, 0, 2]);
  release(backend, product);
  return dw;
}

/** dW = im2col(x)^T . dy ([kh*kw*c, positions] x [positions, f]), for any geometry. */
function asMatrixProduct(backend: BackendWasm, x: tf.TensorInfo, dy: tf.TensorInfo, info: Conv2DInfo): tf.TensorInfo {
  const g = convGeometry(info);
  const rows = patchRows(g);
  const count = positions(g);
  const patches = allocate(backend, [rows, count]);
  im2colTransposed(heapF32(backend, x), g, heapF32(backend, patches));
  const dw = xnnMatMul(backend, patches, dy, rows, count, info.outChannels);
  release(backend, patches);
  return dw;
}

function conv2dBackpropFilter({ inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo {
  const { x, dy } = inputs;
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  assertChannelsLast(tf.Conv2DBackpropFilter, dataFormat);
  const info = tf.backend_util.computeConv2DInfo(x.shape as [number, number, number, number], filterShape, strides, 1, pad, dimRoundingMode);
  const dw = asConvolution(backend, x, dy, info) ?? asMatrixProduct(backend, x, dy, info);
  return viewAs(dw, filterShape);
}

/** The kernel that lets Conv2D and SeparableConv2D learn their filters on wasm. */
export const conv2dBackpropFilterConfig = wasmKernel(tf.Conv2DBackpropFilter, conv2dBackpropFilter);
