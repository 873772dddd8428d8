// How each setting applies, as the mark beside its field: read from core's
// SETTINGS_TABLE, so the panel and the engine cannot disagree.
import { SETTINGS_TABLE, type SettingApplies, type SettingKey } from '../../../core/training/settingsTable';
import type { FieldTag } from '../../components/FieldTag';

/** The mark for each way a setting applies. */
export const APPLIES_TAGS: Record<SettingApplies, FieldTag> = {
  live: {
    text: 'live',
    tone: 'live',
    description: 'Applies live: a change takes effect at the next batch, also while a run trains.',
  },
  'new-run': {
    text: 'new run',
    tone: 'new-run',
    description: 'Starts a new run: a change during a run ends that run, which stays under Runs; Train then starts a new one.',
  },
};

/** The mark beside a setting's field. */
export function settingTag(key: SettingKey): FieldTag {
  return APPLIES_TAGS[SETTINGS_TABLE[key].applies];
}
