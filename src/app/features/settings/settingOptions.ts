import type { SelectOption } from '../../components/SelectField';
import { DATASETS } from '../../../core/data/datasets';
import { PRESETS } from '../../../core/network/presets';
import { LOSSES } from '../../../core/training/losses';
import { OPTIMIZERS } from '../../../core/training/optimizers';
import { BACKEND_CHOICES, BACKEND_LABELS } from '../../../core/training/backends';
import { SCHEDULES } from '../../../core/training/schedules';
import { WEIGHT_DECAY_TYPES, WEIGHT_DECAY_TYPE_LABELS } from '../../../core/training/settings';
import type { BackendChoice, LossId, OptimizerId, ScheduleId, TrainingSettings, WeightDecayType } from '../../../core/training/types';

/** Value of the Preset combobox once the network no longer matches a preset. */
export const CUSTOM_NETWORK = 'custom';

export const PRESET_OPTIONS: SelectOption<string>[] = PRESETS.map((preset) => ({
  value: preset.id,
  label: preset.label,
}));

export const CUSTOM_PRESET_OPTION: SelectOption<string> = {
  value: CUSTOM_NETWORK,
  label: 'Custom network',
  disabled: true,
};

export const DATASET_OPTIONS: SelectOption<TrainingSettings['dataset']>[] = Object.values(DATASETS).map((dataset) => ({
  value: dataset.id,
  label: dataset.label,
}));

export const LOSS_OPTIONS: SelectOption<LossId>[] = Object.values(LOSSES).map((loss) => ({
  value: loss.id,
  label: loss.label,
}));

export const OPTIMIZER_OPTIONS: SelectOption<OptimizerId>[] = Object.values(OPTIMIZERS).map((optimizer) => ({
  value: optimizer.id,
  label: optimizer.label,
}));

export const BACKEND_OPTIONS: SelectOption<BackendChoice>[] = BACKEND_CHOICES.map((backend) => ({
  value: backend,
  label: BACKEND_LABELS[backend],
}));

export const SCHEDULE_OPTIONS: SelectOption<ScheduleId>[] = Object.values(SCHEDULES).map((schedule) => ({
  value: schedule.id,
  label: schedule.label,
}));

export const WEIGHT_DECAY_TYPE_OPTIONS: SelectOption<WeightDecayType>[] = WEIGHT_DECAY_TYPES.map((type) => ({
  value: type,
  label: WEIGHT_DECAY_TYPE_LABELS[type],
}));
