// The worker's pulse: a ping every second, answered at once outside the
// command queue. A worker that closed, crashed or hangs in a kernel stops
// answering; after HEARTBEAT_TIMEOUT_MS without a pong it is declared dead.
// A slow machine answers late even when healthy (a batch of a big network on
// the CPU backend runs seconds without a break), so the limit grows to a few
// times the slowest recent answer, up to HEARTBEAT_MAX_TIMEOUT_MS.
import type { WorkerControl } from '../../worker/protocol';

/** How often the page pings the worker. */
export const HEARTBEAT_INTERVAL_MS = 1000;
/** Silence after which the worker counts as gone (within the 5 s the fault issue asks), on a machine that answers promptly. */
export const HEARTBEAT_TIMEOUT_MS = 4000;
/** The longest silence ever allowed, however slow the recent answers were. */
export const HEARTBEAT_MAX_TIMEOUT_MS = 12_000;
/** The limit is this many times the slowest of the recent answers. */
const SLOWEST_ANSWER_FACTOR = 3;
/** Answers remembered for the slowest one. */
const RECENT_ANSWERS = 30;

/** The silence after which a worker whose recent answers took `latencies` ms counts as gone. */
export function heartbeatTimeout(latencies: readonly number[]): number {
  const slowest = latencies.reduce((max, latency) => Math.max(max, latency), 0);
  return Math.min(HEARTBEAT_MAX_TIMEOUT_MS, Math.max(HEARTBEAT_TIMEOUT_MS, SLOWEST_ANSWER_FACTOR * slowest));
}

/** Pings a worker and calls `onSilent` once when it stops answering. */
export class Heartbeat {
  private timer: ReturnType<typeof setInterval> | null = null;
  private seq = 0;
  /** When each unanswered ping was sent, by seq (oldest first). */
  private readonly sent = new Map<number, number>();
  /** How long the recent pongs took, oldest first. */
  private readonly latencies: number[] = [];

  constructor(
    private readonly post: (message: WorkerControl) => void,
    private readonly onSilent: (silentMs: number) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  start(): void {
    this.stop();
    this.sent.clear();
    this.latencies.length = 0;
    this.timer = setInterval(() => this.beat(), HEARTBEAT_INTERVAL_MS);
  }

  /** The pong to ping `seq` arrived: the worker is alive. */
  answered(seq: number): void {
    const sentAt = this.sent.get(seq);
    if (sentAt === undefined) return;
    for (const key of this.sent.keys()) if (key <= seq) this.sent.delete(key);
    this.latencies.push(this.now() - sentAt);
    if (this.latencies.length > RECENT_ANSWERS) this.latencies.shift();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Silence is counted from the oldest unanswered ping, not the last answer:
   * a background tab's timers run late, and a ping not yet sent is no silence.
   */
  private beat(): void {
    const oldest = this.sent.values().next().value;
    const silent = oldest === undefined ? 0 : this.now() - oldest;
    if (silent >= heartbeatTimeout(this.latencies)) {
      this.stop();
      this.onSilent(silent);
      return;
    }
    this.seq += 1;
    this.sent.set(this.seq, this.now());
    this.post({ type: 'ping', seq: this.seq });
  }
}
