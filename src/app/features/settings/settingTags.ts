// How each setting applies, as the mark beside its field: read from core's
// SETTINGS_TABLE, so the panel and the engine cannot disagree.
import { SETTINGS_TABLE, type SettingApplies, type SettingKey } from '../../../core/training/settingsTable';
import type { FieldTag } from '../../components/FieldTag';
import { t } from '../../i18n/i18n';

/** The mark for each way a setting applies, in the page's language. */
export function appliesTag(applies: SettingApplies): FieldTag {
  return applies === 'live'
    ? { text: t('settings:tags.live'), tone: 'live', description: t('settings:tags.liveDescription') }
    : { text: t('settings:tags.newRun'), tone: 'new-run', description: t('settings:tags.newRunDescription') };
}

/** The mark beside a setting's field. */
export function settingTag(key: SettingKey): FieldTag {
  return appliesTag(SETTINGS_TABLE[key].applies);
}
