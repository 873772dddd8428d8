import { describe, expect, it } from 'vitest';
import { heatmapPixels, largestMagnitude } from './heatmap';

describe('heatmap', () => {
  it('scales by the largest magnitude, 1 when everything is zero', () => {
    expect(largestMagnitude(-3, 2)).toBe(3);
    expect(largestMagnitude(0, 0)).toBe(1);
  });

  it('maps sign to hue and size to opacity, from an offset', () => {
    const pixels = heatmapPixels([9, 2, -1, 0, Number.NaN], 1, 2, 2, 2, 'light');
    expect(Array.from(pixels.slice(0, 4))).toEqual([36, 82, 199, 255]);
    expect(Array.from(pixels.slice(4, 8))).toEqual([209, 88, 15, 128]);
    expect(pixels[11]).toBe(0);
    expect(pixels[15]).toBe(0);
  });
});
