// Framing a network in the canvas: the whole graph when it fits at a readable
// size, otherwise readable from the input down (the rest is a scroll away).
import type { Point, Size } from './flowElements';

/** Smallest zoom at which layer cards stay readable (13 px card text is 12 px on screen at
 * 0.92); bigger networks are framed from the top. */
export const MIN_READABLE_ZOOM = 0.6;
/** Space kept between the network and the canvas edge, in screen pixels. */
export const FRAME_PADDING = 24;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The smallest rectangle around all layers, or null when there are none. */
export function layerBounds(boxes: readonly { position: Point; size: Size }[]): { x: number; y: number; width: number; height: number } | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.position.x));
  const top = Math.min(...boxes.map((b) => b.position.y));
  const right = Math.max(...boxes.map((b) => b.position.x + b.size.width));
  const bottom = Math.max(...boxes.map((b) => b.position.y + b.size.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The viewport that shows `bounds` in a canvas of `view` size: centred and at most `maxZoom` (life size unless presenting);
 * when that would shrink cards below MIN_READABLE_ZOOM, at that zoom with the top in view. */
export function frameViewport(bounds: { x: number; y: number; width: number; height: number }, view: Size, maxZoom = 1): Viewport {
  const room = { width: Math.max(1, view.width - 2 * FRAME_PADDING), height: Math.max(1, view.height - 2 * FRAME_PADDING) };
  const fit = Math.min(room.width / Math.max(1, bounds.width), room.height / Math.max(1, bounds.height));
  const zoom = Math.min(maxZoom, Math.max(MIN_READABLE_ZOOM, fit));
  const x = view.width / 2 - (bounds.x + bounds.width / 2) * zoom;
  const fitsHeight = bounds.height * zoom <= room.height + 0.5;
  const y = fitsHeight ? view.height / 2 - (bounds.y + bounds.height / 2) * zoom : FRAME_PADDING - bounds.y * zoom;
  return { x, y, zoom };
}
