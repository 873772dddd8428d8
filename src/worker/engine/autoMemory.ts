// Where Auto remembers its pick per network and device: IndexedDB, which a
// worker can use (localStorage it cannot). The worker owns both halves of the
// key (its own probe of the device it trains on, the network it builds), so
// the memory lives here and the page needs no extra request for it.
import { readRememberedPick, type RememberedPick } from '../../core/training/autoBackend';

/** Remembered picks by key (autoPickKey); a memory that fails only forgets, it never stops a run. */
export interface PickMemory {
  get(key: string): Promise<RememberedPick | null>;
  set(key: string, pick: RememberedPick): Promise<void>;
}

const DATABASE = 'neural-playground-auto-backend';
const STORE = 'picks';

/** A memory that lasts as long as the worker (tests, and browsers without IndexedDB). */
export function transientPickMemory(): PickMemory {
  const picks = new Map<string, RememberedPick>();
  return {
    get: async (key) => picks.get(key) ?? null,
    set: async (key, pick) => {
      picks.set(key, pick);
    },
  };
}

function settled<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('IndexedDB could not be opened'));
  });
}

/** Picks kept in this origin's IndexedDB (they survive reloads), or a transient memory where there is none. */
export function browserPickMemory(): PickMemory {
  if (typeof indexedDB === 'undefined') return transientPickMemory();
  let database: Promise<IDBDatabase> | null = null;
  const store = async (mode: IDBTransactionMode) => {
    database ??= openDatabase();
    return (await database).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    get: async (key) => {
      try {
        return readRememberedPick(await settled((await store('readonly')).get(key)));
      } catch {
        return null;
      }
    },
    set: async (key, pick) => {
      try {
        await settled((await store('readwrite')).put(pick, key));
      } catch {
        // Not remembered: the next run with this network measures again.
      }
    },
  };
}
