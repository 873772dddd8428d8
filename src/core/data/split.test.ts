import { describe, expect, it } from 'vitest';
import { DataError } from './errors';
import { PIXELS_PER_IMAGE } from './mnist';
import { TEST_SIZE, TRAIN_SIZE, VALIDATION_SIZE, splitMnist } from './split';

function pair(count: number) {
  const images = new Uint8Array(count * PIXELS_PER_IMAGE);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    labels[i] = i % 10;
    images[i * PIXELS_PER_IMAGE] = i % 251; // marks each image's first pixel
  }
  return { images, labels };
}

describe('splitMnist', () => {
  it('uses 55,000 / 5,000 / 10,000', () => {
    expect([TRAIN_SIZE, VALIDATION_SIZE, TEST_SIZE]).toEqual([55_000, 5_000, 10_000]);
  });

  it('returns views with the right sizes, validation being the end of the training file', () => {
    const train = pair(60_000);
    const test = pair(10_000);
    const split = splitMnist(train, test);
    expect(split.train.count).toBe(55_000);
    expect(split.validation.count).toBe(5_000);
    expect(split.test.count).toBe(10_000);
    for (const subset of [split.train, split.validation, split.test]) {
      expect(subset.images.length).toBe(subset.count * PIXELS_PER_IMAGE);
      expect(subset.labels.length).toBe(subset.count);
    }
    expect(split.train.images.buffer).toBe(train.images.buffer);
    expect(split.validation.images.buffer).toBe(train.images.buffer);
    expect(split.validation.labels.byteOffset).toBe(55_000);
    expect(split.validation.images[0]).toBe(55_000 % 251);
    expect(split.validation.labels[4_999]).toBe(59_999 % 10);
    expect(split.test.images.buffer).toBe(test.images.buffer);
  });

  it('rejects arrays of the wrong size', () => {
    expect(() => splitMnist(pair(59_999), pair(10_000))).toThrow(DataError);
    const short = pair(10_000);
    expect(() => splitMnist(pair(60_000), { images: short.images, labels: short.labels.subarray(1) })).toThrow(
      /test labels/,
    );
  });
});
