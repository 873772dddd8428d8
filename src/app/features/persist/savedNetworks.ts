// Saved networks: the network and its settings kept in IndexedDB under a
// name. A save holds the document Export network writes; loading one goes
// through restoreDocument like every other way in, so a damaged save raises
// an alert and changes nothing.
import { MAX_NAME_LENGTH } from '../../../core/document/format';
import type { AppStore } from '../../store/appStore';
import { selectAnalysis } from '../../store/selectors';
import { deleteNamedNetwork, listNamedNetworks, saveNamedNetwork, type NamedNetwork } from '../../services/savedWork';
import { loadCodec } from '../share/loadCodec';
import { networkFileText } from '../share/networkFile';
import { currentDocument, openRestored } from '../share/openDocument';

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The stored records that read as saves, newest first; anything else in the store is passed over. */
export function readNamedNetworks(records: readonly unknown[]): NamedNetwork[] {
  const saves = records.filter((record): record is NamedNetwork => {
    if (typeof record !== 'object' || record === null) return false;
    const { name, savedAt, documentText, parameters, layers } = record as Record<string, unknown>;
    return (
      typeof name === 'string' && name.trim() !== '' && name.length <= MAX_NAME_LENGTH
      && typeof savedAt === 'number' && Number.isFinite(savedAt)
      && typeof documentText === 'string' && isCount(parameters) && isCount(layers)
    );
  });
  return saves.sort((a, b) => b.savedAt - a.savedAt || a.name.localeCompare(b.name));
}

/** The saves in this browser, newest first; null when the browser keeps none (no IndexedDB). */
export async function savedNetworks(): Promise<NamedNetwork[] | null> {
  const records = await listNamedNetworks();
  return records === null ? null : readNamedNetworks(records);
}

/** Saves what is on screen under `name` (the document takes that name), replacing a save of the same name. */
export async function saveNetworkAs(store: AppStore, name: string): Promise<boolean> {
  const state = store.getState();
  const document = { ...currentDocument(state), name };
  const outcome = await saveNamedNetwork({
    name,
    savedAt: Date.now(),
    documentText: networkFileText(document),
    parameters: selectAnalysis(state).trainableParams,
    layers: state.graph.nodes.length,
  });
  if (outcome === null) {
    state.reportAlert({ kind: 'saves-failed', action: 'save', name });
    return false;
  }
  state.reportNotice({ kind: 'saves', event: { type: outcome, name } });
  return true;
}

/** Opens a save through restoreDocument: it replaces network and settings (Undo brings the old ones back), or an alert says why not. */
export async function loadSavedNetwork(store: AppStore, save: NamedNetwork): Promise<boolean> {
  const { restoreDocument } = await loadCodec();
  return openRestored(store, restoreDocument(save.documentText), 'storage');
}

/** Deletes a save, with a notice (or an alert when the browser refused). */
export async function deleteSavedNetwork(store: AppStore, name: string): Promise<boolean> {
  const deleted = await deleteNamedNetwork(name);
  if (deleted) store.getState().reportNotice({ kind: 'saves', event: { type: 'deleted', name } });
  else store.getState().reportAlert({ kind: 'saves-failed', action: 'delete', name });
  return deleted;
}
