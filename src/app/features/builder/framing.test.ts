import { describe, expect, it } from 'vitest';
import { FRAME_PADDING, frameViewport, layerBounds, MIN_READABLE_ZOOM } from './framing';

const size = { width: 200, height: 60 };

describe('layerBounds', () => {
  it('spans every card and is null without cards', () => {
    expect(layerBounds([])).toBeNull();
    expect(layerBounds([{ position: { x: 0, y: 0 }, size }, { position: { x: -50, y: 300 }, size }])).toEqual({
      x: -50,
      y: 0,
      width: 250,
      height: 360,
    });
  });
});

describe('frameViewport', () => {
  const view = { width: 800, height: 520 };

  it('centres a small network at life size', () => {
    const viewport = frameViewport({ x: 0, y: 0, width: 200, height: 260 }, view);
    expect(viewport).toEqual({ x: 300, y: 130, zoom: 1 });
  });

  it('shrinks a network that nearly fits until it does', () => {
    const viewport = frameViewport({ x: 0, y: 0, width: 200, height: 600 }, view);
    expect(viewport.zoom).toBeCloseTo((520 - 2 * FRAME_PADDING) / 600);
    expect(viewport.y + 300 * viewport.zoom).toBeCloseTo(260);
  });

  it('keeps a tall network readable and shows it from the top', () => {
    const viewport = frameViewport({ x: 0, y: 0, width: 200, height: 1264 }, view);
    expect(viewport.zoom).toBe(MIN_READABLE_ZOOM);
    expect(viewport.y).toBe(FRAME_PADDING);
    expect(viewport.x).toBeCloseTo(400 - 100 * MIN_READABLE_ZOOM);
  });
});
