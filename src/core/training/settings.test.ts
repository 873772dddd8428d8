import { describe, it, expect } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_LIMITS, validateSettings } from './settings';
import type { TrainingSettings } from './types';

const fields = (patch: Partial<TrainingSettings>) => validateSettings({ ...DEFAULT_SETTINGS, ...patch }).map((i) => i.field);

describe('settings', () => {
  it('has the agreed defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      dataset: 'mnist',
      loss: 'categoricalCrossentropy',
      labelSmoothing: 0,
      optimizer: 'adam',
      optimizerParams: { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
      nesterov: false,
      centered: false,
      learningRate: 0.001,
      schedule: 'constant',
      batchSize: 64,
      epochs: 1,
      trainingSamples: 55_000,
      seed: 42,
      weightDecay: 0,
      weightDecayType: 'decoupled',
      clipNorm: 0,
      augment: false,
      augmentShift: 2,
      augmentRotation: 0,
      augmentScale: 0,
      augmentNoise: 0,
      earlyStopping: false,
      patience: 3,
      backend: 'auto',
    });
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual([]);
  });

  it('has the agreed limits', () => {
    expect(SETTING_LIMITS.seed.max).toBe(2_147_483_647);
    expect(SETTING_LIMITS.trainingSamples).toEqual({ min: 64, max: 55_000, integer: true });
  });

  it('flags each out-of-range field with its limits', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, batchSize: 5000 })).toEqual([
      { code: 'setting-out-of-range', field: 'batchSize', params: { min: 1, max: 4096 } },
    ]);
    expect(fields({ learningRate: 0 })).toEqual(['learningRate']);
    expect(fields({ learningRate: 10_000 })).toEqual([]);
    expect(fields({ learningRate: 10_001 })).toEqual(['learningRate']);
    expect(fields({ learningRate: Number.NaN })).toEqual(['learningRate']);
    expect(fields({ epochs: 1.5 })).toEqual(['epochs']);
    expect(fields({ epochs: 0, trainingSamples: 63, seed: -1 })).toEqual(['epochs', 'trainingSamples', 'seed']);
    expect(fields({ weightDecay: 1.01, clipNorm: -1 })).toEqual(['weightDecay', 'clipNorm']);
    expect(fields({ seed: 2 ** 31 })).toEqual(['seed']);
  });

  it('flags unknown ids and optimizer hyperparameters out of range', () => {
    expect(fields({ optimizer: 'lion' as TrainingSettings['optimizer'] })).toEqual(['optimizer']);
    expect(fields({ backend: 'gpu' as TrainingSettings['backend'] })).toEqual(['backend']);
    expect(fields({ dataset: 'fashionMnist' })).toEqual([]);
    expect(fields({ dataset: 'cifar10' as TrainingSettings['dataset'] })).toEqual(['dataset']);
    expect(fields({ optimizerParams: { beta1: 1.5, beta2: 0.999, epsilon: 1e-7 } })).toEqual(['optimizerParams.beta1']);
  });
});
