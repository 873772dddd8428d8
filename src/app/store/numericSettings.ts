import type { NumericSettingKey } from '../../core/training/settings';
import type { TrainingSettings } from '../../core/training/types';

export type { NumericSettingKey };

/** Field labels, exactly as the inputs are named (the UI contract relies on them). */
export const NUMERIC_SETTING_LABELS: Record<NumericSettingKey, string> = {
  learningRate: 'Learning rate',
  batchSize: 'Batch size',
  epochs: 'Epochs',
  trainingSamples: 'Training samples',
  seed: 'Seed',
  weightDecay: 'Weight decay',
  clipNorm: 'Clip gradient norm',
};

export function isNumericSettingKey(key: string): key is NumericSettingKey {
  return Object.hasOwn(NUMERIC_SETTING_LABELS, key);
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
