// "Nice" axis ticks: round numbers (1, 2 or 5 times a power of ten) that cover a range.

/** The step between about `count` ticks over [min, max]: 1, 2 or 5 times a power of ten, whichever is nearest (as d3's ticks). */
export function niceStep(min: number, max: number, count: number): number {
  const span = max - min;
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction >= Math.sqrt(50) ? 10 : fraction >= Math.sqrt(10) ? 5 : fraction >= Math.SQRT2 ? 2 : 1;
  return nice * power;
}

/** Ticks at multiples of the nice step inside [min, max] (about `count` of them); [min] when the range is empty. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return Number.isFinite(min) ? [min] : [];
  const step = niceStep(min, max, count);
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** The range [min, max] widened to the nice step around it, so the axis ends on ticks. */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  if (!(max > min)) return [min, max];
  const step = niceStep(min, max, count);
  return [Math.floor(min / step + 1e-9) * step, Math.ceil(max / step - 1e-9) * step];
}

/** Every k-th of evenly spaced ticks, the first kept, so that ticks drawn over `length` pixels are at least `minSpacing` apart. */
export function thinTicks(ticks: readonly number[], length: number, minSpacing: number): number[] {
  if (ticks.length < 3 || length <= 0) return [...ticks];
  const spacing = length / (ticks.length - 1);
  const every = Math.max(1, Math.ceil(minSpacing / spacing));
  return ticks.filter((_, i) => i % every === 0);
}
