import type { BatchPoint, WorkerEvent } from '../../worker/protocol';
import type { FrameScheduler } from './liveClock';

/** The events a run streams while it trains, taken in at the live clock's beat. */
export type LiveEvent = Extract<WorkerEvent, { type: 'progress' | 'predictions' }>;
type ProgressEvent = Extract<LiveEvent, { type: 'progress' }>;
type PredictionsEvent = Extract<LiveEvent, { type: 'predictions' }>;

/**
 * The one point between the worker's live stream and the screen. Progress
 * reports that arrive before the next beat are merged into one (every curve
 * point kept), of live predictions only the newest is kept; the beat hands
 * both on together, so the store changes once and the page draws once.
 * `flush` hands on what is pending at once (before any other event, so the
 * order of effects holds).
 */
export class LiveEvents {
  private progress: ProgressEvent | null = null;
  private predictions: PredictionsEvent | null = null;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly deliver: (event: LiveEvent) => void,
    private readonly schedule: FrameScheduler,
  ) {}

  push(event: LiveEvent): void {
    if (event.type === 'progress') this.progress = this.progress ? mergeProgress(this.progress, event) : event;
    else this.predictions = event;
    this.cancel ??= this.schedule(() => this.flush());
  }

  flush(): void {
    this.cancel?.();
    this.cancel = null;
    const { progress, predictions } = this;
    this.progress = null;
    this.predictions = null;
    if (progress) this.deliver(progress);
    if (predictions) this.deliver(predictions);
  }

  /** Drops anything pending (the worker is gone). */
  clear(): void {
    this.cancel?.();
    this.cancel = null;
    this.progress = null;
    this.predictions = null;
  }
}

function mergeProgress(earlier: ProgressEvent, later: ProgressEvent): ProgressEvent {
  const points: BatchPoint[] = [...earlier.points, ...later.points];
  return {
    ...later,
    points,
    gradientNorms: later.gradientNorms ?? earlier.gradientNorms,
    augmentPreview: later.augmentPreview ?? earlier.augmentPreview,
  };
}
