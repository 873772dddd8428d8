import { describe, expect, it } from 'vitest';
import { preprocessDigit } from '../../../core/drawing/preprocess';
import { inkFromRgba, strokeWidthFor } from './canvasInk';

describe('inkFromRgba', () => {
  it('reads the alpha channel as ink', () => {
    const rgba = [0, 0, 0, 0, 10, 20, 30, 255, 0, 0, 0, 128, 255, 255, 255, 0];
    const ink = inkFromRgba(rgba, 2, 2);
    expect(Array.from(ink.data)).toEqual([0, 255, 128, 0]);
  });

  it('turns a vertical bar on a 280 px canvas into a centred, upright MNIST-like digit', () => {
    const side = 280;
    const rgba = new Uint8ClampedArray(side * side * 4);
    const width = strokeWidthFor(side);
    for (let y = 40; y < 240; y += 1) {
      for (let x = 140 - width / 2; x < 140 + width / 2; x += 1) rgba[(y * side + x) * 4 + 3] = 255;
    }
    const input = preprocessDigit(inkFromRgba(rgba, side, side));
    expect(input.status).toBe('ok');
    if (input.status !== 'ok') return;
    expect(input.centre.x).toBeCloseTo(14, 0);
    expect(input.centre.y).toBeCloseTo(14, 0);
    const inked = Array.from(input.pixels).filter((v) => v > 0.5).length;
    expect(inked).toBeGreaterThan(20);
    expect(inked).toBeLessThan(80);
  });
});
