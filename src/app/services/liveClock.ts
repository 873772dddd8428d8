// The one beat at which the page takes in what the worker streams while a
// run trains (progress, live predictions, the look inside): every live
// update waiting for it lands in the same animation frame, so the page
// renders and paints once per beat instead of once per message. The beat's
// period, LIVE_BEAT_MS, is core/training/liveCadence.ts.
import { LIVE_BEAT_MS } from '../../core/training/liveCadence';

/** Runs a callback before the next frame is drawn; returns a function that cancels it. */
export type FrameScheduler = (callback: () => void) => () => void;

/** requestAnimationFrame where there is one (the page), else a timer (tests in Node). */
const nextFrame: FrameScheduler = (callback) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
};

/** The clock the beat reads and waits with (injectable for tests). */
export interface BeatTiming {
  now(): number;
  wait(callback: () => void, ms: number): () => void;
  frame: FrameScheduler;
}

const PAGE_TIMING: BeatTiming = {
  now: () => performance.now(),
  wait: (callback, ms) => {
    const id = setTimeout(callback, ms);
    return () => clearTimeout(id);
  },
  frame: nextFrame,
};

/**
 * Runs scheduled updates together: while `paced()` (a run trains) on the
 * next beat, at most one beat per `intervalMs`; otherwise in the next
 * frame, so an answer to something the user did shows at once.
 * `schedule` is a FrameScheduler: it returns a function that cancels.
 */
export class LiveClock {
  private readonly waiting = new Set<() => void>();
  private cancelArmed: (() => void) | null = null;
  private lastBeat = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly paced: () => boolean,
    private readonly intervalMs = LIVE_BEAT_MS,
    private readonly timing: BeatTiming = PAGE_TIMING,
  ) {}

  readonly schedule: FrameScheduler = (callback) => {
    const entry = () => callback();
    this.waiting.add(entry);
    this.arm();
    return () => {
      this.waiting.delete(entry);
      if (this.waiting.size === 0) this.disarm();
    };
  };

  /**
   * Brings the next beat forward to the next frame: the user changed
   * something and the next update carries its answer (a learning rate typed
   * during a run, say). The interval counts again from that beat.
   */
  hurry(): void {
    this.lastBeat = Number.NEGATIVE_INFINITY;
    if (this.cancelArmed === null) return;
    this.disarm();
    this.arm();
  }

  /** Drops every waiting update. */
  clear(): void {
    this.waiting.clear();
    this.disarm();
  }

  private arm(): void {
    if (this.cancelArmed) return;
    const wait = this.paced() ? this.lastBeat + this.intervalMs - this.timing.now() : 0;
    if (wait <= 0) {
      this.cancelArmed = this.timing.frame(() => this.beat());
      return;
    }
    let cancelFrame: (() => void) | null = null;
    const cancelWait = this.timing.wait(() => {
      cancelFrame = this.timing.frame(() => this.beat());
    }, wait);
    this.cancelArmed = () => (cancelFrame ? cancelFrame() : cancelWait());
  }

  private disarm(): void {
    this.cancelArmed?.();
    this.cancelArmed = null;
  }

  private beat(): void {
    this.cancelArmed = null;
    this.lastBeat = this.timing.now();
    const due = [...this.waiting];
    this.waiting.clear();
    for (const update of due) update();
  }
}
