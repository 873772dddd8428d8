import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerControl } from '../../worker/protocol';
import { Heartbeat, HEARTBEAT_MAX_TIMEOUT_MS, heartbeatTimeout } from './heartbeat';

/** A heartbeat on fake timers against a worker that answers each ping after `delayMs` (null: never). */
function setUp(delayMs: () => number | null) {
  const silent: number[] = [];
  let heartbeat: Heartbeat | null = null;
  const post = (message: WorkerControl) => {
    const delay = delayMs();
    if (message.type === 'ping' && delay !== null) setTimeout(() => heartbeat?.answered(message.seq), delay);
  };
  heartbeat = new Heartbeat(post, (ms) => silent.push(ms), () => Date.now());
  heartbeat.start();
  return { heartbeat, silent };
}

describe('the heartbeat', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a worker that answers at once alive, and declares one that stops answering gone within 5 s', () => {
    let alive = true;
    const { silent } = setUp(() => (alive ? 5 : null));
    vi.advanceTimersByTime(30_000);
    expect(silent).toEqual([]);
    alive = false;
    vi.advanceTimersByTime(5_000);
    expect(silent).toHaveLength(1);
    expect(silent[0]).toBeGreaterThanOrEqual(4_000);
    vi.advanceTimersByTime(30_000);
    expect(silent).toHaveLength(1);
  });

  it('gives a slow but healthy worker more time, never more than the ceiling', () => {
    const { silent } = setUp(() => 3_000);
    vi.advanceTimersByTime(60_000);
    expect(silent).toEqual([]);
    expect(heartbeatTimeout([3_000])).toBe(9_000);
    expect(heartbeatTimeout([60_000])).toBe(HEARTBEAT_MAX_TIMEOUT_MS);
  });

  it('counts silence from the oldest unanswered ping, so late timers of a background tab are no silence', () => {
    const { silent } = setUp(() => 5);
    vi.advanceTimersByTime(3_000);
    // The tab's timers stood still for a minute (every ping was answered); then it beats again.
    vi.setSystemTime(Date.now() + 60_000);
    vi.advanceTimersByTime(10_000);
    expect(silent).toEqual([]);
  });
});
