// Which kind of value each document setting holds. Keyed by every setting, so a
// new setting does not compile until the document knows how to read it.
import { LOSS_IDS } from '../training/losses';
import { OPTIMIZER_IDS } from '../training/optimizers';
import { SCHEDULE_IDS } from '../training/schedules';
import { WEIGHT_DECAY_TYPES } from '../training/settings';
import type { TrainingSettings } from '../training/types';
import type { DocumentSettings } from './format';

/** How a setting is stored: one id of a catalogue, a number, a flag, or the optimizer's hyperparameters. */
export type SettingFieldKind =
  | { kind: 'choice'; ids: readonly string[] }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'optimizerParams' };

const DATASET_IDS: readonly TrainingSettings['dataset'][] = ['mnist'];
const choice = (ids: readonly string[]): SettingFieldKind => ({ kind: 'choice', ids });
const NUMBER: SettingFieldKind = { kind: 'number' };
const BOOLEAN: SettingFieldKind = { kind: 'boolean' };

/** The kind of every setting a document carries. Numbers may be out of range: the settings
 * checks flag them after loading, as they flag a value typed into a field. */
export const DOCUMENT_SETTING_FIELDS: Record<keyof DocumentSettings, SettingFieldKind> = {
  dataset: choice(DATASET_IDS),
  loss: choice(LOSS_IDS),
  labelSmoothing: NUMBER,
  optimizer: choice(OPTIMIZER_IDS),
  optimizerParams: { kind: 'optimizerParams' },
  nesterov: BOOLEAN,
  centered: BOOLEAN,
  learningRate: NUMBER,
  schedule: choice(SCHEDULE_IDS),
  batchSize: NUMBER,
  epochs: NUMBER,
  trainingSamples: NUMBER,
  seed: NUMBER,
  weightDecay: NUMBER,
  weightDecayType: choice(WEIGHT_DECAY_TYPES),
  clipNorm: NUMBER,
  augment: BOOLEAN,
  augmentShift: NUMBER,
  augmentRotation: NUMBER,
  augmentScale: NUMBER,
  augmentNoise: NUMBER,
  earlyStopping: BOOLEAN,
  patience: NUMBER,
};

/** Every document setting key, in table order. */
export const DOCUMENT_SETTING_KEYS = Object.keys(DOCUMENT_SETTING_FIELDS) as (keyof DocumentSettings)[];
