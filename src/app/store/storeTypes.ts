import type { NetworkSlice } from './networkSlice';
import type { SettingsSlice } from './settingsSlice';
import type { TrainingSlice } from './trainingSlice';

/** The whole app state: every slice merged into one zustand store. */
export type Store = NetworkSlice & SettingsSlice & TrainingSlice;
