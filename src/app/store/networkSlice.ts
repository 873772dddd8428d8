import type { StateCreator } from 'zustand';
import type { NetworkGraph } from '../../core/network/types';
import { findPreset } from '../../core/network/presets';
import { initialPreset } from './initialPreset';
import type { Store } from './storeTypes';

/** How many earlier networks Undo can bring back. */
export const UNDO_LIMIT = 50;

/** A network as it was before an edit, with the preset it came from (if unedited). */
export interface NetworkSnapshot {
  graph: NetworkGraph;
  presetId: string | null;
}

export interface NetworkSlice {
  /** The network being edited and trained. */
  graph: NetworkGraph;
  /** The preset the network came from, or null once it has been edited. */
  presetId: string | null;
  /** Earlier networks, most recent last. */
  undoStack: NetworkSnapshot[];
  /** Networks undone, most recent last; cleared by any new edit. */
  redoStack: NetworkSnapshot[];
  /** Replaces the network with a preset's and applies the preset's settings. */
  setPreset: (presetId: string) => void;
  /** Replaces the network with an edited one (the builder's entry point). */
  replaceGraph: (graph: NetworkGraph) => void;
  undo: () => void;
  redo: () => void;
}

function pushBounded(stack: NetworkSnapshot[], snapshot: NetworkSnapshot): NetworkSnapshot[] {
  const next = [...stack, snapshot];
  return next.length > UNDO_LIMIT ? next.slice(next.length - UNDO_LIMIT) : next;
}

export const createNetworkSlice: StateCreator<Store, [], [], NetworkSlice> = (set, get) => {
  const preset = initialPreset();

  function commit(graph: NetworkGraph, presetId: string | null): void {
    set((state) => ({
      graph,
      presetId,
      undoStack: pushBounded(state.undoStack, { graph: state.graph, presetId: state.presetId }),
      redoStack: [],
    }));
  }

  return {
    graph: preset.graph,
    presetId: preset.id,
    undoStack: [],
    redoStack: [],

    setPreset: (presetId) => {
      const chosen = findPreset(presetId);
      if (!chosen) return;
      commit(chosen.graph, chosen.id);
      get().applySettings(chosen.settings);
    },

    replaceGraph: (graph) => {
      if (graph === get().graph) return;
      commit(graph, null);
    },

    undo: () => {
      const { undoStack, redoStack, graph, presetId } = get();
      const previous = undoStack[undoStack.length - 1];
      if (!previous) return;
      set({
        graph: previous.graph,
        presetId: previous.presetId,
        undoStack: undoStack.slice(0, -1),
        redoStack: pushBounded(redoStack, { graph, presetId }),
      });
    },

    redo: () => {
      const { undoStack, redoStack, graph, presetId } = get();
      const next = redoStack[redoStack.length - 1];
      if (!next) return;
      set({
        graph: next.graph,
        presetId: next.presetId,
        undoStack: pushBounded(undoStack, { graph, presetId }),
        redoStack: redoStack.slice(0, -1),
      });
    },
  };
};
