// Large counts in a few characters, for the totals bar.

const UNITS: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** A count with a metric suffix and three significant digits: 50890 -> "50.9 k". */
export function formatCompactCount(value: number): string {
  for (const [size, suffix] of UNITS) {
    if (Math.abs(value) >= size) return `${Number((value / size).toPrecision(3))} ${suffix}`;
  }
  return String(Math.round(value));
}
