// Number formatting for readouts, in the locale of the page's language (Intl.NumberFormat).
// Display text only: raw values go in data-value.

import { formatShape as formatKnownShape } from '../../core/network/issues';
import { numberLocale } from '../i18n/i18n';

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached Intl formatter for the page's locale and these options. */
function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = numberLocale();
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** A number in the page's locale with at most `digits` decimals: 1234.5 -> "1,234.5". */
export function formatNumber(value: number, digits = 2): string {
  return formatter({ maximumFractionDigits: digits }).format(value);
}

/** A count with thousands separators: 12345 -> "12,345". */
export function formatInteger(value: number): string {
  return formatter({ maximumFractionDigits: 0 }).format(value);
}

/** A loss value with four significant digits, scientific when very large or small. */
export function formatLoss(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const size = Math.abs(value);
  if (size !== 0 && (size < 1e-3 || size >= 1e4)) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}

/** A fraction 0..1 as a percentage: 0.97853 -> "97.85 %" (English) or "97.85%" (Chinese). */
export function formatPercent(fraction: number, digits = 2): string {
  if (!Number.isFinite(fraction)) return formatLoss(fraction);
  const number = formatter({ minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(fraction * 100);
  return numberLocale() === 'zh-CN' ? `${number}%` : `${number} %`;
}

/** Bytes as megabytes with one decimal: 9912422 -> "9.9 MB". */
export function formatMegabytes(bytes: number): string {
  return `${formatter({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6)} MB`;
}

/** Bytes in the largest fitting decimal unit with three significant digits: 1234567 -> "1.23 MB", 2.5e9 -> "2.5 GB". */
export function formatBytes(bytes: number): string {
  const [unit, size] = bytes >= 1e9 ? ['GB', 1e9] : bytes >= 1e6 ? ['MB', 1e6] : ['kB', 1e3];
  return `${formatter({ maximumSignificantDigits: 3 }).format(bytes / size)} ${unit}`;
}

/** A shape per sample: [12, 12, 16] -> "12×12×16", or a dash when it is unknown. */
export function formatShape(shape: readonly number[] | null): string {
  return shape ? formatKnownShape(shape) : '—';
}

/** The raw number for a data-value attribute: plain JS number text, or "" when there is none. */
export function dataValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
