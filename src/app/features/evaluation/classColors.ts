/** One colour per class 0..9 (Tableau 10), readable on light and dark surfaces. */
export const CLASS_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#8c8c8c',
] as const;

export function classColor(label: number): string {
  return CLASS_COLORS[label % CLASS_COLORS.length] ?? CLASS_COLORS[0];
}
