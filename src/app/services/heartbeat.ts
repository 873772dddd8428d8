// The worker's pulse: a ping every second, answered at once outside the
// command queue. A worker that closed, crashed or hangs in a kernel stops
// answering; after HEARTBEAT_TIMEOUT_MS without a pong it is declared dead.
import type { WorkerControl } from '../../worker/protocol';

/** How often the page pings the worker. */
export const HEARTBEAT_INTERVAL_MS = 1000;
/** Silence after which the worker counts as gone (within the 5 s the fault issue asks). */
export const HEARTBEAT_TIMEOUT_MS = 4000;

/** Pings a worker and calls `onSilent` once when it stops answering. */
export class Heartbeat {
  private timer: ReturnType<typeof setInterval> | null = null;
  private seq = 0;
  private lastAnswer = 0;

  constructor(
    private readonly post: (message: WorkerControl) => void,
    private readonly onSilent: (silentMs: number) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  start(): void {
    this.stop();
    this.lastAnswer = this.now();
    this.timer = setInterval(() => this.beat(), HEARTBEAT_INTERVAL_MS);
  }

  /** A pong arrived: the worker is alive. */
  answered(): void {
    this.lastAnswer = this.now();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private beat(): void {
    const silent = this.now() - this.lastAnswer;
    if (silent >= HEARTBEAT_TIMEOUT_MS) {
      this.stop();
      this.onSilent(silent);
      return;
    }
    this.seq += 1;
    this.post({ type: 'ping', seq: this.seq });
  }
}
