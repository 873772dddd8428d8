// The main thread's copy of the current run: a checkpoint (weights,
// optimizer state, position) taken every CHECKPOINT_INTERVAL_MS while it
// trains, at each epoch end and on pause, kept in memory for a worker
// restart and in IndexedDB for a reload.
import type { RunCheckpoint, WorkerEvent } from '../../worker/protocol';
import { keepRunCheckpoint } from './savedWork';

/** Longest time between two checkpoints of a running run. */
export const CHECKPOINT_INTERVAL_MS = 10_000;

/** Takes checkpoints when the run's events call for one, and holds the latest. */
export class CheckpointKeeper {
  private latest: RunCheckpoint | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private taking: Promise<void> | null = null;
  /** Grows with every forget, so a checkpoint asked for before it is not kept after it. */
  private generation = 0;

  constructor(
    /** Asks the worker for a checkpoint of the current run. */
    private readonly take: () => Promise<RunCheckpoint>,
    /** Keeps a checkpoint across reloads (null forgets it). */
    private readonly keep: (checkpoint: RunCheckpoint | null) => Promise<void> = keepRunCheckpoint,
  ) {}

  /** The latest checkpoint of the current run, or null. */
  get checkpoint(): RunCheckpoint | null {
    return this.latest;
  }

  /** Watches the worker's events: an epoch end or a pause takes a checkpoint, a new run forgets the old one. */
  observe(event: WorkerEvent): void {
    if (event.type === 'epoch-end') void this.capture();
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
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private startTimer(): void {
    this.stopTimer();
    this.timer = setInterval(() => void this.capture(), CHECKPOINT_INTERVAL_MS);
  }
}
