import type { StateCreator } from 'zustand';
import type { Store } from './storeTypes';

/** How the views are laid out: saved with the work, so a reload shows them the same way. */
export interface ViewLayout {
  /** The loss chart's y axis is logarithmic. */
  logLossAxis: boolean;
}

export const DEFAULT_VIEW_LAYOUT: ViewLayout = { logLossAxis: false };

export interface LayoutSlice {
  layout: ViewLayout;
  setLayout: (changes: Partial<ViewLayout>) => void;
}

export const createLayoutSlice: StateCreator<Store, [], [], LayoutSlice> = (set) => ({
  layout: DEFAULT_VIEW_LAYOUT,
  setLayout: (changes) => set((state) => ({ layout: { ...state.layout, ...changes } })),
});
