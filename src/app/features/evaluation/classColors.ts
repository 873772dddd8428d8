/**
 * Paul Tol's "bright" scheme: seven colours that stay distinct for readers with
 * the common colour-vision deficiencies and read on light and dark surfaces.
 * Ten classes need more lines than seven colours, so classes 7..9 reuse the
 * first three colours drawn dashed (CLASS_DASHES): colour and dash together
 * tell every class apart, and the legend names each one in text.
 */
const BRIGHT = ['#4477aa', '#ee6677', '#228833', '#ccbb44', '#66ccee', '#aa3377', '#bbbbbb'] as const;

/** One colour per class 0..9. */
export const CLASS_COLORS = Array.from({ length: 10 }, (_, label) => BRIGHT[label % BRIGHT.length]);

/** The SVG stroke-dasharray of each class's line: solid for 0..6, dashed for 7..9. */
export const CLASS_DASHES = Array.from({ length: 10 }, (_, label) => (label < BRIGHT.length ? undefined : '6 3'));

/** The colour of class `label` (any integer). */
export function classColor(label: number): string {
  return CLASS_COLORS[label % CLASS_COLORS.length] ?? CLASS_COLORS[0];
}

/** The dash pattern of class `label`'s line, or undefined for a solid line. */
export function classDash(label: number): string | undefined {
  return CLASS_DASHES[label % CLASS_DASHES.length];
}
