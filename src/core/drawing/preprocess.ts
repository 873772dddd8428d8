// Turning a drawing into an MNIST-like input. MNIST digits were size-
// normalised to fit a 20 x 20 box (keeping their aspect ratio, anti-aliased)
// and then placed in a 28 x 28 image so that their centre of mass sits at the
// centre. Doing the same to a drawing makes the network see what it learned.
// Fashion-MNIST's photos were trimmed and scaled so their longer side is 28 px,
// centred: `DrawingFit` says which of the two a data set wants.

/** Side of the output image, as in MNIST. */
export const DIGIT_SIDE = 28;
/** Side of the box the ink's longer side is scaled to, as in MNIST. */
export const DIGIT_BOX = 20;
/**
 * How a drawing is fitted into 28 x 28: its longer side scaled to `box`
 * pixels, then centred by its centre of mass ('mass', as MNIST's digits were)
 * or by its bounding box ('box', as Fashion-MNIST's photos were).
 */
export interface DrawingFit {
  box: number;
  centre: 'mass' | 'box';
}

/** MNIST's fit: a 20 x 20 box, centred by the centre of mass. */
export const MNIST_FIT: DrawingFit = { box: DIGIT_BOX, centre: 'mass' };

/** Grey values at or below this (out of 255) count as paper when finding the ink's bounding box. */
export const INK_THRESHOLD = 8;

/** A canvas' grayscale ink: width x height values, row-major, 0 = paper, 255 = full ink. */
export interface InkImage {
  width: number;
  height: number;
  data: ArrayLike<number>;
}

/** A drawing ready for the network, or why it is not. */
export type DigitInput =
  | { status: 'empty' }
  | {
    status: 'ok';
    /** 28 x 28 = 784 values in [0, 1], row-major, ink = 1, like MNIST pixels / 255. */
    pixels: Float32Array;
    /** The ink's bounding box on the canvas. */
    box: { x: number; y: number; width: number; height: number };
    /** Where the ink's centre of mass lies in `pixels` (pixel (x, y) spans x..x+1), near (14, 14). */
    centre: { x: number; y: number };
  };

/** The smallest rectangle holding every value above the threshold, or null for blank ink. */
function inkBox(ink: InkImage): { x: number; y: number; width: number; height: number } | null {
  let x0 = ink.width;
  let y0 = ink.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < ink.height; y++) {
    for (let x = 0; x < ink.width; x++) {
      if (ink.data[y * ink.width + x] > INK_THRESHOLD) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/**
 * Weights that resample `from` cells onto `to` cells by area: output cell o
 * covers source interval [o * from / to, (o + 1) * from / to), and each source
 * cell counts by the share of that interval it overlaps. Each row sums to 1.
 */
function areaWeights(from: number, to: number): Array<Array<[number, number]>> {
  const span = from / to;
  return Array.from({ length: to }, (_, o) => {
    const start = o * span;
    const end = start + span;
    const weights: Array<[number, number]> = [];
    for (let i = Math.floor(start); i < Math.min(from, Math.ceil(end)); i++) {
      const overlap = Math.min(end, i + 1) - Math.max(start, i);
      if (overlap > 0) weights.push([i, overlap / span]);
    }
    return weights;
  });
}

/** Area-averages the crop `box` of `ink` to width x height, values scaled to [0, 1]. */
function resample(ink: InkImage, box: { x: number; y: number; width: number; height: number }, width: number, height: number): Float32Array {
  const across = areaWeights(box.width, width);
  const down = areaWeights(box.height, height);
  const rows = new Float32Array(box.height * width);
  for (let y = 0; y < box.height; y++) {
    const source = (box.y + y) * ink.width + box.x;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (const [i, w] of across[x]) sum += w * ink.data[source + i];
      rows[y * width + x] = sum;
    }
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (const [i, w] of down[y]) sum += w * rows[i * width + x];
      out[y * width + x] = Math.min(1, Math.max(0, sum / 255));
    }
  }
  return out;
}

/** Centre of mass of a width x height image, pixel (x, y) counting at (x + 0.5, y + 0.5). */
export function centreOfMass(pixels: ArrayLike<number>, width: number, height: number): { x: number; y: number; mass: number } {
  let mass = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = pixels[y * width + x];
      mass += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
    }
  }
  return mass === 0 ? { x: width / 2, y: height / 2, mass } : { x: sx / mass, y: sy / mass, mass };
}

/**
 * Crops the ink to its bounding box, scales it (area averaging, aspect kept)
 * so its longer side is `fit.box` px (20 for MNIST), and places it in a
 * 28 x 28 image shifted by whole pixels so its centre of mass (or, with
 * `centre: 'box'`, its box's centre) is as close to (14, 14) as the image
 * allows without cutting ink off. Blank ink gives `{ status: 'empty' }`.
 */
export function preprocessDigit(ink: InkImage, fit: DrawingFit = MNIST_FIT): DigitInput {
  if (ink.data.length !== ink.width * ink.height) throw new RangeError(`${ink.data.length} values for a ${ink.width} x ${ink.height} image`);
  if (!Number.isInteger(fit.box) || fit.box < 1 || fit.box > DIGIT_SIDE) throw new RangeError(`box ${fit.box} is not an integer in 1..${DIGIT_SIDE}`);
  const box = inkBox(ink);
  if (!box) return { status: 'empty' };
  const scale = fit.box / Math.max(box.width, box.height);
  const width = Math.max(1, Math.min(fit.box, Math.round(box.width * scale)));
  const height = Math.max(1, Math.min(fit.box, Math.round(box.height * scale)));
  const scaled = resample(ink, box, width, height);
  const mass = centreOfMass(scaled, width, height);
  const anchor = fit.centre === 'mass' ? mass : { x: width / 2, y: height / 2 };
  const half = DIGIT_SIDE / 2;
  const dx = Math.min(DIGIT_SIDE - width, Math.max(0, Math.round(half - anchor.x)));
  const dy = Math.min(DIGIT_SIDE - height, Math.max(0, Math.round(half - anchor.y)));
  const pixels = new Float32Array(DIGIT_SIDE * DIGIT_SIDE);
  for (let y = 0; y < height; y++) {
    pixels.set(scaled.subarray(y * width, (y + 1) * width), (y + dy) * DIGIT_SIDE + dx);
  }
  return { status: 'ok', pixels, box, centre: { x: mass.x + dx, y: mass.y + dy } };
}
