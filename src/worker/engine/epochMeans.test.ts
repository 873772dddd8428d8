import { describe, expect, it } from 'vitest';
import { EpochMeans } from './epochMeans';

describe('EpochMeans', () => {
  it('weights batches by size, starts over at a new epoch, and goes on from resumed sums of the same epoch only', () => {
    const means = new EpochMeans();
    expect(means.sums).toBeNull();
    means.add(0, 2, 0.5, 64);
    expect(means.add(0, 1, 1, 32)).toEqual({ loss: 5 / 3, accuracy: 2 / 3 });
    const sums = means.sums!;
    expect(sums).toEqual({ epoch: 0, samples: 96, lossSum: 160, accuracySum: 64 });

    const resumed = new EpochMeans();
    resumed.resume(sums);
    expect(resumed.add(0, 1, 1, 96)).toEqual({ loss: (160 + 96) / 192, accuracy: (64 + 96) / 192 });
    // Sums of an earlier epoch do not leak into the next one.
    const later = new EpochMeans();
    later.resume(sums);
    expect(later.add(1, 0.5, 0.25, 64)).toEqual({ loss: 0.5, accuracy: 0.25 });
  });
});
