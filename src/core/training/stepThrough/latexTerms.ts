// Small pieces for writing formulas filled in with numbers.
import { formatLatexNumber } from '../../latexNumber';

/** A number as KaTeX, in parentheses when negative so it can stand after an operator. */
export function term(value: number): string {
  const text = formatLatexNumber(value);
  return value < 0 || Object.is(value, -0) ? String.raw`\left(${text}\right)` : text;
}

/** A number as KaTeX where it stands alone (first in a line or after `=`). */
export function value(v: number): string {
  return formatLatexNumber(v);
}

/** A number squared, e.g. (-0.5)^{2}. */
export function squared(v: number): string {
  return v < 0 ? String.raw`\left(${formatLatexNumber(v)}\right)^{2}` : `${formatLatexNumber(v)}^{2}`;
}

/** Rows of an aligned block, each `left &= right`. */
export function alignedRows(rows: string[]): string {
  return String.raw`\begin{aligned} ${rows.join(String.raw` \\ `)} \end{aligned}`;
}
