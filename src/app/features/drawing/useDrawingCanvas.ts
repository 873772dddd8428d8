import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { InkImage } from '../../../core/drawing/preprocess';
import { inkFromRgba, strokeWidthFor } from './canvasInk';

/** Shortest time between two reads of the ink while a stroke is being drawn. */
const LIVE_INTERVAL_MS = 120;

interface DrawingHandlers {
  onPointerDown: (event: ReactPointerEvent<HTMLCanvasElement>) => void;
  onPointerMove: (event: ReactPointerEvent<HTMLCanvasElement>) => void;
  onPointerUp: (event: ReactPointerEvent<HTMLCanvasElement>) => void;
  onPointerCancel: (event: ReactPointerEvent<HTMLCanvasElement>) => void;
  clear: () => void;
}

/** The canvas' 2-D context, set up for frequent reads of its pixels. */
function drawingContext(element: HTMLCanvasElement | null): CanvasRenderingContext2D | null {
  return element?.getContext('2d', { willReadFrequently: true }) ?? null;
}

/**
 * Freehand drawing with mouse, touch or pen on a canvas: thick round strokes
 * in `color`. `onInk` gets the ink while drawing (at most every 120 ms) and
 * when a stroke ends; null after Clear.
 */
export function useDrawingCanvas(
  canvas: RefObject<HTMLCanvasElement | null>,
  color: string,
  onInk: (ink: InkImage | null) => void,
): DrawingHandlers {
  const last = useRef<{ x: number; y: number } | null>(null);
  const lastRead = useRef(0);

  const readInk = () => {
    const element = canvas.current;
    const ctx = drawingContext(element);
    if (!element || !ctx) return;
    lastRead.current = performance.now();
    onInk(inkFromRgba(ctx.getImageData(0, 0, element.width, element.height).data, element.width, element.height));
  };

  // Strokes already drawn take the new colour when the theme changes.
  useEffect(() => {
    const element = canvas.current;
    const ctx = drawingContext(element);
    if (!element || !ctx) return;
    ctx.save();
    ctx.globalCompositeOperation = 'source-in';
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, element.width, element.height);
    ctx.restore();
  }, [canvas, color]);

  const point = (event: ReactPointerEvent<HTMLCanvasElement> | PointerEvent, element: HTMLCanvasElement) => {
    const rect = element.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * element.width,
      y: ((event.clientY - rect.top) / rect.height) * element.height,
    };
  };

  const strokeTo = (to: { x: number; y: number }) => {
    const element = canvas.current;
    const ctx = drawingContext(element);
    if (!element || !ctx) return;
    const from = last.current ?? to;
    ctx.strokeStyle = color;
    ctx.lineWidth = strokeWidthFor(element.width);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
    last.current = to;
  };

  return {
    onPointerDown: (event) => {
      const element = canvas.current;
      if (!element || (event.pointerType === 'mouse' && event.button !== 0)) return;
      event.preventDefault();
      element.setPointerCapture(event.pointerId);
      last.current = null;
      strokeTo(point(event, element));
    },
    onPointerMove: (event) => {
      const element = canvas.current;
      if (!element || last.current === null) return;
      const events = event.nativeEvent.getCoalescedEvents?.() ?? [];
      for (const sample of events.length > 0 ? events : [event.nativeEvent]) strokeTo(point(sample, element));
      if (performance.now() - lastRead.current >= LIVE_INTERVAL_MS) readInk();
    },
    onPointerUp: () => {
      if (last.current === null) return;
      last.current = null;
      readInk();
    },
    onPointerCancel: () => {
      last.current = null;
    },
    clear: () => {
      const element = canvas.current;
      drawingContext(element)?.clearRect(0, 0, element?.width ?? 0, element?.height ?? 0);
      last.current = null;
      onInk(null);
    },
  };
}
