/** RGB of positive values in light and dark themes (the accent blue). */
const POSITIVE = { light: [36, 82, 199], dark: [122, 162, 255] } as const;
/** RGB of negative values (the validation orange). */
const NEGATIVE = { light: [209, 88, 15], dark: [255, 163, 92] } as const;

/** The largest magnitude among the values, for a colour scale centred on zero (1 when all are 0). */
export function largestMagnitude(min: number, max: number): number {
  const magnitude = Math.max(Math.abs(min), Math.abs(max));
  return Number.isFinite(magnitude) && magnitude > 0 ? magnitude : 1;
}

/**
 * RGBA pixels for `width * height` values starting at `offset`: blue for
 * positive, orange for negative, opacity by size relative to `scale`, so zero
 * is the background. Non-finite values are left transparent.
 */
export function heatmapPixels(
  values: ArrayLike<number>,
  offset: number,
  width: number,
  height: number,
  scale: number,
  scheme: 'light' | 'dark',
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    const value = values[offset + i] ?? 0;
    if (!Number.isFinite(value)) continue;
    const [r, g, b] = value >= 0 ? POSITIVE[scheme] : NEGATIVE[scheme];
    pixels[i * 4] = r;
    pixels[i * 4 + 1] = g;
    pixels[i * 4 + 2] = b;
    pixels[i * 4 + 3] = Math.round(Math.min(1, Math.abs(value) / scale) * 255);
  }
  return pixels;
}
