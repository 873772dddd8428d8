/**
 * Runs an async task for the newest value only: while one run is in flight,
 * later values replace each other and the last one runs when it finishes.
 * Keeps a slow worker from queueing every intermediate drawing.
 */
export class LatestOnly<T> {
  private busy = false;
  private waiting: { value: T } | null = null;

  constructor(private readonly task: (value: T) => Promise<void>) {}

  run(value: T): void {
    if (this.busy) {
      this.waiting = { value };
      return;
    }
    this.busy = true;
    void this.task(value).finally(() => {
      this.busy = false;
      const next = this.waiting;
      this.waiting = null;
      if (next) this.run(next.value);
    });
  }
}
