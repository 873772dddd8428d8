import { describe, expect, it } from 'vitest';
import { centreOfMass, DIGIT_SIDE, preprocessDigit, type InkImage } from './preprocess';

/** A blank canvas with `value` painted on the rectangle [x0, x1) x [y0, y1). */
function canvas(width: number, height: number, rects: Array<[number, number, number, number, number]>): InkImage {
  const data = new Uint8ClampedArray(width * height);
  for (const [x0, y0, x1, y1, value] of rects) {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * width + x] = value;
  }
  return { width, height, data };
}

function okPixels(ink: InkImage): Float32Array {
  const result = preprocessDigit(ink);
  if (result.status !== 'ok') throw new Error('expected ink');
  expect(result.pixels).toHaveLength(DIGIT_SIDE * DIGIT_SIDE);
  return result.pixels;
}

function inkedRows(pixels: Float32Array): number[] {
  const rows: number[] = [];
  for (let y = 0; y < DIGIT_SIDE; y++) {
    if (pixels.subarray(y * DIGIT_SIDE, (y + 1) * DIGIT_SIDE).some((v) => v > 0)) rows.push(y);
  }
  return rows;
}

const sum = (values: Float32Array) => values.reduce((a, b) => a + b, 0);

describe('preprocessDigit', () => {
  it('scales a vertical bar to 20 px tall and centres its mass at (14, 14)', () => {
    const result = preprocessDigit(canvas(280, 280, [[130, 40, 150, 240, 255]]));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.box).toEqual({ x: 130, y: 40, width: 20, height: 200 });
    const rows = inkedRows(result.pixels);
    expect(rows).toHaveLength(20);
    expect(rows[0]).toBe(4);
    const mass = centreOfMass(result.pixels, DIGIT_SIDE, DIGIT_SIDE);
    expect(mass.x).toBeCloseTo(14, 5);
    expect(mass.y).toBeCloseTo(14, 5);
    expect(result.centre.x).toBeCloseTo(14, 5);
    // 20 x 200 px of full ink become 2 x 20 px of full ink.
    expect(mass.mass).toBeCloseTo(40, 4);
    expect(result.pixels[14 * DIGIT_SIDE + 13]).toBeCloseTo(1, 6);
    expect(result.pixels[14 * DIGIT_SIDE + 12]).toBe(0);
  });

  it('keeps the aspect ratio of a wide stroke', () => {
    const pixels = okPixels(canvas(200, 100, [[50, 40, 150, 50, 255]]));
    expect(inkedRows(pixels)).toEqual([13, 14]);
    let columns = 0;
    for (let x = 0; x < DIGIT_SIDE; x++) if (pixels[13 * DIGIT_SIDE + x] > 0) columns += 1;
    expect(columns).toBe(20);
  });

  it('averages by area: half-grey ink stays half-grey, noise stays in [0, 1]', () => {
    const grey = okPixels(canvas(100, 100, [[10, 10, 90, 90, 128]]));
    expect(Math.max(...grey)).toBeCloseTo(128 / 255, 5);
    expect(sum(grey)).toBeCloseTo(400 * (128 / 255), 2);
    const data = new Uint8ClampedArray(53 * 37).map((_, i) => (i * 97) % 256);
    const noisy = okPixels({ width: 53, height: 37, data });
    expect(Math.min(...noisy)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...noisy)).toBeLessThanOrEqual(1);
    expect(Math.max(...noisy)).toBeGreaterThan(0.3);
  });

  it('scales a small drawing up to fill the 20 px box', () => {
    const pixels = okPixels(canvas(10, 10, [[3, 3, 7, 7, 255]]));
    expect(sum(pixels)).toBeCloseTo(400, 3);
    expect(inkedRows(pixels)).toEqual(Array.from({ length: 20 }, (_, i) => i + 4));
  });

  it('never cuts ink off, even when the mass sits at one edge', () => {
    // An L: a heavy left column and a thin foot; the mass centre is far left.
    const pixels = okPixels(canvas(100, 100, [[0, 0, 30, 100, 255], [30, 95, 100, 100, 255]]));
    const expected = (30 * 100 + 70 * 5) * (20 / 100) ** 2;
    expect(sum(pixels)).toBeCloseTo(expected, 2);
    // Centring the mass would push the foot past the right edge: the shift stops at x = 8.
    expect(pixels[3 * DIGIT_SIDE + 8]).toBeGreaterThan(0);
    expect(pixels[3 * DIGIT_SIDE + 7]).toBe(0);
    expect(pixels[22 * DIGIT_SIDE + 27]).toBeGreaterThan(0);
  });

  it('fits Fashion-MNIST style: the longer side fills 28 px, centred by the box, not the mass', () => {
    // The heavy-left L again: by its box it sits in the middle, whatever its mass.
    const result = preprocessDigit(canvas(100, 50, [[0, 0, 30, 50, 255], [30, 45, 100, 50, 255]]), { box: 28, centre: 'box' });
    if (result.status !== 'ok') throw new Error('expected ink');
    const { pixels } = result;
    const columns = new Set<number>();
    for (let i = 0; i < pixels.length; i++) if (pixels[i] > 0) columns.add(i % DIGIT_SIDE);
    expect(Math.min(...columns)).toBe(0);
    expect(Math.max(...columns)).toBe(27);
    expect(inkedRows(pixels)).toEqual(Array.from({ length: 14 }, (_, i) => i + 7));
    expect(() => preprocessDigit(canvas(4, 4, [[0, 0, 4, 4, 255]]), { box: 29, centre: 'box' })).toThrow(RangeError);
  });

  it('says "empty" for a blank canvas or faint noise below the ink threshold', () => {
    expect(preprocessDigit(canvas(50, 50, []))).toEqual({ status: 'empty' });
    expect(preprocessDigit(canvas(50, 50, [[0, 0, 50, 50, 5]]))).toEqual({ status: 'empty' });
  });

  it('refuses data that does not match its size', () => {
    expect(() => preprocessDigit({ width: 3, height: 3, data: [0, 0] })).toThrow(RangeError);
  });
});
