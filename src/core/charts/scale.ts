// Mapping data to the pixels of a chart, and the SVG path of a line.
import type { XY } from './downsample';

/** Maps a value of `domain` to a position in `range` (pixels), linearly or on a log10 axis. */
export type Scale = (value: number) => number;

/** A linear scale; a flat domain maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** A log10 scale over a positive domain; values at or below zero map below the range's low end. */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const linear = linearScale([Math.log10(domain[0]), Math.log10(domain[1])], range);
  return (value) => (value > 0 ? linear(Math.log10(value)) : linear(Math.log10(domain[0])) + Math.abs(range[1] - range[0]));
}

/** An SVG path through the points ("M x,y L x,y ..."), coordinates rounded to tenths of a pixel; '' for no points. */
export function linePath(points: readonly XY[], x: Scale, y: Scale): string {
  if (points.length === 0) return '';
  const parts = new Array<string>(points.length);
  for (let i = 0; i < points.length; i += 1) {
    const point = points[i]!;
    parts[i] = `${i === 0 ? 'M' : 'L'}${round(x(point.x))},${round(y(point.y))}`;
  }
  return parts.join('');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
