import type { BatchPoint, WorkerEvent } from '../../worker/protocol';

type ProgressEvent = Extract<WorkerEvent, { type: 'progress' }>;

/** Shortest gap between two store updates from progress events (ten a second). */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Collects progress events that arrive faster than the display needs and hands
 * them on merged, at most once per PROGRESS_INTERVAL_MS. `flush` hands on what
 * is pending at once (before any other event, so the order of effects holds).
 */
export class ProgressBuffer {
  private pending: ProgressEvent | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = -Infinity;

  constructor(
    private readonly deliver: (event: ProgressEvent) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  push(event: ProgressEvent): void {
    this.pending = this.pending ? mergeProgress(this.pending, event) : event;
    if (this.timer !== null) return;
    const wait = this.lastFlush + PROGRESS_INTERVAL_MS - this.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), wait);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const event = this.pending;
    this.pending = null;
    if (!event) return;
    this.lastFlush = this.now();
    this.deliver(event);
  }

  /** Drops anything pending (the run was reset or the worker is gone). */
  clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}

function mergeProgress(earlier: ProgressEvent, later: ProgressEvent): ProgressEvent {
  const points: BatchPoint[] = [...earlier.points, ...later.points];
  return { ...later, points };
}
