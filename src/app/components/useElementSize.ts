import { useEffect, useState, type RefObject } from 'react';

/** An element's content size in CSS pixels. */
export interface ElementSize {
  width: number;
  height: number;
}

/**
 * The element's size, from a ResizeObserver: it changes only when the element
 * is resized, so a chart never reads the layout while it redraws. Zero until
 * the first observation.
 */
export function useElementSize(ref: RefObject<Element | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const next = { width: Math.round(box.width), height: Math.round(box.height) };
      setSize((previous) => (previous.width === next.width && previous.height === next.height ? previous : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
