import { describe, expect, it } from 'vitest';
import { buildBatch } from './batches';
import { maskedMean, padBatch } from './padBatch';
import { NUM_CLASSES, PIXELS_PER_IMAGE } from './mnist';

function tinySet(count: number) {
  const images = new Uint8Array(count * PIXELS_PER_IMAGE);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    images.fill(i + 1, i * PIXELS_PER_IMAGE, (i + 1) * PIXELS_PER_IMAGE);
    labels[i] = i % NUM_CLASSES;
  }
  return { images, labels };
}

describe('padBatch', () => {
  it('fills a short batch to the full size with its own samples, masked out', () => {
    const { images, labels } = tinySet(10);
    const short = buildBatch(images, labels, null, 7, 8);
    expect(short.size).toBe(3);
    const { batch, mask } = padBatch(short, 8);
    expect(batch.size).toBe(8);
    expect(Array.from(mask!)).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
    expect(Array.from(batch.indices)).toEqual([7, 8, 9, 7, 8, 9, 7, 8]);
    expect(Array.from(batch.labels)).toEqual([7, 8, 9, 7, 8, 9, 7, 8]);
    expect(batch.xs.subarray(0, 3 * PIXELS_PER_IMAGE)).toEqual(short.xs);
    expect(batch.xs[5 * PIXELS_PER_IMAGE]).toBe(short.xs[2 * PIXELS_PER_IMAGE]);
    expect(batch.ys[4 * NUM_CLASSES + 8]).toBe(1);
  });

  it('leaves a full batch alone', () => {
    const { images, labels } = tinySet(10);
    const full = buildBatch(images, labels, null, 0, 4);
    expect(padBatch(full, 4)).toEqual({ batch: full, mask: null });
  });
});

describe('maskedMean', () => {
  it('is the plain mean over the real samples, whatever the filler holds', () => {
    const real = [0.5, 2, 0.25];
    const plain = real.reduce((a, b) => a + b) / real.length;
    expect(maskedMean([...real, 99, -7, 1e6], [1, 1, 1, 0, 0, 0])).toBeCloseTo(plain, 12);
    expect(maskedMean(real, [1, 1, 1])).toBeCloseTo(plain, 12);
  });

  it('keeps an epoch exact: the batches’ masked sums add up to the sum over every sample once', () => {
    const losses = Array.from({ length: 23 }, (_, i) => Math.sin(i) + 2);
    const batchSize = 8;
    let total = 0;
    for (let start = 0; start < losses.length; start += batchSize) {
      const real = losses.slice(start, start + batchSize);
      const padded = Array.from({ length: batchSize }, (_, row) => real[row % real.length]!);
      const mask = padded.map((_, row) => (row < real.length ? 1 : 0));
      total += maskedMean(padded, mask) * real.length;
    }
    expect(total).toBeCloseTo(losses.reduce((a, b) => a + b), 10);
  });
});
