import type { InkImage } from '../../../core/drawing/preprocess';

/** A canvas' ink as the preprocessing expects it: the alpha channel (strokes are opaque on a transparent canvas). */
export function inkFromRgba(rgba: ArrayLike<number>, width: number, height: number): InkImage {
  const data = new Uint8ClampedArray(width * height);
  for (let i = 0; i < data.length; i += 1) data[i] = rgba[i * 4 + 3] ?? 0;
  return { width, height, data };
}

/** Stroke width for a canvas side: about a tenth of it, like the pen of an MNIST digit relative to its box. */
export function strokeWidthFor(side: number): number {
  return Math.max(4, Math.round(side / 13));
}
