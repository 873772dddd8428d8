// The work kept in local storage (through zustand's persist): the network
// and its settings as a document, read back only through restoreDocument,
// and the layout of the views. What cannot be read is set aside under
// another key, never silently dropped, and the person is told.
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { presetOfGraph } from '../../../core/network/presets';
import { createDocument } from '../../../core/document/create';
import { describeDocumentError } from '../share/documentErrorText';
import type { NetworkDocument } from '../../../core/document/format';
import type { RestoreResult } from '../../../core/document/restore';
import { DEFAULT_VIEW_LAYOUT, type ViewLayout } from '../../store/layoutSlice';
import type { Store } from '../../store/storeTypes';
import { loadCodec } from '../share/loadCodec';

/** The local-storage key of the saved work. */
export const SAVED_WORK_KEY = 'neural-playground:work';
/** The version of the saved-work wrapper (the document inside has its own). */
export const SAVED_WORK_VERSION = 1;

/** What is saved: the document of the network and settings, and the layout of the views. */
export interface SavedWork {
  document: NetworkDocument;
  layout: ViewLayout;
}

/** Reads saved text: the work, or why it cannot be read (in words, for the alert). */
export function readSavedWork(raw: string, restore: (input: unknown) => RestoreResult): { ok: true; work: SavedWork } | { ok: false; reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  const state = typeof parsed === 'object' && parsed !== null ? (parsed as { state?: unknown }).state : undefined;
  if (typeof state !== 'object' || state === null) return { ok: false, reason: 'it holds no saved state' };
  const { document, layout } = state as { document?: unknown; layout?: unknown };
  const restored = restore(document);
  if (!restored.ok) return { ok: false, reason: describeDocumentError(restored.error) };
  const logLossAxis = typeof layout === 'object' && layout !== null && (layout as { logLossAxis?: unknown }).logLossAxis === true;
  return { ok: true, work: { document: restored.document, layout: { ...DEFAULT_VIEW_LAYOUT, logLossAxis } } };
}

/** Where unreadable work is kept: the key with the time it was found. */
export function setAsideKey(now: Date): string {
  return `${SAVED_WORK_KEY}:set-aside:${now.toISOString()}`;
}

/** Local storage as zustand's persist storage, reading through restoreDocument (loaded on first use). */
export function savedWorkStorage(storage: Storage, onSetAside: (keptAs: string, reason: string) => void): PersistStorage<SavedWork> {
  // The store changes several times a second while training; the work itself
  // rarely does: the same saved object (see savedWorkOf) is not even serialized again.
  let written = '';
  let writtenState: SavedWork | null = null;
  return {
    async getItem(name) {
      const raw = storage.getItem(name);
      if (raw === null) return null;
      const { restoreDocument } = await loadCodec();
      const read = readSavedWork(raw, restoreDocument);
      if (read.ok) return { state: read.work, version: SAVED_WORK_VERSION };
      const keptAs = setAsideKey(new Date());
      try {
        storage.setItem(keptAs, raw);
        storage.removeItem(name);
      } catch {
        // Storage full: the unreadable copy stays where it was, and is not overwritten until the next save.
      }
      onSetAside(keptAs, read.reason);
      return null;
    },
    setItem(name, value: StorageValue<SavedWork>) {
      if (value.state === writtenState) return;
      const text = JSON.stringify(value);
      if (text === written) return;
      try {
        storage.setItem(name, text);
        written = text;
        writtenState = value.state;
      } catch {
        // Storage full or blocked: the work on screen is untouched; the next change tries again.
      }
    },
    removeItem(name) {
      storage.removeItem(name);
    },
  };
}

/**
 * The saved work of a state, the same object as long as the network, the
 * settings, the name and the layout are the same objects, so a store change
 * that touches none of them (a training report) costs no document and no JSON.
 */
function savedWorkOf(): (state: Store) => SavedWork {
  let last: { from: readonly unknown[]; work: SavedWork } | null = null;
  return (state) => {
    const from = [state.graph, state.settings, state.networkName, state.layout];
    if (last && from.every((part, i) => part === last?.from[i])) return last.work;
    last = { from, work: { document: createDocument(state.graph, state.settings, state.networkName), layout: state.layout } };
    return last.work;
  };
}

/** zustand persist options: save the document and layout; on load, take them on as opening a document does. */
export function savedWorkOptions(storage: Storage, onSetAside: (keptAs: string, reason: string) => void): PersistOptions<Store, SavedWork> {
  return {
    name: SAVED_WORK_KEY,
    version: SAVED_WORK_VERSION,
    storage: savedWorkStorage(storage, onSetAside),
    skipHydration: true,
    partialize: savedWorkOf(),
    merge: (persisted, current) => {
      const work = persisted as SavedWork | undefined;
      if (!work) return current;
      const { document, layout } = work;
      return {
        ...current,
        graph: document.graph,
        presetId: presetOfGraph(document.graph)?.id ?? null,
        selectedNodeId: null,
        settings: { ...current.settings, ...document.settings },
        settingsText: {},
        networkName: document.name,
        layout,
      };
    },
  };
}
