import { describe, expect, it } from 'vitest';
import { EarlyStoppingTracker } from './earlyStopping';

describe('early stopping', () => {
  it('stops after `patience` epochs without a lower validation loss and names the best epoch', () => {
    const tracker = new EarlyStoppingTracker();
    const verdicts = [0.5, 0.4, 0.45, 0.41, 0.39, 0.42, 0.40].map((loss, i) => tracker.observe(i + 1, loss, 2));
    expect(verdicts).toEqual(['improved', 'improved', 'wait', 'stop', 'improved', 'wait', 'stop']);
    expect(tracker.bestEpoch).toEqual({ epoch: 5, valLoss: 0.39 });
  });

  it('counts a non-finite validation loss as no improvement', () => {
    const tracker = new EarlyStoppingTracker();
    expect(tracker.observe(1, Number.NaN, 1)).toBe('stop');
  });
});
