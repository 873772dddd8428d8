/** Colours of earlier runs on the charts, distinct from the current run's blue and orange. */
const RUN_COLORS = ['#7c3aed', '#0f9d8a', '#c2410c', '#be185d', '#4d7c0f', '#0369a1', '#a16207', '#6b7280'] as const;

/** A stable colour for run `id`. */
export function runColor(id: number): string {
  return RUN_COLORS[(id - 1) % RUN_COLORS.length] ?? RUN_COLORS[0];
}
