import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import { defaultOptimizerParams } from '../../core/training/optimizers';
import type { OptimizerId, TrainingSettings } from '../../core/training/types';
import { initialPreset } from './initialPreset';
import { isNumericSettingKey, parseNumberText, type NumericSettingKey } from './numericSettings';
import type { Store } from './storeTypes';

export interface SettingsSlice {
  /** The settings the next command sends. Out-of-range numbers are kept as typed. */
  settings: TrainingSettings;
  /** Numeric fields' text as typed, so "1e-3", "" and "10000" survive a re-render. */
  settingsText: Partial<Record<NumericSettingKey, string>>;
  /** Sets one setting from a choice (combobox, checkbox). */
  setSetting: <K extends keyof TrainingSettings>(key: K, value: TrainingSettings[K]) => void;
  /** Records what was typed into a numeric field; a readable number also becomes the setting. */
  setSettingText: (key: NumericSettingKey, text: string) => void;
  /** Chooses an optimizer and resets its hyperparameters to that optimizer's defaults. */
  chooseOptimizer: (optimizer: OptimizerId) => void;
  /** Sets one optimizer hyperparameter (beta1, momentum, ...); out-of-range values are kept and flagged. */
  setOptimizerParam: (key: string, value: number) => void;
  /** Applies several settings at once (a preset's); the backend choice is the person's, so it stays. */
  applySettings: (changes: Partial<TrainingSettings>) => void;
}

function withoutTextFor(
  settingsText: Partial<Record<NumericSettingKey, string>>,
  keys: string[],
): Partial<Record<NumericSettingKey, string>> {
  const next = { ...settingsText };
  for (const key of keys) {
    if (isNumericSettingKey(key)) delete next[key];
  }
  return next;
}

export const createSettingsSlice: StateCreator<Store, [], [], SettingsSlice> = (set) => ({
  settings: { ...DEFAULT_SETTINGS, ...initialPreset().settings },
  settingsText: {},

  setSetting: (key, value) =>
    set((state) => ({
      settings: { ...state.settings, [key]: value },
      settingsText: withoutTextFor(state.settingsText, [key]),
    })),

  setSettingText: (key, text) =>
    set((state) => {
      const value = parseNumberText(text);
      return {
        settings: value === null ? state.settings : { ...state.settings, [key]: value },
        settingsText: { ...state.settingsText, [key]: text },
      };
    }),

  chooseOptimizer: (optimizer) =>
    set((state) => ({
      settings: { ...state.settings, optimizer, optimizerParams: defaultOptimizerParams(optimizer) },
    })),

  setOptimizerParam: (key, value) =>
    set((state) => ({
      settings: { ...state.settings, optimizerParams: { ...state.settings.optimizerParams, [key]: value } },
    })),

  applySettings: (changes) =>
    set((state) => {
      const { backend: _ignoredBackend, ...rest } = changes;
      return {
        settings: { ...state.settings, ...rest },
        settingsText: withoutTextFor(state.settingsText, Object.keys(rest)),
      };
    }),
});
