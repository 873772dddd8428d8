// Training speed as a recent average, steady enough to read.

/** Samples per second over a window of 1-2 s; the value updates about once a second. */
export class Throughput {
  private samples = 0;
  private since = performance.now();
  /** The latest average, in samples per second (0 before the first measurement). */
  value = 0;
  /** The latest average over a full window (at least 1 s; 0 until there is one): the first value also holds the warm-up. */
  settled = 0;

  /** Starts a new window (after a pause), keeping the last value on show. */
  restart(): void {
    this.samples = 0;
    this.since = performance.now();
  }

  /** Counts `samples` more trained samples. */
  record(samples: number): void {
    const now = performance.now();
    this.samples += samples;
    const seconds = (now - this.since) / 1000;
    if (seconds >= 1 || this.value === 0) {
      this.value = seconds > 0 ? this.samples / seconds : 0;
    }
    if (seconds >= 1) this.settled = this.value;
    if (seconds >= 2) {
      this.samples = 0;
      this.since = now;
    }
  }
}
