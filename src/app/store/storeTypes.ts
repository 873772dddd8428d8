import type { DocumentSlice } from './documentSlice';
import type { LayoutSlice } from './layoutSlice';
import type { LearningSlice } from './learningSlice';
import type { NetworkSlice } from './networkSlice';
import type { RunsSlice } from './runsSlice';
import type { SettingsSlice } from './settingsSlice';
import type { TrainingSlice } from './trainingSlice';

/** The whole app state: every slice merged into one zustand store. */
export type Store = NetworkSlice & SettingsSlice & TrainingSlice & LearningSlice & RunsSlice & DocumentSlice & LayoutSlice;
