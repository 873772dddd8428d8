import type { SelectOption } from '../../components/SelectField';
import { DATASETS } from '../../../core/data/datasets';
import { PRESETS } from '../../../core/network/presets';
import { LOSSES } from '../../../core/training/losses';
import { OPTIMIZERS } from '../../../core/training/optimizers';
import { SCHEDULES } from '../../../core/training/schedules';
import type { BackendChoice, LossId, OptimizerId, ScheduleId, TrainingSettings } from '../../../core/training/types';

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

export const BACKEND_OPTIONS: SelectOption<BackendChoice>[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'webgpu', label: 'WebGPU' },
  { value: 'webgl', label: 'WebGL' },
  { value: 'wasm', label: 'WASM' },
  { value: 'cpu', label: 'CPU' },
];

export const SCHEDULE_OPTIONS: SelectOption<ScheduleId>[] = Object.values(SCHEDULES).map((schedule) => ({
  value: schedule.id,
  label: schedule.label,
}));
