import { afterEach, describe, expect, it, vi } from 'vitest';
import { Throughput } from './throughput';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Throughput', () => {
  it('shows a first value at once but calls it settled only after a full window', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const throughput = new Throughput();
    // Warm-up: the first batch takes 800 ms.
    now = 800;
    throughput.record(64);
    expect(throughput.value).toBe(80);
    expect(throughput.settled).toBe(0);
    // Then 7 batches in 200 ms: 512 samples in 1 s of window.
    now = 1000;
    throughput.record(7 * 64);
    expect(throughput.settled).toBe(512);
    expect(throughput.value).toBe(512);
  });
});
