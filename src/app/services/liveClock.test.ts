import { describe, expect, it } from 'vitest';
import { LiveClock, type BeatTiming } from './liveClock';
import { LiveEvents, type LiveEvent } from './liveEvents';

/** The beat of these tests (the page's is LIVE_BEAT_MS). */
const BEAT_MS = 500;

/** A hand-driven page clock: timers and animation frames run when the test says so. */
function fakeTiming() {
  let now = 0;
  let timers: { at: number; callback: () => void }[] = [];
  let frames: (() => void)[] = [];
  const timing: BeatTiming = {
    now: () => now,
    wait: (callback, ms) => {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    frame: (callback) => {
      frames.push(callback);
      return () => {
        frames = frames.filter((f) => f !== callback);
      };
    },
  };
  /** Moves the clock on by `ms`, firing due timers, then draws one frame. */
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.at <= now);
    timers = timers.filter((t) => t.at > now);
    for (const timer of due) timer.callback();
    const drawn = frames;
    frames = [];
    for (const frame of drawn) frame();
  };
  return { timing, advance, pendingFrames: () => frames.length };
}

function progress(batch: number): LiveEvent {
  return { type: 'progress', points: [{ batch, loss: 1 / batch, accuracy: 0.5 }] as never, batch, epoch: 0, throughput: 100, nextLearningRate: 0.001 };
}

describe('LiveClock', () => {
  it('runs every update scheduled while training in one beat, at most one beat per interval', () => {
    const { timing, advance } = fakeTiming();
    const clock = new LiveClock(() => true, BEAT_MS, timing);
    const ran: string[] = [];
    clock.schedule(() => ran.push('progress'));
    advance(0);
    expect(ran).toEqual(['progress']);
    // Three live results arrive over the next 400 ms: none shows before the beat, all show in it.
    clock.schedule(() => ran.push('predictions'));
    advance(150);
    clock.schedule(() => ran.push('inspect'));
    advance(150);
    clock.schedule(() => ran.push('progress 2'));
    advance(100);
    expect(ran).toEqual(['progress']);
    advance(100);
    expect(ran).toEqual(['progress', 'predictions', 'inspect', 'progress 2']);
  });

  it('brings the next beat forward to the next frame when hurried, then paces again', () => {
    const { timing, advance } = fakeTiming();
    const clock = new LiveClock(() => true, BEAT_MS, timing);
    const ran: string[] = [];
    clock.schedule(() => ran.push('first'));
    advance(0);
    clock.schedule(() => ran.push('waiting'));
    advance(100);
    expect(ran).toEqual(['first']);
    // A live edit's answer is on its way: what waits, and the next report, show at once.
    clock.hurry();
    advance(16);
    expect(ran).toEqual(['first', 'waiting']);
    clock.hurry();
    clock.schedule(() => ran.push('answer'));
    advance(16);
    expect(ran).toEqual(['first', 'waiting', 'answer']);
    // After that the beat's interval holds again.
    clock.schedule(() => ran.push('later'));
    advance(BEAT_MS - 100);
    expect(ran).toEqual(['first', 'waiting', 'answer']);
    advance(100);
    expect(ran).toEqual(['first', 'waiting', 'answer', 'later']);
  });

  it('runs updates in the next frame when no run trains', () => {
    const { timing, advance } = fakeTiming();
    let training = true;
    const clock = new LiveClock(() => training, BEAT_MS, timing);
    const ran: number[] = [];
    clock.schedule(() => ran.push(1));
    advance(0);
    training = false;
    clock.schedule(() => ran.push(2));
    advance(16);
    expect(ran).toEqual([1, 2]);
  });

  it('drops a cancelled or cleared update', () => {
    const { timing, advance, pendingFrames } = fakeTiming();
    const clock = new LiveClock(() => false, BEAT_MS, timing);
    const ran: number[] = [];
    const cancel = clock.schedule(() => ran.push(1));
    cancel();
    expect(pendingFrames()).toBe(0);
    clock.schedule(() => ran.push(2));
    clock.clear();
    advance(16);
    expect(ran).toEqual([]);
  });
});

describe('LiveEvents', () => {
  it('merges the progress of one beat, keeping every curve point, and hands on the newest predictions after it', () => {
    const { timing, advance } = fakeTiming();
    const clock = new LiveClock(() => true, BEAT_MS, timing);
    const delivered: LiveEvent[] = [];
    const events = new LiveEvents((event) => delivered.push(event), clock.schedule);
    events.push(progress(1));
    advance(0);
    events.push({ type: 'predictions', batch: 1, epoch: 0, predictions: [] });
    events.push(progress(2));
    events.push({ type: 'predictions', batch: 3, epoch: 0, predictions: [] });
    events.push(progress(3));
    advance(499);
    expect(delivered.map((event) => event.type)).toEqual(['progress']);
    advance(1);
    expect(delivered).toHaveLength(3);
    const [, merged, predictions] = delivered;
    expect(merged.type === 'progress' && merged.points.map((point) => point.batch)).toEqual([2, 3]);
    expect(merged.batch).toBe(3);
    expect(predictions.type === 'predictions' && predictions.batch).toBe(3);
  });

  it('flush hands on what waits at once, and nothing twice', () => {
    const { timing, advance } = fakeTiming();
    const delivered: LiveEvent[] = [];
    const events = new LiveEvents((event) => delivered.push(event), new LiveClock(() => true, BEAT_MS, timing).schedule);
    events.push(progress(1));
    events.flush();
    expect(delivered.map((event) => event.batch)).toEqual([1]);
    advance(1000);
    expect(delivered).toHaveLength(1);
  });
});
