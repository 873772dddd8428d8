import { describe, expect, expectTypeOf, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import {
  LIVE_SETTING_KEYS,
  NEW_RUN_SETTING_KEYS,
  NUMERIC_SETTING_KEYS,
  SETTINGS_TABLE,
  SETTING_KEYS,
  changedSettings,
  liveSettings,
  newRunSettings,
  type LiveSettings,
} from './settingsTable';
import type { TrainingSettings } from './types';

describe('the settings table', () => {
  it('classifies every setting, and nothing else', () => {
    expectTypeOf<keyof typeof SETTINGS_TABLE>().toEqualTypeOf<keyof TrainingSettings>();
    expect([...SETTING_KEYS].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    for (const key of SETTING_KEYS) expect(['live', 'new-run'], key).toContain(SETTINGS_TABLE[key].applies);
  });

  it('applies the learning rate, schedule, epochs, decay, clipping and augmentation live; the rest need a new run', () => {
    expect([...LIVE_SETTING_KEYS].sort()).toEqual([
      'augment', 'augmentNoise', 'augmentRotation', 'augmentScale', 'augmentShift', 'clipNorm', 'earlyStopping', 'epochs',
      'labelSmoothing', 'learningRate', 'patience', 'schedule', 'weightDecay', 'weightDecayType',
    ]);
    expect([...NEW_RUN_SETTING_KEYS].sort()).toEqual([
      'backend', 'batchSize', 'centered', 'dataset', 'loss', 'nesterov', 'optimizer', 'optimizerParams', 'seed', 'trainingSamples',
    ]);
  });

  it('gives a running run only the live part, and builds runs from the rest', () => {
    // @ts-expect-error Full settings are not LiveSettings: a batch size (or any new-run setting) cannot reach a running run.
    const full: LiveSettings = DEFAULT_SETTINGS;
    expect(full.batchSize).toBe(DEFAULT_SETTINGS.batchSize);
    expectTypeOf<LiveSettings>().toHaveProperty('learningRate');
    expect(Object.keys(liveSettings(DEFAULT_SETTINGS))).toEqual([...LIVE_SETTING_KEYS]);
    expect(Object.keys(newRunSettings(DEFAULT_SETTINGS))).toEqual([...NEW_RUN_SETTING_KEYS]);
  });

  it('names the fields as the UI contract does, with limits for the numbers', () => {
    expect(NUMERIC_SETTING_KEYS.map((key) => SETTINGS_TABLE[key].label)).toEqual([
      'Label smoothing', 'Learning rate', 'Batch size', 'Epochs', 'Training samples', 'Seed', 'Weight decay', 'Clip gradient norm',
      'Shift (px)', 'Rotation (°)', 'Scaling (%)', 'Pixel noise', 'Patience',
    ]);
    expect(SETTINGS_TABLE.labelSmoothing.limit).toEqual({ min: 0, max: 0.5, integer: false });
    expect([SETTINGS_TABLE.nesterov.label, SETTINGS_TABLE.centered.label, SETTINGS_TABLE.weightDecayType.label, SETTINGS_TABLE.earlyStopping.label])
      .toEqual(['Nesterov', 'Centered', 'Weight decay type', 'Early stopping']);
    expect(SETTINGS_TABLE.batchSize.limit).toEqual({ min: 1, max: 4096, integer: true });
  });

  it('lists what changed, comparing optimizer hyperparameters by value', () => {
    const same = { ...DEFAULT_SETTINGS, optimizerParams: { ...DEFAULT_SETTINGS.optimizerParams } };
    expect(changedSettings(DEFAULT_SETTINGS, same)).toEqual([]);
    const edited = { ...DEFAULT_SETTINGS, learningRate: 0.01, batchSize: 32, optimizerParams: { ...DEFAULT_SETTINGS.optimizerParams, beta1: 0.8 } };
    expect(changedSettings(DEFAULT_SETTINGS, edited)).toEqual(['optimizerParams', 'learningRate', 'batchSize']);
  });
});
