// Every string of the Keras export and import, in one place: words from the keras namespaces.
// Import errors arrive as codes and become words here.
import type { KerasImportError } from '../../../core/keras/errors';
import { i18n, namespaceWords, t, type TextParams } from '../../i18n/i18n';
import { KERAS_LAYERS } from '../../../core/keras/layerMappings';
import { formatInteger } from '../../components/format';

/** Labels and fixed sentences of the Keras panel, in the page's language. The button and textbox names are UI-contract names. */
export const KERAS_TEXT = namespaceWords('kerasText');

/** The status notice after an import. */
export function importedNotice(layers: number, parameters: number, problems: number): string {
  const fixes = problems > 0 ? t('keras:fixes', { count: problems, n: formatInteger(problems) }) : '';
  return `${t('keras:imported', { layers: formatInteger(layers), parameters: formatInteger(parameters) })}${fixes}`;
}

const APP_LAYERS = Object.values(KERAS_LAYERS)
  .filter((mapping) => mapping.role !== 'input')
  .map((mapping) => mapping.className)
  .join(', ');

type Params = Record<string, string | number>;

function accepted(params: Params): string {
  if (params.choices) return t('keras:takes', { what: params.choices });
  const expected = String(params.expected);
  return i18n.exists(`keras:expected.${expected}`) ? t('keras:takes', { what: t(`keras:expected.${expected}`) }) : '';
}

/** An import error's message without its line. */
function kerasMessage(error: KerasImportError): string {
  const p = error.params;
  if (error.code === 'keras-not-a-tensor' && p.layer === 'Model') return t('keras:notATensorModel', { value: p.value });
  const values: TextParams = { ...p, layers: APP_LAYERS, accepted: accepted(p), value: p.value === '' && error.code === 'keras-not-a-tensor' ? t('keras:something') : p.value };
  if (error.code === 'keras-too-long') Object.assign(values, { length: formatInteger(Number(p.length)), max: formatInteger(Number(p.max)) });
  return t(`keras:errors.${error.code}` as const, values);
}

/** An import error in words, with its line: "Line 7: LSTM is not a layer the app has. ..." */
export function describeKerasError(error: KerasImportError): string {
  const message = kerasMessage(error);
  return error.line === null ? message : t('keras:line', { line: error.line, message });
}
