// Seeded pseudo-random numbers (mulberry32): the same seed gives the same
// sequence on every machine, so a run's shuffling and augmentation repeat.

/** Anything indexable and writable: plain arrays and typed arrays. */
export interface MutableList {
  length: number;
  [index: number]: unknown;
}

/** A seeded random source; every method advances the same sequence. */
export interface Rng {
  /** A float uniformly distributed in [0, 1). */
  next(): number;
  /** An integer uniformly distributed in [0, n). */
  int(n: number): number;
  /** Shuffles an array or typed array in place (Fisher-Yates) and returns it. */
  shuffle<A extends MutableList>(array: A): A;
}

/** Creates a mulberry32 generator; the seed is taken as an unsigned 32-bit integer. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const shuffle = <A extends MutableList>(array: A): A => {
    for (let i = array.length - 1; i > 0; i--) {
      const j = int(i + 1);
      const tmp = array[i];
      array[i] = array[j];
      array[j] = tmp;
    }
    return array;
  };
  return { next, int, shuffle };
}
