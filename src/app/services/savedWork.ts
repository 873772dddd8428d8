// The app's IndexedDB (through idb): the paused run's checkpoint, named
// network saves and the run history, so a reload loses nothing. Every call
// fails soft: without IndexedDB (a private window) it answers empty.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RunCheckpoint } from '../../worker/protocol';
import type { RunHistoryData } from '../store/runHistory';

/** The database's name; one per origin. */
export const SAVED_WORK_DB = 'neural-playground';

/** A named save of a network and its settings (Saved networks). */
export interface NamedNetwork {
  name: string;
  /** When it was saved, ms since 1970. */
  savedAt: number;
  /** The document as Export network writes it (JSON text), read back only through restoreDocument. */
  documentText: string;
  /** Trainable parameters and layers when saved: shown in the list, not trusted for anything else. */
  parameters: number;
  layers: number;
}

interface SavedWorkSchema extends DBSchema {
  checkpoints: { key: string; value: KeptRun };
  networks: { key: string; value: NamedNetwork };
  runs: { key: string; value: Pick<RunHistoryData, 'runHistory' | 'currentRunId'> };
}

/** A checkpoint as IndexedDB keeps it: with the run's views (keptRunView.ts; absent in checkpoints kept before they were). */
export type KeptRun = RunCheckpoint & { view?: unknown };

/** The key of the latest checkpoint of the current run. */
const CURRENT_RUN = 'current';

let opening: Promise<IDBPDatabase<SavedWorkSchema>> | null = null;

function database(): Promise<IDBPDatabase<SavedWorkSchema>> {
  opening ??= openDB<SavedWorkSchema>(SAVED_WORK_DB, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('checkpoints');
        db.createObjectStore('runs');
      }
      // Version 1 had a store for named trained models that nothing ever wrote; named saves hold networks now.
      const untyped = db as unknown as IDBPDatabase;
      if (untyped.objectStoreNames.contains('models')) untyped.deleteObjectStore('models');
      db.createObjectStore('networks', { keyPath: 'name' });
    },
  });
  return opening;
}

async function soft<T>(work: (db: IDBPDatabase<SavedWorkSchema>) => Promise<T>, fallback: T): Promise<T> {
  try {
    if (typeof indexedDB === 'undefined') return fallback;
    return await work(await database());
  } catch {
    return fallback;
  }
}

/** Keeps the current run's latest checkpoint, with its views (null forgets it). */
export function keepRunCheckpoint(checkpoint: KeptRun | null): Promise<void> {
  return soft(async (db) => {
    if (checkpoint) await db.put('checkpoints', checkpoint, CURRENT_RUN);
    else await db.delete('checkpoints', CURRENT_RUN);
  }, undefined);
}

/** The current run's checkpoint kept before a reload, if any. */
export function keptRunCheckpoint(): Promise<KeptRun | null> {
  return soft(async (db) => (await db.get('checkpoints', CURRENT_RUN)) ?? null, null);
}

/** Saves (or replaces) a named network; 'replaced' when one of that name was there, null when IndexedDB failed. */
export function saveNamedNetwork(network: NamedNetwork): Promise<'saved' | 'replaced' | null> {
  return soft(async (db) => {
    const transaction = db.transaction('networks', 'readwrite');
    const existed = (await transaction.store.getKey(network.name)) !== undefined;
    await transaction.store.put(network);
    await transaction.done;
    return existed ? 'replaced' : 'saved';
  }, null);
}

/** Every named network as stored (not yet checked), or null when IndexedDB failed. */
export function listNamedNetworks(): Promise<unknown[] | null> {
  return soft((db) => db.getAll('networks'), null);
}

/** Forgets a named network; false when IndexedDB failed. */
export function deleteNamedNetwork(name: string): Promise<boolean> {
  return soft(async (db) => {
    await db.delete('networks', name);
    return true;
  }, false);
}

/** Keeps the run history. */
export function keepRunHistory(runs: Pick<RunHistoryData, 'runHistory' | 'currentRunId'>): Promise<void> {
  return soft(async (db) => {
    await db.put('runs', runs, 'history');
  }, undefined);
}

/** The run history kept before a reload, if any. */
export function keptRunHistory(): Promise<Pick<RunHistoryData, 'runHistory' | 'currentRunId'> | null> {
  return soft(async (db) => (await db.get('runs', 'history')) ?? null, null);
}
