import { describe, expect, it } from 'vitest';
import { chain } from '../../core/network/graph';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import { describeRunBlocker, findRunBlockers } from './runBlockers';

const wide = chain([
  'input',
  { type: 'conv2d', params: { filters: 64, kernelSize: 3, padding: 'same' } },
  'flatten',
  { type: 'dense', params: { units: 10, activation: 'softmax' } },
]);

describe('the memory blocker', () => {
  it('refuses a network whose estimate is above the budget, with formatted sizes and the layer to blame', () => {
    const settings = { ...DEFAULT_SETTINGS, optimizer: 'adam' as const, batchSize: 2048 };
    const blockers = findRunBlockers(wide, settings, {}, undefined, 1e9);
    const memory = blockers.find((blocker) => blocker.kind === 'memory');
    if (memory?.kind !== 'memory') throw new Error('no memory blocker');
    // By hand: activations (784 + 2 × 28·28·64 + 10) × 2048 samples × 2 × 4 bytes = 1.66 GB; parameters 502,410 × 4 × 4 bytes = 8.04 MB;
    // conv2d_1 (its 50,176 outputs a sample, plus 640 weights) is the largest layer at 822 MB.
    expect(memory.overrun.estimate.largest?.name).toBe('conv2d_1');
    expect(describeRunBlocker(memory, wide)).toBe(
      'Training this network needs about 1.67 GB (weights, gradients and optimizer state 8.04 MB, activations for the batch 1.66 GB),'
      + ' more than the 1 GB a browser tab can use on this device. Layer conv2d_1 takes the most, 822 MB (mostly activations):'
      + ' make it smaller, or lower the batch size.',
    );
  });

  it('lets the same network train with a smaller batch, and skips the check while the batch size is unreadable', () => {
    expect(findRunBlockers(wide, { ...DEFAULT_SETTINGS, batchSize: 32 }, {}, undefined, 1e9)).toEqual([]);
    const unreadable = findRunBlockers(wide, { ...DEFAULT_SETTINGS, batchSize: 1024 }, { batchSize: 'lots' }, undefined, 1e9);
    expect(unreadable.map((blocker) => blocker.kind)).toEqual(['setting']);
  });
});
