// The loops that turn a 2-D convolution into a matrix product, on plain
// Float32Arrays in NHWC layout. "Patch rows" are indexed r = (i * kw + j) * c + ch,
// which is the flattened filter layout [kh, kw, c, f]; "positions" are
// p = (b * oh + y) * ow + x over the output.
import type * as tf from '@tensorflow/tfjs';

/** Sizes, strides, dilations and padding of one convolution, as the loops need them. */
export interface ConvGeometry {
  batch: number;
  inHeight: number;
  inWidth: number;
  inChannels: number;
  outHeight: number;
  outWidth: number;
  filterHeight: number;
  filterWidth: number;
  strideHeight: number;
  strideWidth: number;
  dilationHeight: number;
  dilationWidth: number;
  padTop: number;
  padLeft: number;
}

/** The geometry tfjs computes for a convolution or a pooling window. */
export function convGeometry(info: tf.backend_util.Conv2DInfo): ConvGeometry {
  return {
    batch: info.batchSize,
    inHeight: info.inHeight,
    inWidth: info.inWidth,
    inChannels: info.inChannels,
    outHeight: info.outHeight,
    outWidth: info.outWidth,
    filterHeight: info.filterHeight,
    filterWidth: info.filterWidth,
    strideHeight: info.strideHeight,
    strideWidth: info.strideWidth,
    dilationHeight: info.dilationHeight,
    dilationWidth: info.dilationWidth,
    padTop: info.padInfo.top,
    padLeft: info.padInfo.left,
  };
}

/** Number of output positions (batch x out height x out width). */
export function positions(g: ConvGeometry): number {
  return g.batch * g.outHeight * g.outWidth;
}

/** Number of patch rows (kh x kw x in channels). */
export function patchRows(g: ConvGeometry): number {
  return g.filterHeight * g.filterWidth * g.inChannels;
}

/** The output columns [first, end) whose input column o * stride + offset lies inside the image. */
function validRange(offset: number, stride: number, size: number, count: number): [number, number] {
  const first = Math.min(count, Math.max(0, Math.ceil(-offset / stride)));
  const end = Math.max(first, Math.min(count, Math.floor((size - 1 - offset) / stride) + 1));
  return [first, end];
}

/**
 * Writes the transposed patch matrix [patch rows, positions]: out[r, p] is the
 * input value that filter tap r meets at output position p (0 in the padding).
 */
export function im2colTransposed(x: Float32Array, g: ConvGeometry, out: Float32Array): void {
  const { batch, inHeight, inWidth, inChannels, outHeight, outWidth } = g;
  const columnStep = g.strideWidth * inChannels;
  let at = 0;
  for (let i = 0; i < g.filterHeight; i++) {
    const rowOffset = i * g.dilationHeight - g.padTop;
    for (let j = 0; j < g.filterWidth; j++) {
      const colOffset = j * g.dilationWidth - g.padLeft;
      const [first, end] = validRange(colOffset, g.strideWidth, inWidth, outWidth);
      for (let ch = 0; ch < inChannels; ch++) {
        for (let b = 0; b < batch; b++) {
          for (let y = 0; y < outHeight; y++) {
            const inRow = y * g.strideHeight + rowOffset;
            if (inRow < 0 || inRow >= inHeight) {
              out.fill(0, at, at + outWidth);
              at += outWidth;
              continue;
            }
            let o = 0;
            for (; o < first; o++) out[at++] = 0;
            let src = ((b * inHeight + inRow) * inWidth + first * g.strideWidth + colOffset) * inChannels + ch;
            for (; o < end; o++, src += columnStep) out[at++] = x[src];
            for (; o < outWidth; o++) out[at++] = 0;
          }
        }
      }
    }
  }
}

/**
 * Adds the patch matrix [positions, patch rows] back onto the image it came
 * from (the adjoint of im2col): dx[b, y * s + i - pad, ...] += cols[p, r].
 * Clears dx first.
 */
export function col2im(cols: Float32Array, g: ConvGeometry, dx: Float32Array): void {
  const { batch, inHeight, inWidth, inChannels, outHeight, outWidth, filterHeight, filterWidth } = g;
  dx.fill(0);
  const tapsPerRow = filterWidth * inChannels;
  let at = 0;
  for (let b = 0; b < batch; b++) {
    for (let y = 0; y < outHeight; y++) {
      for (let x = 0; x < outWidth; x++) {
        for (let i = 0; i < filterHeight; i++) {
          const inRow = y * g.strideHeight + i * g.dilationHeight - g.padTop;
          if (inRow < 0 || inRow >= inHeight) {
            at += tapsPerRow;
            continue;
          }
          const rowBase = (b * inHeight + inRow) * inWidth;
          for (let j = 0; j < filterWidth; j++) {
            const inCol = x * g.strideWidth + j * g.dilationWidth - g.padLeft;
            if (inCol < 0 || inCol >= inWidth) {
              at += inChannels;
              continue;
            }
            let dst = (rowBase + inCol) * inChannels;
            for (let ch = 0; ch < inChannels; ch++) dx[dst++] += cols[at++];
          }
        }
      }
    }
  }
}

/** Writes the transpose of a row-major [rows, cols] matrix into out ([cols, rows]). */
export function transpose(a: Float32Array, rows: number, cols: number, out: Float32Array): void {
  for (let r = 0; r < rows; r++) {
    let src = r * cols;
    for (let c = 0; c < cols; c++) out[c * rows + r] = a[src++];
  }
}
