// Setting changes in words, for the run history, the chart marks and the
// notice that says why a run ended. Labels come from the core catalogues.
import { DATASETS, type DatasetId } from '../../../core/data/datasets';
import { BACKEND_CHOICES, type BackendChoice } from '../../../core/training/backends';
import { WEIGHT_DECAY_TYPES } from '../../../core/training/settings';
import { LOSSES } from '../../../core/training/losses';
import { OPTIMIZERS } from '../../../core/training/optimizers';
import type { RunChange } from '../../../core/training/runChanges';
import { SCHEDULES } from '../../../core/training/schedules';
import type { LiveChange, SettingKey } from '../../../core/training/settingsTable';
import type { LossId, OptimizerId, ScheduleId, TrainingSettings, WeightDecayType } from '../../../core/training/types';
import { backendLabel, datasetLabel, hyperparamLabel, lossText, optimizerText, scheduleText, settingText, weightDecayTypeLabel } from '../../i18n/catalogueText';
import { t } from '../../i18n/i18n';

/** Labels of the choice settings' values in the page's language, by setting. */
const CHOICE_LABELS: Partial<Record<SettingKey, (value: string) => string | null>> = {
  dataset: (value) => (Object.hasOwn(DATASETS, value) ? datasetLabel(value as DatasetId) : null),
  loss: (value) => (Object.hasOwn(LOSSES, value) ? lossText(value as LossId).label : null),
  optimizer: (value) => (Object.hasOwn(OPTIMIZERS, value) ? optimizerText(value as OptimizerId).label : null),
  schedule: (value) => (Object.hasOwn(SCHEDULES, value) ? scheduleText(value as ScheduleId).label : null),
  weightDecayType: (value) => ((WEIGHT_DECAY_TYPES as readonly string[]).includes(value) ? weightDecayTypeLabel(value as WeightDecayType) : null),
  backend: (value) => ((BACKEND_CHOICES as readonly string[]).includes(value) ? backendLabel(value as BackendChoice) : null),
};

/** The label of an optimizer hyperparameter key ("Beta 1"). */
const hyperparameterLabel = hyperparamLabel;

/** A setting's value as the panel shows it: labels for choices, on/off for flags, numbers as typed. */
export function formatSettingValue(key: SettingKey, value: TrainingSettings[SettingKey]): string {
  if (typeof value === 'boolean') return value ? t('settings:changes.on') : t('settings:changes.off');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return Object.entries(value).map(([param, number]) => `${hyperparameterLabel(param)} ${number}`).join(', ');
  return CHOICE_LABELS[key]?.(value) ?? value;
}

/** "Learning rate 0.001 → 0.01". */
export function describeLiveChange(change: LiveChange): string {
  return `${settingText(change.key)} ${formatSettingValue(change.key, change.from)} → ${formatSettingValue(change.key, change.to)}`;
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
  if (change.kind === 'network') return t('settings:changes.theNetwork');
  if (typeof change.from === 'object' && typeof change.to === 'object') {
    return t('settings:changes.optimizerParams', { changes: describeHyperparameterChange(change.from, change.to) });
  }
  const label = settingText(change.key);
  const name = label.charAt(0).toLowerCase() + label.slice(1);
  return t('settings:changes.setting', { name, from: formatSettingValue(change.key, change.from), to: formatSettingValue(change.key, change.to) });
}
