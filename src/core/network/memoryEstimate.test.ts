import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from './analyze';
import { chain } from './graph';
import { checkMemory, estimateTrainingMemory, memoryBudget, MEMORY_CEILING_BYTES } from './memoryEstimate';

const mlp = chain(['input', 'flatten', { type: 'dense', params: { units: 128 } }, { type: 'dense', params: { units: 10, activation: 'softmax' } }]);

describe('estimateTrainingMemory', () => {
  it('adds parameters × (weight, gradient, optimizer slots) and activations × batch size, by hand', () => {
    const estimate = estimateTrainingMemory(mlp, analyzeNetwork(mlp), 2, 32);
    // Parameters: 784·128 + 128 = 100,480 and 128·10 + 10 = 1,290; Adam keeps 2 slots: 4 values each, 4 bytes a value.
    expect(estimate.parameterBytes).toBe((100_480 + 1_290) * 4 * 4);
    // Outputs per sample: input 784, flatten 784, dense 128, dense 10; value and gradient, 32 samples, 4 bytes.
    expect(estimate.activationBytes).toBe((784 + 784 + 128 + 10) * 32 * 2 * 4);
    expect(estimate.totalBytes).toBe(1_628_320 + 436_736);
    expect(estimate.largest).toMatchObject({ nodeId: 'dense_1', bytes: 100_480 * 16 + 128 * 32 * 8 });
    expect(estimate.layers.map((layer) => layer.nodeId)).toEqual(['input', 'flatten_1', 'dense_1', 'dense_2']);
    expect(estimate.complete).toBe(true);
  });

  it('grows with the batch size and the optimizer slots', () => {
    const analysis = analyzeNetwork(mlp);
    const sgd = estimateTrainingMemory(mlp, analysis, 0, 1);
    expect(sgd.parameterBytes).toBe(101_770 * 2 * 4);
    expect(sgd.activationBytes).toBe(1706 * 8);
    expect(estimateTrainingMemory(mlp, analysis, 0, 64).activationBytes).toBe(64 * sgd.activationBytes);
  });

  it('says when some shapes are unknown and counts only the known layers', () => {
    const broken = chain(['input', { type: 'dense', params: { units: 10, activation: 'softmax' } }]);
    const estimate = estimateTrainingMemory(broken, analyzeNetwork(broken), 0, 1);
    expect(estimate.complete).toBe(false);
    expect(estimate.totalBytes).toBe(784 * 8);
  });
});

describe('memoryBudget', () => {
  it('takes a quarter of the device memory, never above the ceiling, and assumes 4 GB when unknown', () => {
    expect(memoryBudget(2)).toBe(500e6);
    expect(memoryBudget(0.5)).toBe(125e6);
    expect(memoryBudget(8)).toBe(MEMORY_CEILING_BYTES);
    expect(memoryBudget(64)).toBe(MEMORY_CEILING_BYTES);
    expect(memoryBudget(undefined)).toBe(1e9);
    expect(memoryBudget(Number.NaN)).toBe(1e9);
  });

  it('refuses an estimate above the budget only', () => {
    const estimate = estimateTrainingMemory(mlp, analyzeNetwork(mlp), 2, 32);
    expect(checkMemory(estimate, estimate.totalBytes)).toBeNull();
    expect(checkMemory(estimate, estimate.totalBytes - 1)).toEqual({ estimate, budgetBytes: estimate.totalBytes - 1 });
  });
});
