// Default training settings and their validation with coded issues. What each
// setting is called, its limits and how it applies live in settingsTable.ts.
import { isDatasetId } from '../data/datasets';
import { LOSSES } from './losses';
import { OPTIMIZERS, defaultOptimizerParams } from './optimizers';
import { SCHEDULES } from './schedules';
import { isBackendChoice } from './backends';
import { NUMERIC_SETTING_KEYS, TRAINING_IMAGES, settingLimit, type NumericSettingKey, type SettingLimit } from './settingsTable';
import type { TrainingSettings, WeightDecayType } from './types';

/** Weight decay types in menu order. */
export const WEIGHT_DECAY_TYPES: readonly WeightDecayType[] = ['l2', 'l1', 'decoupled'];

/** Menu label of each weight decay type (the `Weight decay type` options). */
export const WEIGHT_DECAY_TYPE_LABELS: Record<WeightDecayType, string> = {
  l2: 'L2 in the loss',
  l1: 'L1 in the loss',
  decoupled: 'Decoupled',
};

export { TRAINING_IMAGES } from './settingsTable';
export type { NumericSettingKey, SettingLimit } from './settingsTable';

/** The settings a new session starts with. */
export const DEFAULT_SETTINGS: TrainingSettings = {
  dataset: 'mnist',
  loss: 'categoricalCrossentropy',
  labelSmoothing: 0,
  optimizer: 'adam',
  optimizerParams: defaultOptimizerParams('adam'),
  nesterov: false,
  centered: false,
  learningRate: 0.001,
  schedule: 'constant',
  batchSize: 64,
  epochs: 1,
  trainingSamples: TRAINING_IMAGES,
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
};

/** Allowed range of every numeric setting (from SETTINGS_TABLE). */
export const SETTING_LIMITS: Readonly<Record<NumericSettingKey, SettingLimit>> = {
  labelSmoothing: settingLimit('labelSmoothing'),
  augmentShift: settingLimit('augmentShift'),
  augmentRotation: settingLimit('augmentRotation'),
  augmentScale: settingLimit('augmentScale'),
  augmentNoise: settingLimit('augmentNoise'),
  patience: settingLimit('patience'),
  learningRate: settingLimit('learningRate'),
  batchSize: settingLimit('batchSize'),
  epochs: settingLimit('epochs'),
  trainingSamples: settingLimit('trainingSamples'),
  seed: settingLimit('seed'),
  weightDecay: settingLimit('weightDecay'),
  clipNorm: settingLimit('clipNorm'),
};

/** A setting the engine must not use as it is; `field` is a settings key or `optimizerParams.<key>`. */
export interface SettingIssue {
  code: 'setting-out-of-range';
  field: string;
  params?: Record<string, string | number>;
}

/** True when `value` is a finite number inside `limit`. */
export function isWithinLimit(value: unknown, limit: SettingLimit): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (limit.integer && !Number.isInteger(value)) return false;
  const aboveMin = limit.minExclusive ? value > limit.min : value >= limit.min;
  return aboveMin && value <= limit.max;
}

/** True when `value` is an id of `catalogue` (a string key of its own, never an object that converts to one). */
function isIdOf(catalogue: object, value: unknown): boolean {
  return typeof value === 'string' && Object.hasOwn(catalogue, value);
}

/** Every out-of-range or unknown setting, in field order (empty when all are fine). */
export function validateSettings(settings: TrainingSettings): SettingIssue[] {
  const issues: SettingIssue[] = [];
  const bad = (field: string, params?: Record<string, string | number>): void => {
    issues.push(params ? { code: 'setting-out-of-range', field, params } : { code: 'setting-out-of-range', field });
  };
  if (!isDatasetId(settings.dataset)) bad('dataset');
  if (!isIdOf(LOSSES, settings.loss)) bad('loss');
  if (!isIdOf(OPTIMIZERS, settings.optimizer)) bad('optimizer');
  if (!isIdOf(SCHEDULES, settings.schedule)) bad('schedule');
  if (!isBackendChoice(settings.backend)) bad('backend');
  for (const flag of ['augment', 'nesterov', 'centered', 'earlyStopping'] as const) {
    if (typeof settings[flag] !== 'boolean') bad(flag);
  }
  if (!WEIGHT_DECAY_TYPES.includes(settings.weightDecayType)) bad('weightDecayType');
  for (const key of NUMERIC_SETTING_KEYS) {
    const limit = settingLimit(key);
    if (!isWithinLimit(settings[key], limit)) bad(key, { min: limit.min, max: limit.max });
  }
  const spec = isIdOf(OPTIMIZERS, settings.optimizer) ? OPTIMIZERS[settings.optimizer] : undefined;
  for (const h of spec?.hyperparams ?? []) {
    const value = settings.optimizerParams?.[h.key];
    if (value !== undefined && !isWithinLimit(value, { min: h.min, max: h.max, integer: false })) {
      bad(`optimizerParams.${h.key}`, { min: h.min, max: h.max });
    }
  }
  return issues;
}
