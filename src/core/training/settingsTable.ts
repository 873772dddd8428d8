// Every training setting in one table: its label, its limits where it has
// them, and how a change reaches a run. The worker derives its run key from
// this table, the service decides from it whether an edit ends a run, and the
// settings panel marks each field with it (as tensorflow/playground's state.ts
// keeps such facts in one property table).
import type { TrainingSettings } from './types';

/** Training images available to an epoch (the rest of the 60,000 is the validation split). */
export const TRAINING_IMAGES = 55_000;

/**
 * How a change reaches a run: 'live' takes effect at the next batch of the
 * same run; 'new-run' changes what the run is built from (the model, the
 * optimizer's state, the batches), so the run ends and Train starts a new one.
 */
export type SettingApplies = 'live' | 'new-run';

/** Settings fields that hold a plain number. */
export type NumericSettingKey = {
  [K in keyof TrainingSettings]: TrainingSettings[K] extends number ? K : never;
}[keyof TrainingSettings];

/** Allowed range of a numeric setting; `minExclusive` means the minimum itself is not allowed. */
export interface SettingLimit {
  min: number;
  max: number;
  integer: boolean;
  minExclusive?: boolean;
}

/** One setting: its label (the field's accessible name), how it applies, and its limits when it is a number. */
export type SettingSpec<K extends keyof TrainingSettings> = {
  label: string;
  applies: SettingApplies;
} & (K extends NumericSettingKey ? { limit: SettingLimit } : unknown);

/** Every setting of TrainingSettings, in the order the panel and the messages list them. */
export const SETTINGS_TABLE = {
  dataset: { label: 'Dataset', applies: 'new-run' },
  loss: { label: 'Loss', applies: 'new-run' },
  labelSmoothing: { label: 'Label smoothing', applies: 'live', limit: { min: 0, max: 0.5, integer: false } },
  optimizer: { label: 'Optimizer', applies: 'new-run' },
  // tf.train builds an optimizer's state (moments, accumulators) with these once, so they need a new run.
  optimizerParams: { label: 'Optimizer hyperparameters', applies: 'new-run' },
  nesterov: { label: 'Nesterov', applies: 'new-run' },
  centered: { label: 'Centered', applies: 'new-run' },
  learningRate: { label: 'Learning rate', applies: 'live', limit: { min: 0, max: 10_000, integer: false, minExclusive: true } },
  schedule: { label: 'Learning rate schedule', applies: 'live' },
  batchSize: { label: 'Batch size', applies: 'new-run', limit: { min: 1, max: 4096, integer: true } },
  epochs: { label: 'Epochs', applies: 'live', limit: { min: 1, max: 100, integer: true } },
  trainingSamples: { label: 'Training samples', applies: 'new-run', limit: { min: 64, max: TRAINING_IMAGES, integer: true } },
  seed: { label: 'Seed', applies: 'new-run', limit: { min: 0, max: 2 ** 31 - 1, integer: true } },
  weightDecay: { label: 'Weight decay', applies: 'live', limit: { min: 0, max: 1, integer: false } },
  weightDecayType: { label: 'Weight decay type', applies: 'live' },
  clipNorm: { label: 'Clip gradient norm', applies: 'live', limit: { min: 0, max: 1000, integer: false } },
  augment: { label: 'Augment data', applies: 'live' },
  augmentShift: { label: 'Shift (px)', applies: 'live', limit: { min: 0, max: 2, integer: true } },
  augmentRotation: { label: 'Rotation (°)', applies: 'live', limit: { min: 0, max: 10, integer: false } },
  augmentScale: { label: 'Scaling (%)', applies: 'live', limit: { min: 0, max: 10, integer: false } },
  augmentNoise: { label: 'Pixel noise', applies: 'live', limit: { min: 0, max: 0.5, integer: false } },
  earlyStopping: { label: 'Early stopping', applies: 'live' },
  patience: { label: 'Patience', applies: 'live', limit: { min: 1, max: 100, integer: true } },
  backend: { label: 'Backend', applies: 'new-run' },
} as const satisfies { [K in keyof TrainingSettings]: SettingSpec<K> };

/** A setting key. */
export type SettingKey = keyof TrainingSettings;

/** Settings that take effect at the next batch of the running run. */
export type LiveSettingKey = {
  [K in SettingKey]: (typeof SETTINGS_TABLE)[K]['applies'] extends 'live' ? K : never;
}[SettingKey];

/** Settings a run is built from: changing one ends the run. */
export type NewRunSettingKey = Exclude<SettingKey, LiveSettingKey>;

/** The part of the settings a running run may take on; the settings a run is built from cannot be in it. */
export type LiveSettings = Pick<TrainingSettings, LiveSettingKey> & { readonly [K in NewRunSettingKey]?: never };

/** The value of a live setting (a rate, a schedule id, a count, a flag). */
export type LiveSettingValue = TrainingSettings[LiveSettingKey];

/** One live setting changed during a run. */
export interface LiveChange {
  key: LiveSettingKey;
  from: LiveSettingValue;
  to: LiveSettingValue;
}

/** Every setting key, in table order. */
// Object.keys loses the key type; the table's `satisfies` clause guarantees these are exactly the keys.
export const SETTING_KEYS = Object.keys(SETTINGS_TABLE) as SettingKey[];

/** True when `value` is a key of TrainingSettings. */
export function isSettingKey(value: string): value is SettingKey {
  return Object.hasOwn(SETTINGS_TABLE, value);
}

/** True when changing `key` takes effect in the running run. */
export function isLiveSetting(key: SettingKey): key is LiveSettingKey {
  return SETTINGS_TABLE[key].applies === 'live';
}

/** Keys of settings that start a new run, in table order. */
export const NEW_RUN_SETTING_KEYS: readonly NewRunSettingKey[] = SETTING_KEYS.filter((key): key is NewRunSettingKey => !isLiveSetting(key));

/** Keys of settings that apply live, in table order. */
export const LIVE_SETTING_KEYS: readonly LiveSettingKey[] = SETTING_KEYS.filter(isLiveSetting);

/** Every numeric setting key, in table order. */
export const NUMERIC_SETTING_KEYS: readonly NumericSettingKey[] = SETTING_KEYS.filter(
  (key): key is NumericSettingKey => 'limit' in SETTINGS_TABLE[key],
);

/** The allowed range of a numeric setting. */
export function settingLimit(key: NumericSettingKey): SettingLimit {
  return SETTINGS_TABLE[key].limit;
}

/** The live part of the settings (of full settings or of a live update), for a running run. */
export function liveSettings(settings: Pick<TrainingSettings, LiveSettingKey>): LiveSettings {
  return {
    labelSmoothing: settings.labelSmoothing,
    learningRate: settings.learningRate,
    schedule: settings.schedule,
    epochs: settings.epochs,
    weightDecay: settings.weightDecay,
    weightDecayType: settings.weightDecayType,
    clipNorm: settings.clipNorm,
    augment: settings.augment,
    augmentShift: settings.augmentShift,
    augmentRotation: settings.augmentRotation,
    augmentScale: settings.augmentScale,
    augmentNoise: settings.augmentNoise,
    earlyStopping: settings.earlyStopping,
    patience: settings.patience,
  };
}

/** The part of the settings a run is built from, in table order. */
export function newRunSettings(settings: TrainingSettings): Pick<TrainingSettings, NewRunSettingKey> {
  return {
    dataset: settings.dataset,
    loss: settings.loss,
    optimizer: settings.optimizer,
    optimizerParams: settings.optimizerParams,
    nesterov: settings.nesterov,
    centered: settings.centered,
    batchSize: settings.batchSize,
    trainingSamples: settings.trainingSamples,
    seed: settings.seed,
    backend: settings.backend,
  };
}

/** True when the two values of a setting are the same (optimizer hyperparameters compared key by key). */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The settings whose values differ between `before` and `after`, in table order. */
export function changedSettings(before: TrainingSettings, after: TrainingSettings): SettingKey[] {
  return SETTING_KEYS.filter((key) => !sameValue(before[key], after[key]));
}

/** The live settings that differ between `before` and `after`, with both values, in table order. */
export function liveChanges(before: Pick<TrainingSettings, LiveSettingKey>, after: Pick<TrainingSettings, LiveSettingKey>): LiveChange[] {
  return LIVE_SETTING_KEYS.filter((key) => !sameValue(before[key], after[key])).map((key) => ({ key, from: before[key], to: after[key] }));
}
