/** A seeded generator of floats in [0, 1) (mulberry32). */
export function mulberry32(seed: number): () => number;

/** Fisher-Yates shuffle in place. */
export function shuffleInPlace<T>(array: T[], next: () => number): T[];

/** How a split is made. */
export interface SplitOptions {
  seed: number;
  trainPerClass: number;
  testPerClass: number;
}

/** The split: [class, entry index] pairs in file order, and how many entries were left out. */
export interface StratifiedSplit {
  train: Array<[number, number]>;
  test: Array<[number, number]>;
  unused: number;
}

export function stratifiedSplit(classEntries: number[][], options: SplitOptions): StratifiedSplit;
