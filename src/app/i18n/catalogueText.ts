// Names and explanations of catalogue entries in the page's language, by the core ids.
import type { DatasetId } from '../../core/data/datasets';
import type { ActivationId, InitializerId } from '../../core/network/catalogue';
import type { LayerType } from '../../core/network/types';
import type { BackendChoice } from '../../core/training/backends';
import type { SettingKey } from '../../core/training/settingsTable';
import type { LossId, OptimizerId, ScheduleId, WeightDecayType } from '../../core/training/types';
import type { EntryText } from './en/catalogue';
import { i18n, t } from './i18n';

/** The name and explanation of a layer type ("Dense", "Connects every input..."). */
export const layerText = (type: LayerType): EntryText => ({
  label: t(`catalogue:layers.${type}.label` as const),
  description: t(`catalogue:layers.${type}.description` as const),
});

/** The label of a layer property ("Units"), or the key when the catalogue has none. */
export const paramLabel = (key: string): string => t(`catalogue:params.${key}`, { defaultValue: key });

/** A layer property's note, if it has one. */
export const paramHelp = (key: string): string | undefined =>
  i18n.exists(`catalogue:paramHelp.${key}`) ? t(`catalogue:paramHelp.${key}`) : undefined;

/** The label of a choice of a layer property (an activation, an initializer, a padding). */
export function choiceLabel(value: string): string {
  for (const group of ['activations', 'initializers'] as const) {
    if (i18n.exists(`catalogue:${group}.${value}.label`)) return t(`catalogue:${group}.${value}.label` as 'catalogue:activations.relu.label');
  }
  return i18n.exists(`catalogue:paddings.${value}`) ? t(`catalogue:paddings.${value}` as 'catalogue:paddings.same') : value;
}

/** An activation's name and explanation. */
export const activationText = (id: ActivationId): EntryText => ({
  label: t(`catalogue:activations.${id}.label` as const),
  description: t(`catalogue:activations.${id}.description` as const),
});

/** An initializer's name and explanation. */
export const initializerText = (id: InitializerId): EntryText => ({
  label: t(`catalogue:initializers.${id}.label` as const),
  description: t(`catalogue:initializers.${id}.description` as const),
});

/** A loss's name and explanation. */
export const lossText = (id: LossId): EntryText => ({
  label: t(`catalogue:losses.${id}.label` as const),
  description: t(`catalogue:losses.${id}.description` as const),
});

/** An optimizer's name and explanation. */
export const optimizerText = (id: OptimizerId): EntryText => ({
  label: t(`catalogue:optimizers.${id}.label` as const),
  description: t(`catalogue:optimizers.${id}.description` as const),
});

/** An optimizer hyperparameter's label ("Beta 1"), or the key. */
export const hyperparamLabel = (key: string): string => t(`catalogue:hyperparams.${key}`, { defaultValue: key });

/** A learning-rate schedule's name and explanation. */
export const scheduleText = (id: ScheduleId): EntryText => ({
  label: t(`catalogue:schedules.${id}.label` as const),
  description: t(`catalogue:schedules.${id}.description` as const),
});

/** A preset's name and explanation, or null for an id that is no preset. */
export function presetText(id: string): EntryText | null {
  if (!i18n.exists(`catalogue:presets.${id}.label`)) return null;
  return { label: t(`catalogue:presets.${id}.label`), description: t(`catalogue:presets.${id}.description`) };
}

/** A data set's name ("MNIST"). */
export const datasetLabel = (id: DatasetId): string => t(`catalogue:datasets.${id}.label` as const);

/** What a data set shows ("handwritten digits"). */
export const datasetSubject = (id: DatasetId): string => t(`catalogue:datasets.${id}.subject` as const);

/** A data set's class names, in class order. */
export function classNames(id: DatasetId): string[] {
  return Array.from({ length: 10 }, (_, index) => t(`catalogue:datasets.${id}.classNames.${index}`));
}

/** The drawing canvas's prompt and note for a data set. */
export const drawingText = (id: DatasetId) => ({
  prompt: t(`catalogue:datasets.${id}.prompt` as const),
  note: t(`catalogue:datasets.${id}.note` as const),
});

/** A setting's label ("Learning rate"): a UI-contract name in English. */
export const settingText = (key: SettingKey): string => t(`catalogue:settings.${key}` as const);

/** A weight decay type's label ("L2 in the loss"): a UI-contract name in English. */
export const weightDecayTypeLabel = (type: WeightDecayType): string => t(`catalogue:weightDecayTypes.${type}` as const);

/** A backend choice's label ("Auto", "WebGPU"). */
export const backendLabel = (choice: BackendChoice): string => t(`catalogue:backends.${choice}` as const);
