import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is in (or within `margin` of) the viewport, from an
 * IntersectionObserver: a view off screen can skip its work. True where
 * there is no IntersectionObserver (a static render), so nothing is hidden.
 */
export function useOnScreen(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver !== 'function') return undefined;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setOnScreen(entry.isIntersecting);
    }, { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin]);
  return onScreen;
}
