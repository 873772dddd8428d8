import { validateSettings } from '../../core/training/settings';
import { NUMERIC_SETTING_KEYS, isSettingKey, settingLimit, type SettingLimit } from '../../core/training/settingsTable';
import { OPTIMIZERS } from '../../core/training/optimizers';
import { hyperparamLabel, settingText } from '../i18n/catalogueText';
import { t } from '../i18n/i18n';
import type { TrainingSettings } from '../../core/training/types';
import { isNumericSettingKey, parseNumberText, type NumericSettingKey } from './numericSettings';

/** Something wrong with a setting: text that is no number, or a value out of range. */
export type SettingProblem =
  | { kind: 'not-a-number'; field: NumericSettingKey; text: string }
  | { kind: 'out-of-range'; field: string; value: unknown };

const OPTIMIZER_PARAM_PREFIX = 'optimizerParams.';

/** Every setting that would stop a run: unreadable text first, then out-of-range values. */
export function findSettingProblems(
  settings: TrainingSettings,
  settingsText: Partial<Record<NumericSettingKey, string>>,
): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const key of NUMERIC_SETTING_KEYS) {
    const text = settingsText[key];
    if (text !== undefined && parseNumberText(text) === null) {
      problems.push({ kind: 'not-a-number', field: key, text });
    }
  }
  const unreadable = new Set(problems.map((problem) => problem.field));
  for (const issue of validateSettings(settings)) {
    if (unreadable.has(issue.field)) continue;
    problems.push({ kind: 'out-of-range', field: issue.field, value: settingValue(settings, issue.field) });
  }
  const order: readonly string[] = NUMERIC_SETTING_KEYS;
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return problems.sort((a, b) => rank(a.field) - rank(b.field));
}

function settingValue(settings: TrainingSettings, field: string): unknown {
  if (field.startsWith(OPTIMIZER_PARAM_PREFIX)) {
    return settings.optimizerParams[field.slice(OPTIMIZER_PARAM_PREFIX.length)];
  }
  return isSettingKey(field) ? settings[field] : undefined;
}

/** The label people see for a settings field ("Learning rate", "Beta 1"). */
export function settingLabel(field: string): string {
  if (isSettingKey(field)) return settingText(field);
  if (field.startsWith(OPTIMIZER_PARAM_PREFIX)) {
    const key = field.slice(OPTIMIZER_PARAM_PREFIX.length);
    for (const optimizer of Object.values(OPTIMIZERS)) {
      const hyperparam = optimizer.hyperparams.find((h) => h.key === key);
      if (hyperparam) return hyperparamLabel(key);
    }
    return key;
  }
  return field.charAt(0).toUpperCase() + field.slice(1);
}

function limitFor(field: string): SettingLimit | undefined {
  return isNumericSettingKey(field) ? settingLimit(field) : undefined;
}

/** The allowed range in words: "a whole number from 1 to 4096", "a number above 0, at most 10000". */
export function allowedRangeText(field: string): string | null {
  const limit = limitFor(field);
  if (!limit) return null;
  const kind = limit.integer ? t('settings:problems.wholeNumber') : t('settings:problems.number');
  return limit.minExclusive
    ? t('settings:problems.rangeAbove', { kind, min: limit.min, max: limit.max })
    : t('settings:problems.rangeFromTo', { kind, min: limit.min, max: limit.max });
}

/** Words for a setting problem; always names the field. */
export function describeSettingProblem(problem: SettingProblem): string {
  const label = settingLabel(problem.field);
  if (problem.kind === 'not-a-number') {
    return problem.text.trim() === '' ? t('settings:problems.empty', { label }) : t('settings:problems.notANumber', { label, text: problem.text });
  }
  const range = allowedRangeText(problem.field);
  const value = problem.value === undefined ? '' : ` ${String(problem.value)}`;
  return range ? t('settings:problems.outOfRangeUse', { label, value, range }) : t('settings:problems.outOfRange', { label, value });
}

/** A short note for the field itself (the alert names the field, so this one need not). */
export function settingProblemNote(problem: SettingProblem): string {
  if (problem.kind === 'not-a-number') return problem.text.trim() === '' ? t('settings:problems.noteEmpty') : t('settings:problems.noteNotANumber');
  const range = allowedRangeText(problem.field);
  return range ? t('settings:problems.noteOutOfRangeUse', { range }) : t('settings:problems.noteOutOfRange');
}
