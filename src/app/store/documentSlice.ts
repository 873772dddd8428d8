import type { StateCreator } from 'zustand';
import type { NetworkDocument } from '../../core/document/format';
import type { Store } from './storeTypes';

export interface DocumentSlice {
  /** What the person calls the network ('' until named); saved in documents, names the exported file. */
  networkName: string;
  setNetworkName: (name: string) => void;
  /** Replaces the network and the settings with a restored document's, as choosing a preset does:
   * Undo brings the previous network back, and the backend stays the device's choice. */
  loadDocument: (document: NetworkDocument) => void;
}

export const createDocumentSlice: StateCreator<Store, [], [], DocumentSlice> = (set, get) => ({
  networkName: '',

  setNetworkName: (networkName) => set({ networkName }),

  loadDocument: (document) => {
    const { replaceGraph, applySettings } = get();
    replaceGraph(document.graph, { select: null });
    applySettings(document.settings);
    set({ networkName: document.name });
  },
});
