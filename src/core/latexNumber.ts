// Numbers written into KaTeX formulas, so a constant is typed once and shown as TeX.

/** A number as KaTeX: 0.001 stays, 1e-7 becomes 10^{-7}, 2.5e-8 becomes 2.5 \times 10^{-8}. */
export function formatLatexNumber(value: number): string {
  if (!Number.isFinite(value)) return String.raw`\text{${String(value)}}`;
  const abs = Math.abs(value);
  if (value === 0 || (abs >= 1e-4 && abs < 1e6)) return String(Number(value.toPrecision(6)));
  const exponent = Math.floor(Math.log10(abs));
  const mantissa = Number((value / 10 ** exponent).toPrecision(4));
  const power = `10^{${exponent}}`;
  return mantissa === 1 ? power : mantissa === -1 ? `-${power}` : String.raw`${mantissa} \times ${power}`;
}
