import type { StateCreator } from 'zustand';
import type { NetworkGraph } from '../../core/network/types';
import { findPreset, presetOfGraph } from '../../core/network/presets';
import { initialPreset } from './initialPreset';
import type { Store } from './storeTypes';

/** How many earlier networks Undo can bring back. */
export const UNDO_LIMIT = 50;

/** A network as it was before an edit, with the preset it came from (if unedited). */
export interface NetworkSnapshot {
  graph: NetworkGraph;
  presetId: string | null;
  /** The layer selected just before the edit, selected again when it is undone. */
  selectedNodeId: string | null;
}

/** How an edit joins the history and what it selects. */
export interface EditOptions {
  /** Edits with the same group key in a row make one Undo step (typing "128" into Units). */
  group?: string;
  /** The layer to select after the edit; leave out to keep the selection (if it still exists). */
  select?: string | null;
}

/** A request to bring a layer into view and give it keyboard focus. */
export interface RevealRequest {
  nodeId: string;
  /** Grows with every request, so asking for the same layer twice still acts. */
  serial: number;
  /** Move keyboard focus to it too (false only scrolls it into view, after adding from the palette). */
  focus: boolean;
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
  /** Group key of the latest edit while it may still absorb the next one; null otherwise. */
  editGroup: string | null;
  /** The layer whose properties are shown, or null. */
  selectedNodeId: string | null;
  /** The latest request to reveal a layer on the canvas. */
  revealRequest: RevealRequest | null;
  /** Replaces the network with a preset's and applies the preset's settings. */
  setPreset: (presetId: string) => void;
  /** Replaces the network with an edited one (the builder's entry point). */
  replaceGraph: (graph: NetworkGraph, options?: EditOptions) => void;
  /** Closes the current edit group, so the next edit is its own Undo step. */
  endEditGroup: () => void;
  selectNode: (nodeId: string | null) => void;
  /** Selects a layer and asks the canvas to show it and, unless `focus` is false, focus it. */
  revealNode: (nodeId: string, focus?: boolean) => void;
  undo: () => void;
  redo: () => void;
}

function pushBounded(stack: NetworkSnapshot[], snapshot: NetworkSnapshot): NetworkSnapshot[] {
  const next = [...stack, snapshot];
  return next.length > UNDO_LIMIT ? next.slice(next.length - UNDO_LIMIT) : next;
}

const snapshotOf = (state: NetworkSnapshot): NetworkSnapshot => ({
  graph: state.graph,
  presetId: state.presetId,
  selectedNodeId: state.selectedNodeId,
});

/** True when an edit in `group` should fold into the previous edit instead of adding an Undo step. */
export function continuesGroup(current: string | null, group: string | undefined): boolean {
  return group !== undefined && current === group;
}

/** The selection to keep once `graph` is shown: the wanted layer if it exists, else none. */
export function keptSelection(graph: NetworkGraph, wanted: string | null): string | null {
  return wanted !== null && graph.nodes.some((node) => node.id === wanted) ? wanted : null;
}

export const createNetworkSlice: StateCreator<Store, [], [], NetworkSlice> = (set, get) => {
  const preset = initialPreset();

  function commit(graph: NetworkGraph, presetId: string | null, options: EditOptions = {}): void {
    set((state) => {
      const merge = continuesGroup(state.editGroup, options.group) && state.undoStack.length > 0;
      const wanted = options.select === undefined ? state.selectedNodeId : options.select;
      return {
        graph,
        presetId,
        undoStack: merge ? state.undoStack : pushBounded(state.undoStack, snapshotOf(state)),
        redoStack: [],
        editGroup: options.group ?? null,
        selectedNodeId: keptSelection(graph, wanted),
      };
    });
  }

  return {
    graph: preset.graph,
    presetId: preset.id,
    undoStack: [],
    redoStack: [],
    editGroup: null,
    selectedNodeId: null,
    revealRequest: null,

    setPreset: (presetId) => {
      const chosen = findPreset(presetId);
      if (!chosen) return;
      commit(chosen.graph, chosen.id, { select: null });
      get().applySettings(chosen.settings);
    },

    replaceGraph: (graph, options) => {
      if (graph === get().graph) {
        if (options?.select !== undefined) get().selectNode(options.select);
        return;
      }
      commit(graph, presetOfGraph(graph)?.id ?? null, options);
    },

    endEditGroup: () => {
      if (get().editGroup !== null) set({ editGroup: null });
    },

    selectNode: (nodeId) => {
      const selected = keptSelection(get().graph, nodeId);
      if (selected !== get().selectedNodeId) set({ selectedNodeId: selected });
    },

    revealNode: (nodeId, focus = true) => {
      if (keptSelection(get().graph, nodeId) === null) return;
      const serial = (get().revealRequest?.serial ?? 0) + 1;
      set({ selectedNodeId: nodeId, revealRequest: { nodeId, serial, focus } });
    },

    undo: () => {
      const { undoStack, redoStack, graph, presetId, selectedNodeId } = get();
      const previous = undoStack[undoStack.length - 1];
      if (!previous) return;
      set({
        graph: previous.graph,
        presetId: previous.presetId,
        undoStack: undoStack.slice(0, -1),
        redoStack: pushBounded(redoStack, { graph, presetId, selectedNodeId }),
        editGroup: null,
        selectedNodeId: keptSelection(previous.graph, previous.selectedNodeId),
      });
    },

    redo: () => {
      const { undoStack, redoStack, graph, presetId, selectedNodeId } = get();
      const next = redoStack[redoStack.length - 1];
      if (!next) return;
      set({
        graph: next.graph,
        presetId: next.presetId,
        undoStack: pushBounded(undoStack, { graph, presetId, selectedNodeId }),
        redoStack: redoStack.slice(0, -1),
        editGroup: null,
        selectedNodeId: keptSelection(next.graph, next.selectedNodeId),
      });
    },
  };
};
