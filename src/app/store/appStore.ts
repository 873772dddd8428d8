import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDocumentSlice } from './documentSlice';
import { createLearningSlice } from './learningSlice';
import { createNetworkSlice } from './networkSlice';
import { createRunsSlice } from './runsSlice';
import { createSettingsSlice } from './settingsSlice';
import type { Store } from './storeTypes';
import { createTrainingSlice } from './trainingSlice';

export type AppStore = StoreApi<Store>;

/** A fresh store with every slice; tests make their own, the app uses `appStore`. */
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

/** The app's one store. */
export const appStore = createAppStore();

/** Reads one field (or a stable derived value) of the app store and re-renders when it changes. */
export function useAppStore<T>(selector: (state: Store) => T): T {
  return useStore(appStore, selector);
}
