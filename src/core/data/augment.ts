// The geometric and noise augmentations beyond whole-pixel shifts: a random
// rotation and scaling about the image centre (bilinear sampling, zeros from
// outside the image) and Gaussian pixel noise, each drawn per image from the
// batch's seeded generator.
import type { Rng } from '../rng';
import type { TrainingSettings } from '../training/types';
import type { AugmentOptions } from './batches';
import { IMAGE_SIDE, PIXELS_PER_IMAGE } from './mnist';

/** What one image gets beyond its shift: rotation in degrees (±), scaling in percent (±), noise σ on 0..1. */
export interface ExtraAugment {
  maxRotation: number;
  maxScale: number;
  noise: number;
}

/** True when any of rotation, scaling or noise is on. */
export function hasExtraAugment(extra: ExtraAugment | undefined): extra is ExtraAugment {
  return !!extra && (extra.maxRotation > 0 || extra.maxScale > 0 || extra.noise > 0);
}

/** A uniform draw in [-limit, limit]. */
function symmetric(rng: Rng, limit: number): number {
  return (2 * rng.next() - 1) * limit;
}

/** A standard normal draw (Box-Muller). */
function gaussian(rng: Rng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

const CENTRE = (IMAGE_SIDE - 1) / 2;

/** Pixel (x, y) of a 28 x 28 image, 0 outside it. */
function pixel(image: Float32Array, offset: number, x: number, y: number): number {
  return x < 0 || y < 0 || x >= IMAGE_SIDE || y >= IMAGE_SIDE ? 0 : image[offset + y * IMAGE_SIDE + x];
}

/**
 * Rotates, scales and adds noise to the image at `offset` of `out` in place,
 * drawing its angle, scale and noise from `rng`. Values stay in [0, 1].
 */
export function applyExtraAugment(out: Float32Array, offset: number, extra: ExtraAugment, rng: Rng): void {
  const angle = extra.maxRotation > 0 ? (symmetric(rng, extra.maxRotation) * Math.PI) / 180 : 0;
  const scale = extra.maxScale > 0 ? 1 + symmetric(rng, extra.maxScale / 100) : 1;
  if (angle !== 0 || scale !== 1) {
    const source = out.slice(offset, offset + PIXELS_PER_IMAGE);
    // Inverse map: the destination pixel (x, y) reads the source at R(-angle) (x - c, y - c) / scale + c.
    const cos = Math.cos(angle) / scale;
    const sin = Math.sin(angle) / scale;
    for (let y = 0; y < IMAGE_SIDE; y++) {
      for (let x = 0; x < IMAGE_SIDE; x++) {
        const u = cos * (x - CENTRE) + sin * (y - CENTRE) + CENTRE;
        const v = -sin * (x - CENTRE) + cos * (y - CENTRE) + CENTRE;
        const x0 = Math.floor(u);
        const y0 = Math.floor(v);
        const fx = u - x0;
        const fy = v - y0;
        const top = pixel(source, 0, x0, y0) * (1 - fx) + pixel(source, 0, x0 + 1, y0) * fx;
        const bottom = pixel(source, 0, x0, y0 + 1) * (1 - fx) + pixel(source, 0, x0 + 1, y0 + 1) * fx;
        out[offset + y * IMAGE_SIDE + x] = top * (1 - fy) + bottom * fy;
      }
    }
  }
  if (extra.noise > 0) {
    for (let p = offset; p < offset + PIXELS_PER_IMAGE; p++) {
      out[p] = Math.min(1, Math.max(0, out[p] + extra.noise * gaussian(rng)));
    }
  }
}

/** The augmentation a batch gets under these settings, or null when `Augment data` is off. */
export function augmentOptionsFor(
  settings: Pick<TrainingSettings, 'augment' | 'augmentShift' | 'augmentRotation' | 'augmentScale' | 'augmentNoise' | 'seed'>,
): AugmentOptions | null {
  if (!settings.augment) return null;
  return {
    maxShift: settings.augmentShift,
    seed: settings.seed,
    extra: { maxRotation: settings.augmentRotation, maxScale: settings.augmentScale, noise: settings.augmentNoise },
  };
}
