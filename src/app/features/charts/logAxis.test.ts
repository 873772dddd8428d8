import { describe, expect, it } from 'vitest';
import { logAxisFor } from './logAxis';

describe('logAxisFor', () => {
  it('spans whole decades around the data with a tick per decade', () => {
    expect(logAxisFor([0.03, 2.3, null, 0.5])).toEqual({ domain: [0.01, 10], ticks: [0.01, 0.1, 1, 10] });
  });

  it('ignores zero, negative and non-finite values', () => {
    expect(logAxisFor([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 0.2])).toEqual({ domain: [0.1, 1], ticks: [0.1, 1] });
  });

  it('keeps at least one decade, and has a fallback with no data', () => {
    expect(logAxisFor([1, 1]).ticks).toEqual([1, 10]);
    expect(logAxisFor([]).domain).toEqual([0.01, 10]);
  });
});
