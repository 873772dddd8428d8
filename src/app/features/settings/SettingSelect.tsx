import type { SettingKey } from '../../../core/training/settingsTable';
import { useTranslation } from 'react-i18next';
import { settingText } from '../../i18n/catalogueText';
import type { TrainingSettings } from '../../../core/training/types';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { useAppStore } from '../../store/appStore';
import { settingTag } from './settingTags';

/** Settings chosen from a menu. */
export type ChoiceSettingKey = { [K in SettingKey]: TrainingSettings[K] extends string ? K : never }[SettingKey];

interface SettingSelectProps<K extends ChoiceSettingKey> {
  setting: K;
  options: readonly SelectOption<TrainingSettings[K]>[];
  /** What choosing does, when it is more than setting the value (a new optimizer brings its own defaults). */
  onChange?: (value: TrainingSettings[K]) => void;
  hint?: string;
}

/** One menu setting: its label and its live / new-run mark from SETTINGS_TABLE, its value from the store. */
export function SettingSelect<K extends ChoiceSettingKey>({ setting, options, onChange, hint }: SettingSelectProps<K>) {
  const value = useAppStore((state) => state.settings[setting]);
  const setSetting = useAppStore((state) => state.setSetting);
  useTranslation();
  return (
    <SelectField
      label={settingText(setting)}
      value={value}
      options={options}
      onChange={onChange ?? ((chosen) => setSetting(setting, chosen))}
      hint={hint}
      tag={settingTag(setting)}
    />
  );
}
