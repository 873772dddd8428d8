// The two gradients of a depthwise 2-D convolution (the first half of
// SeparableConv2D), which tfjs-backend-wasm 4.22 lacks. Filter [kh, kw, c, m]:
// output channel c * m + q sees only input channel c. Plain loops on the heap;
// the filter gradient sums in float64 because it adds up every position.
import * as tf from '@tensorflow/tfjs';
import { convGeometry, type ConvGeometry } from './im2col';
import { allocate, heapF32, wasmKernel, type WasmKernelArgs } from './wasmBackend';

type Shape4 = [number, number, number, number];

/** Calls visit(xBase, dyBase, tapBase) for every (output position, filter tap) pair that meets the image. */
function forEachTap(g: ConvGeometry, multiplier: number, visit: (xBase: number, dyBase: number, tapBase: number) => void): void {
  const { inHeight, inWidth, inChannels, outHeight, outWidth, filterHeight, filterWidth } = g;
  const outChannels = inChannels * multiplier;
  for (let b = 0; b < g.batch; b++) {
    for (let y = 0; y < outHeight; y++) {
      for (let x = 0; x < outWidth; x++) {
        const dyBase = ((b * outHeight + y) * outWidth + x) * outChannels;
        for (let i = 0; i < filterHeight; i++) {
          const inRow = y * g.strideHeight + i * g.dilationHeight - g.padTop;
          if (inRow < 0 || inRow >= inHeight) continue;
          for (let j = 0; j < filterWidth; j++) {
            const inCol = x * g.strideWidth + j * g.dilationWidth - g.padLeft;
            if (inCol < 0 || inCol >= inWidth) continue;
            visit(((b * inHeight + inRow) * inWidth + inCol) * inChannels, dyBase, (i * filterWidth + j) * outChannels);
          }
        }
      }
    }
  }
}

function depthwiseBackpropFilter({ inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo {
  const { x, dy } = inputs;
  const { strides, dilations, pad, dimRoundingMode, filterShape } = attrs as unknown as tf.DepthwiseConv2dNativeBackpropFilterAttrs;
  const info = tf.backend_util.computeConv2DInfo(x.shape as Shape4, filterShape, strides, dilations, pad, dimRoundingMode, true);
  const g = convGeometry(info);
  const channels = g.inChannels;
  const multiplier = filterShape[3];
  const sums = new Float64Array(tf.util.sizeFromShape(filterShape));
  const dwInfo = allocate(backend, filterShape);
  const input = heapF32(backend, x);
  const grad = heapF32(backend, dy);
  forEachTap(g, multiplier, (xBase, dyBase, tapBase) => {
    for (let c = 0; c < channels; c++) {
      const value = input[xBase + c];
      const q0 = c * multiplier;
      for (let q = 0; q < multiplier; q++) sums[tapBase + q0 + q] += value * grad[dyBase + q0 + q];
    }
  });
  heapF32(backend, dwInfo).set(sums);
  return dwInfo;
}

function depthwiseBackpropInput({ inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo {
  const { dy, filter } = inputs;
  const { strides, dilations, pad, dimRoundingMode, inputShape } = attrs as unknown as tf.DepthwiseConv2dNativeBackpropInputAttrs;
  const info = tf.backend_util.computeConv2DInfo(inputShape, filter.shape as Shape4, strides, dilations, pad, dimRoundingMode, true);
  const g = convGeometry(info);
  const channels = g.inChannels;
  const multiplier = filter.shape[3];
  const dxInfo = allocate(backend, inputShape);
  const weights = heapF32(backend, filter);
  const grad = heapF32(backend, dy);
  const dx = heapF32(backend, dxInfo);
  dx.fill(0);
  forEachTap(g, multiplier, (xBase, dyBase, tapBase) => {
    for (let c = 0; c < channels; c++) {
      const q0 = c * multiplier;
      let sum = 0;
      for (let q = 0; q < multiplier; q++) sum += grad[dyBase + q0 + q] * weights[tapBase + q0 + q];
      dx[xBase + c] += sum;
    }
  });
  return dxInfo;
}

/** The filter gradient of DepthwiseConv2D (SeparableConv2D's depthwise half) on wasm. */
export const depthwiseBackpropFilterConfig = wasmKernel(tf.DepthwiseConv2dNativeBackpropFilter, depthwiseBackpropFilter);

/** The input gradient of DepthwiseConv2D on wasm. */
export const depthwiseBackpropInputConfig = wasmKernel(tf.DepthwiseConv2dNativeBackpropInput, depthwiseBackpropInput);
