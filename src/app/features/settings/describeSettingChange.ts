// Setting changes in words, for the run history, the chart marks and the
// notice that says why a run ended. Labels come from the core catalogues.
import { BACKEND_CHOICES, BACKEND_LABELS } from '../../../core/training/backends';
import { WEIGHT_DECAY_TYPES, WEIGHT_DECAY_TYPE_LABELS } from '../../../core/training/settings';
import { LOSSES } from '../../../core/training/losses';
import { OPTIMIZERS } from '../../../core/training/optimizers';
import type { RunChange } from '../../../core/training/runChanges';
import { SCHEDULES } from '../../../core/training/schedules';
import { SETTINGS_TABLE, type LiveChange, type SettingKey } from '../../../core/training/settingsTable';
import type { TrainingSettings } from '../../../core/training/types';

/** Labels of the choice settings' values, by setting. */
const CHOICE_LABELS: Partial<Record<SettingKey, Readonly<Record<string, { label: string }>>>> = {
  dataset: { mnist: { label: 'MNIST' } },
  loss: LOSSES,
  optimizer: OPTIMIZERS,
  schedule: SCHEDULES,
  weightDecayType: Object.fromEntries(WEIGHT_DECAY_TYPES.map((type) => [type, { label: WEIGHT_DECAY_TYPE_LABELS[type] }])),
  backend: Object.fromEntries(BACKEND_CHOICES.map((backend) => [backend, { label: BACKEND_LABELS[backend] }])),
};

/** The label of an optimizer hyperparameter key ("Beta 1"). */
function hyperparameterLabel(key: string): string {
  for (const optimizer of Object.values(OPTIMIZERS)) {
    const spec = optimizer.hyperparams.find((h) => h.key === key);
    if (spec) return spec.label;
  }
  return key;
}

/** A setting's value as the panel shows it: labels for choices, on/off for flags, numbers as typed. */
export function formatSettingValue(key: SettingKey, value: TrainingSettings[SettingKey]): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return Object.entries(value).map(([param, number]) => `${hyperparameterLabel(param)} ${number}`).join(', ');
  const labels = CHOICE_LABELS[key];
  return labels && Object.hasOwn(labels, value) ? labels[value].label : value;
}

/** "Learning rate 0.001 → 0.01". */
export function describeLiveChange(change: LiveChange): string {
  return `${SETTINGS_TABLE[change.key].label} ${formatSettingValue(change.key, change.from)} → ${formatSettingValue(change.key, change.to)}`;
}

/** "Beta 1 0.9 → 0.8": the hyperparameters that differ. */
function describeHyperparameterChange(from: Readonly<Record<string, number>>, to: Readonly<Record<string, number>>): string {
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((key) => from[key] !== to[key]);
  return keys.map((key) => `${hyperparameterLabel(key)} (${from[key] ?? '—'} → ${to[key] ?? '—'})`).join(', ');
}

/**
 * The edits that ended a run in words: "the batch size (64 → 32)", "the
 * network". A new optimizer brings its own hyperparameters, so they are not
 * named again.
 */
export function describeRunChanges(changes: readonly RunChange[]): string[] {
  const optimizerChanged = changes.some((change) => change.kind === 'setting' && change.key === 'optimizer');
  return changes
    .filter((change) => !(optimizerChanged && change.kind === 'setting' && change.key === 'optimizerParams'))
    .map(describeRunChange);
}

function describeRunChange(change: RunChange): string {
  if (change.kind === 'network') return 'the network';
  if (typeof change.from === 'object' && typeof change.to === 'object') {
    return `the optimizer's ${describeHyperparameterChange(change.from, change.to)}`;
  }
  const label = SETTINGS_TABLE[change.key].label;
  const name = label.charAt(0).toLowerCase() + label.slice(1);
  return `the ${name} (${formatSettingValue(change.key, change.from)} → ${formatSettingValue(change.key, change.to)})`;
}
