// Default training settings, their limits, and validation with coded issues.
import { LOSSES } from './losses';
import { OPTIMIZERS, defaultOptimizerParams } from './optimizers';
import { SCHEDULES } from './schedules';
import { isBackendChoice } from './backends';
import type { TrainingSettings } from './types';

/** Training images available to an epoch (the rest of the 60,000 is the validation split). */
export const TRAINING_IMAGES = 55_000;

/** The settings a new session starts with. */
export const DEFAULT_SETTINGS: TrainingSettings = {
  dataset: 'mnist',
  loss: 'categoricalCrossentropy',
  optimizer: 'adam',
  optimizerParams: defaultOptimizerParams('adam'),
  learningRate: 0.001,
  schedule: 'constant',
  batchSize: 64,
  epochs: 1,
  trainingSamples: TRAINING_IMAGES,
  seed: 42,
  weightDecay: 0,
  clipNorm: 0,
  augment: false,
  backend: 'auto',
};

/** Settings fields that hold a plain number. */
export type NumericSettingKey =
  | 'learningRate'
  | 'batchSize'
  | 'epochs'
  | 'trainingSamples'
  | 'seed'
  | 'weightDecay'
  | 'clipNorm';

/** Allowed range of a numeric setting; `minExclusive` means the minimum itself is not allowed. */
export interface SettingLimit {
  min: number;
  max: number;
  integer: boolean;
  minExclusive?: boolean;
}

/** Allowed range of every numeric setting. */
export const SETTING_LIMITS: Record<NumericSettingKey, SettingLimit> = {
  learningRate: { min: 0, max: 10_000, integer: false, minExclusive: true },
  batchSize: { min: 1, max: 4096, integer: true },
  epochs: { min: 1, max: 100, integer: true },
  trainingSamples: { min: 64, max: TRAINING_IMAGES, integer: true },
  seed: { min: 0, max: 2 ** 31 - 1, integer: true },
  weightDecay: { min: 0, max: 1, integer: false },
  clipNorm: { min: 0, max: 1000, integer: false },
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

/** Every out-of-range or unknown setting, in field order (empty when all are fine). */
export function validateSettings(settings: TrainingSettings): SettingIssue[] {
  const issues: SettingIssue[] = [];
  const bad = (field: string, params?: Record<string, string | number>): void => {
    issues.push(params ? { code: 'setting-out-of-range', field, params } : { code: 'setting-out-of-range', field });
  };
  if (settings.dataset !== 'mnist') bad('dataset');
  if (!Object.hasOwn(LOSSES, settings.loss)) bad('loss');
  if (!Object.hasOwn(OPTIMIZERS, settings.optimizer)) bad('optimizer');
  if (!Object.hasOwn(SCHEDULES, settings.schedule)) bad('schedule');
  if (!isBackendChoice(settings.backend)) bad('backend');
  if (typeof settings.augment !== 'boolean') bad('augment');
  for (const key of Object.keys(SETTING_LIMITS) as NumericSettingKey[]) {
    const limit = SETTING_LIMITS[key];
    if (!isWithinLimit(settings[key], limit)) bad(key, { min: limit.min, max: limit.max });
  }
  const spec = OPTIMIZERS[settings.optimizer];
  for (const h of spec?.hyperparams ?? []) {
    const value = settings.optimizerParams?.[h.key];
    if (value !== undefined && !isWithinLimit(value, { min: h.min, max: h.max, integer: false })) {
      bad(`optimizerParams.${h.key}`, { min: h.min, max: h.max });
    }
  }
  return issues;
}
