// The data set catalogue, and the Fashion-MNIST train/test split that the
// build step makes (scripts/data/stratifiedSplit.mjs, with its real settings).
import { describe, expect, it } from 'vitest';
import { SPLIT } from '../../../scripts/data/fashion-mnist.mjs';
import { mulberry32, stratifiedSplit } from '../../../scripts/data/stratifiedSplit.mjs';
import { createRng } from '../rng';
import { DATASETS, DATASET_IDS, className, isDatasetId } from './datasets';
import { NUM_CLASSES } from './mnist';

describe('DATASETS', () => {
  it('offers MNIST and Fashion-MNIST, each with 10 distinct class names and its own folder', () => {
    expect(DATASET_IDS.map((id) => DATASETS[id].label)).toEqual(['MNIST', 'Fashion-MNIST']);
    for (const id of DATASET_IDS) {
      expect(DATASETS[id].id).toBe(id);
      expect(DATASETS[id].classNames).toHaveLength(NUM_CLASSES);
      expect(new Set(DATASETS[id].classNames).size).toBe(NUM_CLASSES);
    }
    expect(new Set(DATASET_IDS.map((id) => DATASETS[id].folder)).size).toBe(DATASET_IDS.length);
    expect(DATASETS.mnist.classNames.join('')).toBe('0123456789');
    expect(DATASETS.fashionMnist.classNames).toEqual([
      'T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot',
    ]);
  });

  it('names classes and checks ids', () => {
    expect(className('fashionMnist', 9)).toBe('Ankle boot');
    expect(className('mnist', 3)).toBe('3');
    expect(className('mnist', 12)).toBe('12');
    expect(isDatasetId('fashionMnist')).toBe(true);
    expect(isDatasetId('toString')).toBe(false);
    expect(isDatasetId(7)).toBe(false);
  });

  it('asks the drawing canvas for what the data set shows', () => {
    expect(DATASETS.fashionMnist.drawing.prompt).toMatch(/clothing.*Fashion-MNIST/);
    expect(DATASETS.fashionMnist.drawing.fit).toEqual({ box: 28, centre: 'box' });
    expect(DATASETS.mnist.drawing.fit).toEqual({ box: 20, centre: 'mass' });
  });
});

/** The entries of fashion-mnist 1.1.0: 7,002 in class 0 (entries 1000 and 7001 are empty and skipped), 7,000 in the others. */
function packageEntries(): number[][] {
  return Array.from({ length: 10 }, (_, c) =>
    c === 0 ? Array.from({ length: 7002 }, (_, i) => i).filter((i) => i !== 1000 && i !== 7001) : Array.from({ length: 7000 }, (_, i) => i),
  );
}

const key = ([c, entry]: [number, number]) => c * 10_000 + entry;

describe('the Fashion-MNIST split', () => {
  const split = stratifiedSplit(packageEntries(), SPLIT);

  it('has 60,000 training and 10,000 test images, 6,000 and 1,000 of each class', () => {
    expect([split.train.length, split.test.length, split.unused]).toEqual([60_000, 10_000, 0]);
    const count = (pairs: Array<[number, number]>) => {
      const counts = new Array<number>(10).fill(0);
      for (const [c] of pairs) counts[c]++;
      return counts;
    };
    expect(count(split.train)).toEqual(new Array(10).fill(6_000));
    expect(count(split.test)).toEqual(new Array(10).fill(1_000));
    // The app's validation split is the last 5,000 training images: 500 of each class.
    expect(count(split.train.slice(55_000))).toEqual(new Array(10).fill(500));
  });

  it('is disjoint, uses every good entry once and never a skipped one', () => {
    const train = new Set(split.train.map(key));
    const test = new Set(split.test.map(key));
    expect(train.size).toBe(60_000);
    expect(test.size).toBe(10_000);
    expect([...test].some((k) => train.has(k))).toBe(false);
    expect(train.has(1000) || test.has(1000) || train.has(7001) || test.has(7001)).toBe(false);
  });

  it('is deterministic, and shuffled: not the package order, classes mixed', () => {
    const again = stratifiedSplit(packageEntries(), SPLIT);
    expect(again.train.slice(0, 500)).toEqual(split.train.slice(0, 500));
    expect(again.test.map(key)).toEqual(split.test.map(key));
    const other = stratifiedSplit(packageEntries(), { ...SPLIT, seed: SPLIT.seed + 1 });
    expect(other.test.map(key)).not.toEqual(split.test.map(key));
    // Every block of ten holds one image of each class, in varying order.
    expect(new Set(split.train.slice(0, 10).map(([c]) => c)).size).toBe(10);
    expect(split.train.slice(0, 10).map(([c]) => c)).not.toEqual(split.train.slice(10, 20).map(([c]) => c));
    const firstOfClass0 = split.test.filter(([c]) => c === 0).slice(0, 5).map(([, entry]) => entry);
    expect(firstOfClass0).not.toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses a class with too few entries', () => {
    const entries = packageEntries();
    entries[3] = entries[3].slice(0, 6_999);
    expect(() => stratifiedSplit(entries, SPLIT)).toThrow(/class 3 has 6999 entries/);
  });

  it('draws from the same generator as src/core/rng.ts', () => {
    for (const seed of [0, 1, SPLIT.seed, 2 ** 32 - 1]) {
      const script = mulberry32(seed);
      const core = createRng(seed);
      for (let i = 0; i < 5; i++) expect(script()).toBe(core.next());
    }
  });
});
