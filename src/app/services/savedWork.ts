// The app's IndexedDB (through idb): the paused run's checkpoint, named
// model saves and the run history, so a reload loses nothing. Every call
// fails soft: without IndexedDB (a private window) it answers empty.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RunCheckpoint } from '../../worker/protocol';
import type { RunHistoryData } from '../store/runHistory';

/** The database's name; one per origin. */
export const SAVED_WORK_DB = 'neural-playground';

/** A named save of a trained model: its model file (the bytes Download model writes). */
export interface NamedModel {
  name: string;
  savedAt: number;
  batch: number;
  bytes: Uint8Array;
}

interface SavedWorkSchema extends DBSchema {
  checkpoints: { key: string; value: RunCheckpoint };
  models: { key: string; value: NamedModel };
  runs: { key: string; value: Pick<RunHistoryData, 'runHistory' | 'currentRunId'> };
}

/** The key of the latest checkpoint of the current run. */
const CURRENT_RUN = 'current';

let opening: Promise<IDBPDatabase<SavedWorkSchema>> | null = null;

function database(): Promise<IDBPDatabase<SavedWorkSchema>> {
  opening ??= openDB<SavedWorkSchema>(SAVED_WORK_DB, 1, {
    upgrade(db) {
      db.createObjectStore('checkpoints');
      db.createObjectStore('models', { keyPath: 'name' });
      db.createObjectStore('runs');
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

/** Keeps the current run's latest checkpoint (null forgets it). */
export function keepRunCheckpoint(checkpoint: RunCheckpoint | null): Promise<void> {
  return soft(async (db) => {
    if (checkpoint) await db.put('checkpoints', checkpoint, CURRENT_RUN);
    else await db.delete('checkpoints', CURRENT_RUN);
  }, undefined);
}

/** The current run's checkpoint kept before a reload, if any. */
export function keptRunCheckpoint(): Promise<RunCheckpoint | null> {
  return soft(async (db) => (await db.get('checkpoints', CURRENT_RUN)) ?? null, null);
}

/** Saves (or replaces) a named model. */
export function saveNamedModel(model: NamedModel): Promise<boolean> {
  return soft(async (db) => {
    await db.put('models', model);
    return true;
  }, false);
}

/** Every named model, newest first. */
export function listNamedModels(): Promise<NamedModel[]> {
  return soft(async (db) => (await db.getAll('models')).sort((a, b) => b.savedAt - a.savedAt), []);
}

export function deleteNamedModel(name: string): Promise<void> {
  return soft((db) => db.delete('models', name), undefined);
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
