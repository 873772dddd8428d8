import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunCheckpoint } from '../../worker/protocol';
import { CHECKPOINT_INTERVAL_MS, CheckpointKeeper } from './checkpoints';

function checkpointAt(batch: number): RunCheckpoint {
  return { graph: { nodes: [], edges: [] }, settings: {}, batch, epoch: 0, position: batch * 64, weights: [], optimizerState: [], topology: '{}', takenAt: 0 } as unknown as RunCheckpoint;
}

/** A keeper whose worker answers with the batch count `batch.value`, on fake timers. */
function setUp() {
  const batch = { value: 0 };
  const taken: number[] = [];
  const kept: (number | null)[] = [];
  const keeper = new CheckpointKeeper(
    async () => {
      taken.push(batch.value);
      return checkpointAt(batch.value);
    },
    async (checkpoint) => {
      kept.push(checkpoint?.batch ?? null);
    },
    () => Date.now(),
  );
  return { keeper, batch, taken, kept };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('CheckpointKeeper', () => {
  it('takes one checkpoint per interval while training, however often epochs end', async () => {
    const { keeper, batch, taken } = setUp();
    keeper.observe({ type: 'state', state: 'running' });
    // A small network on WASM: an epoch ends every 3 s for 30 s.
    for (let second = 1; second <= 30; second += 1) {
      batch.value = second * 100;
      await vi.advanceTimersByTimeAsync(1000);
      if (second % 3 === 0) keeper.observe({ type: 'epoch-end', point: { epoch: second / 3 } as never });
    }
    // The first epoch end (3 s), then one each 10 s after it.
    expect(taken).toEqual([300, 1300, 2300]);
    keeper.stopTimer();
  });

  it('takes one at a later epoch end only when the last one is an interval old (slow epochs)', async () => {
    const { keeper, batch, taken } = setUp();
    keeper.observe({ type: 'state', state: 'running' });
    batch.value = 10;
    await vi.advanceTimersByTimeAsync(1000);
    keeper.observe({ type: 'epoch-end', point: { epoch: 1 } as never });
    await vi.advanceTimersByTimeAsync(0);
    expect(taken).toEqual([10]);
    batch.value = 50;
    await vi.advanceTimersByTimeAsync(CHECKPOINT_INTERVAL_MS - 1);
    keeper.observe({ type: 'epoch-end', point: { epoch: 2 } as never });
    expect(taken).toEqual([10]);
    await vi.advanceTimersByTimeAsync(1);
    expect(taken).toEqual([10, 50]);
    // The timer starts over from that checkpoint: an epoch end 5 s later takes none.
    batch.value = 80;
    await vi.advanceTimersByTimeAsync(CHECKPOINT_INTERVAL_MS / 2);
    keeper.observe({ type: 'epoch-end', point: { epoch: 3 } as never });
    expect(taken).toEqual([10, 50]);
    await vi.advanceTimersByTimeAsync(CHECKPOINT_INTERVAL_MS / 2);
    expect(taken).toEqual([10, 50, 80]);
    keeper.stopTimer();
  });

  it('takes one on pause and keeps it, and none while paused', async () => {
    const { keeper, batch, taken, kept } = setUp();
    keeper.observe({ type: 'state', state: 'running' });
    batch.value = 7;
    await vi.advanceTimersByTimeAsync(2000);
    keeper.observe({ type: 'state', state: 'paused' });
    await vi.advanceTimersByTimeAsync(0);
    expect(taken).toEqual([7]);
    expect(kept).toEqual([7]);
    expect(keeper.checkpoint?.batch).toBe(7);
    await vi.advanceTimersByTimeAsync(5 * CHECKPOINT_INTERVAL_MS);
    expect(taken).toEqual([7]);
  });
});
