import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField';
import { settingText } from '../../i18n/catalogueText';
import { useAppStore } from '../../store/appStore';
import { settingTag } from '../settings/settingTags';

/** The optimizer's on/off variant: Nesterov for Momentum, Centered for RMSprop. */
export function OptimizerSwitch({ setting, hint }: { setting: 'nesterov' | 'centered'; hint: string }) {
  const checked = useAppStore((state) => state.settings[setting]);
  const setSetting = useAppStore((state) => state.setSetting);
  useTranslation();
  return (
    <CheckboxField
      label={settingText(setting)}
      checked={checked}
      onChange={(value) => setSetting(setting, value)}
      hint={hint}
      tag={settingTag(setting)}
    />
  );
}
