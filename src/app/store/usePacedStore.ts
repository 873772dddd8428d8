import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useAppStoreApi } from './appStore';
import type { Store } from './storeTypes';

/**
 * Reads a value of the store for a live view: it follows the store only
 * while `active` (on screen), and catches up at once when it becomes active
 * again. The store itself takes the worker's live stream at the live
 * clock's beat (services/liveClock.ts), and this hook renders in the same
 * pass as every other reader of the store (useSyncExternalStore, like
 * zustand's own hook), so all live views on the page change in one frame
 * per beat. `equal` decides whether the selected value changed (Object.is
 * by default; pass zustand's `shallow` for a tuple).
 */
export function usePacedStore<T>(
  selector: (state: Store) => T,
  active: boolean,
  { equal = Object.is as (a: T, b: T) => boolean } = {},
): T {
  const store = useAppStoreApi();
  const shown = useRef<{ value: T } | null>(null);
  const subscribe = useCallback((notify: () => void) => (active ? store.subscribe(notify) : () => undefined), [store, active]);
  const snapshot = () => {
    const held = shown.current;
    if (held && !active) return held.value;
    const next = selector(store.getState());
    if (held && equal(held.value, next)) return held.value;
    shown.current = { value: next };
    return next;
  };
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
