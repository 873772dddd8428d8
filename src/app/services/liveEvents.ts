import type { BatchPoint, WorkerEvent } from '../../worker/protocol';

type ProgressEvent = Extract<WorkerEvent, { type: 'progress' }>;

/** Runs a callback before the next frame is drawn; returns a function that cancels it. */
export type FrameScheduler = (callback: () => void) => () => void;

/** requestAnimationFrame where there is one (the page), else a timer (tests in Node). */
export const nextFrame: FrameScheduler = (callback) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
};

/**
 * The one point between the worker's progress reports and the screen. The
 * worker reports at most ten times a second (its report interval is the only
 * throttle); reports that arrive within one frame are merged here into one
 * store update, made before that frame is drawn. `flush` hands on what is
 * pending at once (before any other event, so the order of effects holds).
 * A chart that draws from a buffer on each frame can hook in here.
 */
export class ProgressBuffer {
  private pending: ProgressEvent | null = null;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly deliver: (event: ProgressEvent) => void,
    private readonly schedule: FrameScheduler = nextFrame,
  ) {}

  push(event: ProgressEvent): void {
    this.pending = this.pending ? mergeProgress(this.pending, event) : event;
    this.cancel ??= this.schedule(() => this.flush());
  }

  flush(): void {
    this.cancel?.();
    this.cancel = null;
    const event = this.pending;
    this.pending = null;
    if (event) this.deliver(event);
  }

  /** Drops anything pending (the worker is gone). */
  clear(): void {
    this.cancel?.();
    this.cancel = null;
    this.pending = null;
  }
}

function mergeProgress(earlier: ProgressEvent, later: ProgressEvent): ProgressEvent {
  const points: BatchPoint[] = [...earlier.points, ...later.points];
  return { ...later, points, gradientNorms: later.gradientNorms ?? earlier.gradientNorms };
}
