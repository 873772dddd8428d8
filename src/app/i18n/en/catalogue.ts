// English names and explanations of the catalogue entries. Core's catalogues are data (one entry
// per layer, activation, loss, optimizer, schedule, preset, data set, setting) and hold the English
// names, which are also the UI-contract names; this namespace reads them from there, keyed by the
// same ids, so a Chinese entry is required for every id (zh/catalogue.ts is typed from this one).
import { DATASETS, type DatasetId } from '../../../core/data/datasets';
import { ACTIVATIONS, INITIALIZERS, LAYER_CATALOGUE, type ActivationId, type InitializerId } from '../../../core/network/catalogue';
import { PRESETS } from '../../../core/network/presets';
import type { LayerType } from '../../../core/network/types';
import { BACKEND_LABELS, type BackendChoice } from '../../../core/training/backends';
import { LOSSES } from '../../../core/training/losses';
import { OPTIMIZERS } from '../../../core/training/optimizers';
import { SCHEDULES } from '../../../core/training/schedules';
import { SETTINGS_TABLE, type SettingKey } from '../../../core/training/settingsTable';
import { WEIGHT_DECAY_TYPE_LABELS } from '../../../core/training/settings';
import type { LossId, OptimizerId, ScheduleId, WeightDecayType } from '../../../core/training/types';

/** A catalogue entry's name and its two or three sentences of explanation. */
export type EntryText = {
  label: string;
  description: string;
};

/** A data set's name, what it shows, its class names and the drawing canvas's words. */
export type DatasetText = {
  label: string;
  subject: string;
  classNames: Record<string, string>;
  prompt: string;
  note: string;
};

function entries<K extends string>(table: Record<K, { label: string; description: string }>): Record<K, EntryText> {
  return Object.fromEntries(Object.entries<{ label: string; description: string }>(table).map(([id, e]) => [id, { label: e.label, description: e.description }])) as Record<K, EntryText>;
}

function mapValues<K extends string, V, W>(table: Record<K, V>, f: (value: V) => W): Record<K, W> {
  return Object.fromEntries(Object.entries<V>(table).map(([id, value]) => [id, f(value)])) as Record<K, W>;
}

const layerParams = Object.values(LAYER_CATALOGUE).flatMap((spec) => spec.params);

/** Words for catalogue entries, by id. */
export const catalogue = {
  layers: entries(LAYER_CATALOGUE) as Record<LayerType, EntryText>,
  /** Labels of layer properties by key ("Units", "Kernel size"): UI-contract names in English. */
  params: Object.fromEntries(layerParams.map((spec) => [spec.key, spec.label])) as Record<string, string>,
  /** Notes on layer properties, by key. */
  paramHelp: Object.fromEntries(layerParams.flatMap((spec) => (spec.help ? [[spec.key, spec.help]] : []))) as Record<string, string>,
  paddings: { same: 'Same', valid: 'Valid' },
  activations: entries(ACTIVATIONS) as Record<ActivationId, EntryText>,
  initializers: entries(INITIALIZERS) as Record<InitializerId, EntryText>,
  losses: entries(LOSSES) as Record<LossId, EntryText>,
  optimizers: entries(OPTIMIZERS) as Record<OptimizerId, EntryText>,
  /** Optimizer hyperparameter labels by key ("Beta 1"). */
  hyperparams: Object.fromEntries(Object.values(OPTIMIZERS).flatMap((o) => o.hyperparams.map((h) => [h.key, h.label]))) as Record<string, string>,
  schedules: entries(SCHEDULES) as Record<ScheduleId, EntryText>,
  presets: Object.fromEntries(PRESETS.map((p) => [p.id, { label: p.label, description: p.description }])) as Record<string, EntryText>,
  datasets: mapValues(DATASETS, (d): DatasetText => ({
    label: d.label,
    subject: d.subject,
    classNames: Object.fromEntries(d.classNames.map((name, index) => [String(index), name])),
    prompt: d.drawing.prompt,
    note: d.drawing.note,
  })) as Record<DatasetId, DatasetText>,
  /** Setting labels by key: UI-contract names in English. */
  settings: mapValues(SETTINGS_TABLE, (spec) => spec.label) as Record<SettingKey, string>,
  backends: BACKEND_LABELS as Record<BackendChoice, string>,
  /** Weight decay type labels: UI-contract names in English. */
  weightDecayTypes: WEIGHT_DECAY_TYPE_LABELS as Record<WeightDecayType, string>,
};
