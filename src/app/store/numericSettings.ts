import { NUMERIC_SETTING_KEYS, type NumericSettingKey } from '../../core/training/settingsTable';
import type { TrainingSettings } from '../../core/training/types';

export type { NumericSettingKey };

/** True when `key` names a numeric setting (one typed into a text field). */
export function isNumericSettingKey(key: string): key is NumericSettingKey {
  return NUMERIC_SETTING_KEYS.some((numeric) => numeric === key);
}

/**
 * Reads a number the way a person types it ("0.01", "1e-3", " 64 ").
 * Returns null for text that is not a finite number, including "".
 */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** The text a numeric field shows: what was typed, else the setting's value. */
export function numericFieldText(
  settings: TrainingSettings,
  settingsText: Partial<Record<NumericSettingKey, string>>,
  key: NumericSettingKey,
): string {
  return settingsText[key] ?? String(settings[key]);
}
