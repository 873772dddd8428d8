// Parameter values as text in the properties panel.
import { t } from '../../i18n/i18n';
import { allowedRange, isParamValid } from '../../../core/network/params';
import type { ParamSpec } from '../../../core/network/catalogue';
import type { ParamValue } from '../../../core/network/types';

/** A target shape as typed: "28, 28, 1", "28x28x1" or "28×28×1"; null when it is not a list of integers. */
export function parseShapeText(text: string): number[] | null {
  const parts = text.split(/[,x×\s]+/i).filter((part) => part !== '');
  if (parts.length === 0) return null;
  const dims = parts.map(Number);
  return dims.every((d) => Number.isInteger(d)) ? dims : null;
}

/** A shape as the field shows it: [28, 28, 1] -> "28, 28, 1". */
export function shapeText(value: ParamValue): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** What is wrong with a parameter's value, for the note under its field; null when it is fine. */
export function paramProblem(spec: ParamSpec, value: ParamValue): string | null {
  return isParamValid(spec, value) ? null : t('builder:properties.outOfRange', { range: allowedRange(spec) });
}
