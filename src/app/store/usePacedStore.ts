import { useEffect, useRef, useState } from 'react';
import { useAppStoreApi } from './appStore';
import type { Store } from './storeTypes';

/** Shortest time between two redraws of a live view: two a second, as often as the worker reports. */
export const PACED_VIEW_INTERVAL_MS = 500;

/**
 * Reads a value of the store for a live view that redraws from a buffer: the
 * store takes every worker report at once, and the view picks up the latest
 * value in an animation frame, at most once per `intervalMs`, and only while
 * `active` (on screen). When it becomes active again it catches up at once.
 * `equal` decides whether the selected value changed (Object.is by default;
 * pass zustand's `shallow` for a tuple).
 */
export function usePacedStore<T>(
  selector: (state: Store) => T,
  active: boolean,
  { intervalMs = PACED_VIEW_INTERVAL_MS, equal = Object.is as (a: T, b: T) => boolean } = {},
): T {
  const store = useAppStoreApi();
  const [value, setValue] = useState(() => selector(store.getState()));
  const latest = useRef({ selector, equal, value });
  useEffect(() => {
    latest.current = { selector, equal, value };
  });

  useEffect(() => {
    if (!active) return undefined;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shownAt = Number.NEGATIVE_INFINITY;
    const show = () => {
      frame = 0;
      shownAt = performance.now();
      const { selector: select, equal: same, value: shown } = latest.current;
      const next = select(store.getState());
      if (!same(next, shown)) setValue(() => next);
    };
    const schedule = () => {
      if (frame !== 0 || timer !== undefined) return;
      const wait = shownAt + intervalMs - performance.now();
      if (wait <= 0) {
        frame = requestAnimationFrame(show);
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        frame = requestAnimationFrame(show);
      }, wait);
    };
    schedule();
    const unsubscribe = store.subscribe((state, previous) => {
      const { selector: select, equal: same } = latest.current;
      if (!same(select(state), select(previous))) schedule();
    });
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, active, intervalMs]);

  return value;
}
