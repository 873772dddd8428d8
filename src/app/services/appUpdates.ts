// The service worker, seen from the page: registered once, outside React
// (StrictMode runs effects twice), and saying when a new version is waiting.
import { registerSW } from 'virtual:pwa-register';

/** Whether a new version of the app is installed and waits for a reload; subscribe with useSyncExternalStore. */
export class AppUpdates {
  #waiting = false;
  #listeners = new Set<() => void>();
  #activate: (() => Promise<void>) | null = null;

  /** Registers the service worker (after the page has loaded; a no-op on the dev server). */
  start(): void {
    if (this.#activate) return;
    this.#activate = registerSW({
      onNeedRefresh: () => {
        this.#waiting = true;
        for (const listener of this.#listeners) listener();
      },
    });
  }

  /** Calls `listener` when an update starts waiting; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** True once a new version waits for a reload. */
  readonly isWaiting = (): boolean => this.#waiting;

  /** Lets the waiting version take over; the page then reloads itself into it. */
  async reload(): Promise<void> {
    await this.#activate?.();
  }
}
