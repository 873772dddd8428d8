// The last batch of an epoch is usually short (55,000 = 859 x 64 + 24). A
// new batch shape costs a new compiled program on WebGL (about 0.7 s), so the
// short batch is filled up to the full size and the filler is masked out:
// the epoch still trains on every sample exactly once, with the same weights.
import { NUM_CLASSES, PIXELS_PER_IMAGE } from './mnist';
import type { Batch } from './batches';

/** A batch of the full size, and per row 1 for a real sample or 0 for filler (null: nothing was added). */
export interface PaddedBatch {
  batch: Batch;
  mask: Float32Array | null;
}

/**
 * Fills `batch` up to `to` rows by repeating its own samples (real images,
 * so layers that look at the whole batch, such as BatchNorm, see ordinary
 * data); the mask gives the repeats weight 0. A full batch comes back as is.
 */
export function padBatch(batch: Batch, to: number): PaddedBatch {
  if (batch.size >= to) return { batch, mask: null };
  const xs = new Float32Array(to * PIXELS_PER_IMAGE);
  const ys = new Float32Array(to * NUM_CLASSES);
  const labels = new Uint8Array(to);
  const indices = new Uint32Array(to);
  const mask = new Float32Array(to);
  for (let row = 0; row < to; row++) {
    const source = row % batch.size;
    xs.set(batch.xs.subarray(source * PIXELS_PER_IMAGE, (source + 1) * PIXELS_PER_IMAGE), row * PIXELS_PER_IMAGE);
    ys.set(batch.ys.subarray(source * NUM_CLASSES, (source + 1) * NUM_CLASSES), row * NUM_CLASSES);
    labels[row] = batch.labels[source]!;
    indices[row] = batch.indices[source]!;
    mask[row] = row < batch.size ? 1 : 0;
  }
  return { batch: { size: to, xs, ys, labels, indices }, mask };
}

/**
 * The masked mean the training loss uses on a padded batch: Σ mᵢ·vᵢ / Σ mᵢ,
 * the plain mean over the real samples (the filler's values do not count).
 */
export function maskedMean(values: ArrayLike<number>, mask: ArrayLike<number>): number {
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < values.length; i++) {
    sum += (mask[i] ?? 0) * values[i]!;
    weight += mask[i] ?? 0;
  }
  return weight > 0 ? sum / weight : Number.NaN;
}
