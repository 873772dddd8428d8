import { describe, expect, it } from 'vitest';
import { progressOf } from '../../store/progress.fixture';
import { createSavingAppStore } from '../../store/appStore';
import { SAVED_WORK_KEY } from './savedWork';

/** Local storage in memory, counting what is written. */
class CountingStorage implements Storage {
  private readonly items = new Map<string, string>();
  writes = 0;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.writes += 1;
    this.items.set(key, value);
  }
}

describe('saved work', () => {
  it('is written when the settings change, and not again for training reports', () => {
    const storage = new CountingStorage();
    const store = createSavingAppStore(storage);
    store.getState().setSetting('batchSize', 32);
    const afterSetting = storage.writes;
    expect(afterSetting).toBeGreaterThan(0);
    expect(JSON.parse(storage.getItem(SAVED_WORK_KEY) ?? '{}').state.document.settings.batchSize).toBe(32);

    for (let batch = 1; batch <= 50; batch += 1) store.getState().applyWorkerEvent(progressOf(batch, 1));
    expect(store.getState().batch).toBe(50);
    expect(storage.writes).toBe(afterSetting);

    store.getState().setSetting('batchSize', 128);
    expect(storage.writes).toBe(afterSetting + 1);
    expect(JSON.parse(storage.getItem(SAVED_WORK_KEY) ?? '{}').state.document.settings.batchSize).toBe(128);
  });
});
