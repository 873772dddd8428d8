// Turning uint8 MNIST images into float batches for training.
//
// Every batch is a pure function of (data, order, start, seed, epoch): the
// shuffle order and the augmentation shifts are derived from the run seed,
// so a paused, stepped or restarted run sees exactly the same batches.
import { createRng } from '../rng';
import { applyExtraAugment, hasExtraAugment, type ExtraAugment } from './augment';
import { IMAGE_SIDE, NUM_CLASSES, PIXELS_PER_IMAGE } from './mnist';

/** One batch, ready for tf.tensor2d(xs, [size, 784]) and tf.tensor2d(ys, [size, 10]). */
export interface Batch {
  /** Samples in this batch (the last batch of an epoch may be short). */
  size: number;
  /** size x 784 pixels scaled to [0, 1] (pixel / 255), row-major. */
  xs: Float32Array;
  /** size x 10 one-hot targets: ys[i * 10 + label] = 1. */
  ys: Float32Array;
  /** The size labels (0..9), for accuracy. */
  labels: Uint8Array;
  /** Which samples these are (positions in the images array). */
  indices: Uint32Array;
}

/** Largest random shift, in pixels, of the app's augmentation (Augment data). */
export const AUGMENT_MAX_SHIFT = 2;

/** Random augmentation applied while filling xs (training only). */
export interface AugmentOptions {
  /** Largest shift in pixels along x and along y (0 turns it off; 2 is typical). */
  maxShift: number;
  /** Rotation, scaling and pixel noise after the shift (absent or all 0: shifts only). */
  extra?: ExtraAugment;
  /** Seed of the shifts; the run seed is fine (it is mixed with epoch and position). */
  seed: number;
}

/** pixel byte -> float in [0, 1]; a table is exact (v / 255) and faster than dividing. */
const SCALE = new Float32Array(256);
for (let v = 0; v < 256; v++) SCALE[v] = v / 255;

/** Mixes integers into one well-spread unsigned 32-bit seed (murmur3 finaliser steps). */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/**
 * The sample order for one epoch: 0..count-1 shuffled by a generator seeded
 * from (seed, epoch). Each index appears exactly once. Epoch k's order can be
 * rebuilt at any time without replaying earlier epochs.
 */
export function epochOrder(count: number, seed: number, epoch: number): Uint32Array {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return createRng(mixSeed(seed, epoch, 0x5eed)).shuffle(order);
}

/** Number of batches in an epoch of `count` samples (the last may be short). */
export function batchesPerEpoch(count: number, batchSize: number): number {
  return Math.ceil(count / batchSize);
}

/**
 * Copies one image into `out` at `offset`, scaled to [0, 1] and shifted by
 * (dx, dy) pixels; pixels shifted in from outside the image are 0.
 */
function writeImage(
  images: Uint8Array,
  sample: number,
  out: Float32Array,
  offset: number,
  dx: number,
  dy: number,
): void {
  const src = sample * PIXELS_PER_IMAGE;
  if (dx === 0 && dy === 0) {
    for (let p = 0; p < PIXELS_PER_IMAGE; p++) out[offset + p] = SCALE[images[src + p]];
    return;
  }
  // Destination x range whose source column x - dx lies inside the image.
  const x0 = Math.max(0, dx);
  const x1 = Math.min(IMAGE_SIDE, IMAGE_SIDE + dx);
  for (let y = 0; y < IMAGE_SIDE; y++) {
    const row = offset + y * IMAGE_SIDE;
    const sy = y - dy;
    if (sy < 0 || sy >= IMAGE_SIDE) {
      out.fill(0, row, row + IMAGE_SIDE);
      continue;
    }
    const srcRow = src + sy * IMAGE_SIDE - dx;
    out.fill(0, row, row + x0);
    for (let x = x0; x < x1; x++) out[row + x] = SCALE[images[srcRow + x]];
    out.fill(0, row + x1, row + IMAGE_SIDE);
  }
}

/**
 * One batch in freshly allocated arrays (safe to hand to tf.tensor and keep):
 * the samples order[start], order[start + 1], ... (at most `size` of them,
 * fewer at the end of the order). With `order` null the samples are start,
 * start + 1, ... in file order (for evaluation). `epoch` only seeds the
 * augmentation shifts.
 */
export function buildBatch(
  images: Uint8Array,
  labels: Uint8Array,
  order: ArrayLike<number> | null,
  start: number,
  size: number,
  options: { augment?: AugmentOptions; epoch?: number } = {},
): Batch {
  const { augment, epoch = 0 } = options;
  const count = labels.length;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size ${size} is not a positive integer`);
  if (images.length !== count * PIXELS_PER_IMAGE) throw new RangeError(`${images.length} pixels do not match ${count} labels`);
  if (augment && (!Number.isInteger(augment.maxShift) || augment.maxShift < 0 || augment.maxShift >= IMAGE_SIDE)) {
    throw new RangeError(`augmentation shift ${augment.maxShift} is not an integer in 0..${IMAGE_SIDE - 1}`);
  }
  const available = order ? order.length : count;
  if (!Number.isInteger(start) || start < 0 || start >= available) {
    throw new RangeError(`batch start ${start} is outside 0..${available - 1}`);
  }
  const batchSize = Math.min(size, available - start);
  const xs = new Float32Array(batchSize * PIXELS_PER_IMAGE);
  const ys = new Float32Array(batchSize * NUM_CLASSES);
  const batchLabels = new Uint8Array(batchSize);
  const indices = new Uint32Array(batchSize);
  const shift = augment?.maxShift ?? 0;
  const extra = augment?.extra && hasExtraAugment(augment.extra) ? augment.extra : null;
  const rng = augment && (shift > 0 || extra) ? createRng(mixSeed(augment.seed, epoch, start, 0xa09)) : null;
  const span = 2 * shift + 1;
  for (let i = 0; i < batchSize; i++) {
    const sample = order ? order[start + i] : start + i;
    if (!(sample >= 0 && sample < count)) throw new RangeError(`sample index ${sample} is outside 0..${count - 1}`);
    const label = labels[sample];
    indices[i] = sample;
    batchLabels[i] = label;
    ys[i * NUM_CLASSES + label] = 1;
    const dx = rng && shift > 0 ? rng.int(span) - shift : 0;
    const dy = rng && shift > 0 ? rng.int(span) - shift : 0;
    writeImage(images, sample, xs, i * PIXELS_PER_IMAGE, dx, dy);
    if (rng && extra) applyExtraAugment(xs, i * PIXELS_PER_IMAGE, extra, rng);
  }
  return { size: batchSize, xs, ys, labels: batchLabels, indices };
}
