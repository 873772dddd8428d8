// The app's one store, made of slices, and the React context that provides
// it (as xyflow provides its store): components read the store of the nearest
// StoreProvider, so a test can render one against a fresh store.
import { createContext, createElement, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDocumentSlice } from './documentSlice';
import { createLearningSlice } from './learningSlice';
import { createNetworkSlice } from './networkSlice';
import { createRunsSlice } from './runsSlice';
import { createSettingsSlice } from './settingsSlice';
import type { Store } from './storeTypes';
import { createTrainingSlice } from './trainingSlice';

export type AppStore = StoreApi<Store>;

/** A fresh store with every slice; main.tsx makes the app's one, tests make their own. */
export function createAppStore(): AppStore {
  return createStore<Store>()((...args) => ({
    ...createNetworkSlice(...args),
    ...createSettingsSlice(...args),
    ...createTrainingSlice(...args),
    ...createLearningSlice(...args),
    ...createRunsSlice(...args),
    ...createDocumentSlice(...args),
  }));
}

const StoreContext = createContext<AppStore | null>(null);

/** Gives every component below it `store`. */
export function StoreProvider({ store, children }: { store: AppStore; children?: ReactNode }) {
  return createElement(StoreContext, { value: store }, children);
}

/** The store of the nearest StoreProvider, for actions that read the state when they run. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreProvider above it.');
  return store;
}

/**
 * Reads one field (or a stable derived value) of the store and re-renders when
 * it changes. Like zustand's useStore, except that a static render (a test
 * with react-dom/server) shows the store as it is now, not as it was created.
 */
export function useAppStore<T>(selector: (state: Store) => T): T {
  const store = useAppStoreApi();
  const read = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}
