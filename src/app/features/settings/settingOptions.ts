import type { SelectOption } from '../../components/SelectField';
import { DATASETS } from '../../../core/data/datasets';
import { PRESETS } from '../../../core/network/presets';
import { LOSSES } from '../../../core/training/losses';
import { OPTIMIZERS } from '../../../core/training/optimizers';
import { BACKEND_CHOICES } from '../../../core/training/backends';
import { SCHEDULES } from '../../../core/training/schedules';
import { WEIGHT_DECAY_TYPES } from '../../../core/training/settings';
import type { BackendChoice, LossId, OptimizerId, ScheduleId, TrainingSettings, WeightDecayType } from '../../../core/training/types';
import { backendLabel, datasetLabel, lossText, optimizerText, presetText, scheduleText, weightDecayTypeLabel } from '../../i18n/catalogueText';
import { t } from '../../i18n/i18n';

// The menus' options in the page's language; functions, so a render after a language change reads new words.

/** Value of the Preset combobox once the network no longer matches a preset. */
export const CUSTOM_NETWORK = 'custom';

export const presetOptions = (): SelectOption<string>[] => PRESETS.map((preset) => ({
  value: preset.id,
  label: presetText(preset.id)?.label ?? preset.label,
}));

export const customPresetOption = (): SelectOption<string> => ({
  value: CUSTOM_NETWORK,
  label: t('settings:customNetwork'),
  disabled: true,
});

export const datasetOptions = (): SelectOption<TrainingSettings['dataset']>[] => Object.values(DATASETS).map((dataset) => ({
  value: dataset.id,
  label: datasetLabel(dataset.id),
}));

export const lossOptions = (): SelectOption<LossId>[] => Object.values(LOSSES).map((loss) => ({
  value: loss.id,
  label: lossText(loss.id).label,
}));

export const optimizerOptions = (): SelectOption<OptimizerId>[] => Object.values(OPTIMIZERS).map((optimizer) => ({
  value: optimizer.id,
  label: optimizerText(optimizer.id).label,
}));

export const backendOptions = (): SelectOption<BackendChoice>[] => BACKEND_CHOICES.map((backend) => ({
  value: backend,
  label: backendLabel(backend),
}));

export const scheduleOptions = (): SelectOption<ScheduleId>[] => Object.values(SCHEDULES).map((schedule) => ({
  value: schedule.id,
  label: scheduleText(schedule.id).label,
}));

export const weightDecayTypeOptions = (): SelectOption<WeightDecayType>[] => WEIGHT_DECAY_TYPES.map((type) => ({
  value: type,
  label: weightDecayTypeLabel(type),
}));
