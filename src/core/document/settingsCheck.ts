// The catalogue checks of a document's settings: missing settings take their
// defaults, ids must name a catalogue entry, numbers are kept as they are
// (out of range too: the settings checks flag them once loaded).
import { defaultOptimizerParams } from '../training/optimizers';
import { DEFAULT_SETTINGS } from '../training/settings';
import type { OptimizerId } from '../training/types';
import { documentError, type DocumentError, type DocumentWarning } from './errors';
import { MAX_NAME_LENGTH, type DocumentSettings } from './format';
import type { StructuredDocument } from './schema';
import { DOCUMENT_SETTING_FIELDS, DOCUMENT_SETTING_KEYS } from './settingsFields';

type RawSettings = NonNullable<StructuredDocument['settings']>;

/** The defaults of every document setting (the app's defaults, less the backend). */
export function defaultDocumentSettings(): DocumentSettings {
  const { backend: _deviceChoice, ...settings } = DEFAULT_SETTINGS;
  return { ...settings, optimizerParams: { ...settings.optimizerParams } };
}

/** The chosen optimizer's hyperparameters: given values for its keys, defaults for the rest. */
function readOptimizerParams(
  optimizer: OptimizerId,
  given: Record<string, number> | undefined,
  warnings: DocumentWarning[],
): Record<string, number> {
  const params = defaultOptimizerParams(optimizer);
  if (!given) return params;
  for (const key of Object.keys(given)) {
    if (Object.hasOwn(params, key)) params[key] = given[key];
    else warnings.push({ code: 'unknown-field-ignored', path: `settings.optimizerParams.${key.slice(0, MAX_NAME_LENGTH)}`, params: {} });
  }
  return params;
}

/** The settings of a structurally valid document, defaults filled, or why they cannot be loaded. */
export function checkSettings(
  raw: RawSettings | undefined,
  warnings: DocumentWarning[],
): { value: DocumentSettings } | { error: DocumentError } {
  const settings = defaultDocumentSettings();
  const given: Record<string, unknown> = raw ?? {};
  for (const key of DOCUMENT_SETTING_KEYS) {
    const field = DOCUMENT_SETTING_FIELDS[key];
    const value = given[key];
    if (value === undefined || field.kind !== 'choice') continue;
    if (typeof value !== 'string' || !field.ids.includes(value)) {
      const allowed = field.ids.join(', ');
      return { error: documentError('unknown-choice', { value: String(value).slice(0, MAX_NAME_LENGTH), allowed }, `settings.${key}`) };
    }
  }
  // Every value now has its field's kind: the structure check read numbers and flags, the loop above the ids.
  const typed = given as Partial<DocumentSettings>;
  const optimizer = typed.optimizer ?? settings.optimizer;
  const optimizerParams = readOptimizerParams(optimizer, typed.optimizerParams, warnings);
  return { value: { ...settings, ...definedOnly(typed), optimizer, optimizerParams } };
}

/** The settings that were given, without keys whose value is undefined. */
function definedOnly(settings: Partial<DocumentSettings>): Partial<DocumentSettings> {
  const result: Record<string, unknown> = {};
  for (const key of DOCUMENT_SETTING_KEYS) {
    if (settings[key] !== undefined) result[key] = settings[key];
  }
  return result as Partial<DocumentSettings>;
}
