import type { StateCreator } from 'zustand';
import { INITIAL_RUN_HISTORY, type RunHistoryData } from './runHistory';
import type { Store } from './storeTypes';

export interface RunsSlice extends RunHistoryData {
  /** Draws an earlier run over the loss and accuracy charts, or stops drawing it. */
  toggleOverlay: (runId: number) => void;
}

export const createRunsSlice: StateCreator<Store, [], [], RunsSlice> = (set) => ({
  ...INITIAL_RUN_HISTORY,

  toggleOverlay: (runId) =>
    set((state) => ({
      overlaidRuns: state.overlaidRuns.includes(runId)
        ? state.overlaidRuns.filter((id) => id !== runId)
        : [...state.overlaidRuns, runId],
    })),
});
