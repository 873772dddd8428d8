// The app's one store, made of slices, and the React context that provides
// it (as xyflow provides its store): components read the store of the nearest
// StoreProvider, so a test can render one against a fresh store.
import { createContext, createElement, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { persist } from 'zustand/middleware';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { savedWorkOptions } from '../features/persist/savedWork';
import { createLayoutSlice } from './layoutSlice';
import { createDocumentSlice } from './documentSlice';
import { createLearningSlice } from './learningSlice';
import { createNetworkSlice } from './networkSlice';
import { createRunsSlice } from './runsSlice';
import { createSettingsSlice } from './settingsSlice';
import type { Store } from './storeTypes';
import { createTrainingSlice } from './trainingSlice';

export type AppStore = StoreApi<Store>;

/** The app's store as main.tsx makes it: saving the work to local storage, read back on `rehydrate()`. */
export type SavingAppStore = AppStore & { persist: { rehydrate: () => Promise<void> | void } };

const allSlices: StateCreator<Store> = (...args) => ({
  ...createNetworkSlice(...args),
  ...createSettingsSlice(...args),
  ...createTrainingSlice(...args),
  ...createLearningSlice(...args),
  ...createRunsSlice(...args),
  ...createDocumentSlice(...args),
  ...createLayoutSlice(...args),
});

/** A fresh store with every slice; main.tsx makes the app's one, tests make their own. */
export function createAppStore(): AppStore {
  return createStore<Store>()(allSlices);
}

/** The app's store, saving the network, settings and layout to `storage` (zustand persist); unreadable saved work is set aside with an alert. */
export function createSavingAppStore(storage: Storage): SavingAppStore {
  const store = createStore<Store>()(persist(allSlices, savedWorkOptions(storage, (keptAs, reason) => {
    store.getState().reportAlert({ kind: 'saved-work-set-aside', keptAs, reason });
  })));
  return store;
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
