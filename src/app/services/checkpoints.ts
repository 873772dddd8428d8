// The main thread's copy of the current run: a checkpoint (weights,
// optimizer state, position) taken CHECKPOINT_INTERVAL_MS after the last one
// while it trains, at an epoch end that long after the last one, and on
// pause, kept in memory for a worker restart and in IndexedDB for a reload.
// At most one a CHECKPOINT_INTERVAL_MS while training: each costs the page
// a copy of every weight and an IndexedDB write, and a small network on WASM
// ends an epoch every few seconds.
import type { RunCheckpoint, WorkerEvent } from '../../worker/protocol';
import { keepRunCheckpoint } from './savedWork';

/** Time between two checkpoints of a running run: the most training a reload or a crash can lose. */
export const CHECKPOINT_INTERVAL_MS = 10_000;

/** Takes checkpoints when the run's events call for one, and holds the latest. */
export class CheckpointKeeper {
  private latest: RunCheckpoint | null = null;
  /** The next capture while the run trains (null: it does not train). */
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the latest capture was asked for or the run (re)started training, whichever is later (page clock). */
  private lastCaptureAt = 0;
  private taking: Promise<void> | null = null;
  /** Grows with every forget, so a checkpoint asked for before it is not kept after it. */
  private generation = 0;

  constructor(
    /** Asks the worker for a checkpoint of the current run. */
    private readonly take: () => Promise<RunCheckpoint>,
    /** Keeps a checkpoint across reloads (null forgets it). */
    private readonly keep: (checkpoint: RunCheckpoint | null) => Promise<void> = keepRunCheckpoint,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The latest checkpoint of the current run, or null. */
  get checkpoint(): RunCheckpoint | null {
    return this.latest;
  }

  /**
   * Watches the worker's events: a pause, the end, the run's first epoch end and a later one long after the last
   * checkpoint take one; a new run forgets the old one.
   */
  observe(event: WorkerEvent): void {
    if (event.type === 'epoch-end' && (this.latest === null || this.now() - this.lastCaptureAt >= CHECKPOINT_INTERVAL_MS)) void this.capture();
    if (event.type === 'run-reset') this.forget();
    if (event.type !== 'state') return;
    if (event.state === 'running') this.startTimer();
    else this.stopTimer();
    if (event.state === 'paused' || event.state === 'done') void this.capture();
  }

  /** Takes the checkpoint a restore started from as the latest. */
  adopt(checkpoint: RunCheckpoint): void {
    this.latest = checkpoint;
    void this.keep(checkpoint);
  }

  /** Takes a checkpoint now (one at a time); a failure keeps the previous one. */
  capture(): Promise<void> {
    const generation = this.generation;
    this.lastCaptureAt = this.now();
    if (this.timer !== null) this.armTimer();
    this.taking ??= this.take().then(
      (checkpoint) => {
        if (generation !== this.generation) return;
        this.latest = checkpoint;
        void this.keep(checkpoint);
      },
      () => undefined,
    ).finally(() => {
      this.taking = null;
    });
    return this.taking;
  }

  /** Forgets the run (Reset, a new run). */
  forget(): void {
    this.generation += 1;
    this.latest = null;
    void this.keep(null);
  }

  /** Stops taking checkpoints (the worker is gone); the latest stays. */
  stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private startTimer(): void {
    // Nothing trained since the start or the pause's checkpoint: the interval counts from now.
    this.lastCaptureAt = this.now();
    this.armTimer();
  }

  /** The next capture, CHECKPOINT_INTERVAL_MS from now (the latest capture, or the start). */
  private armTimer(): void {
    this.stopTimer();
    this.timer = setTimeout(() => void this.capture(), CHECKPOINT_INTERVAL_MS);
  }
}
