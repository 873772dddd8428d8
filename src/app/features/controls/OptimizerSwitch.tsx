import { SETTINGS_TABLE } from '../../../core/training/settingsTable';
import { CheckboxField } from '../../components/CheckboxField';
import { useAppStore } from '../../store/appStore';
import { settingTag } from '../settings/settingTags';

/** The optimizer's on/off variant: Nesterov for Momentum, Centered for RMSprop. */
export function OptimizerSwitch({ setting, hint }: { setting: 'nesterov' | 'centered'; hint: string }) {
  const checked = useAppStore((state) => state.settings[setting]);
  const setSetting = useAppStore((state) => state.setSetting);
  return (
    <CheckboxField
      label={SETTINGS_TABLE[setting].label}
      checked={checked}
      onChange={(value) => setSetting(setting, value)}
      hint={hint}
      tag={settingTag(setting)}
    />
  );
}
