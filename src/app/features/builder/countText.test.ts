import { describe, expect, it } from 'vitest';
import { formatCompactCount } from './countText';

describe('formatCompactCount', () => {
  it('keeps three significant digits with a metric suffix', () => {
    expect(formatCompactCount(0)).toBe('0');
    expect(formatCompactCount(999)).toBe('999');
    expect(formatCompactCount(50_890)).toBe('50.9 k');
    expect(formatCompactCount(1_863_690)).toBe('1.86 M');
    expect(formatCompactCount(2.5e9)).toBe('2.5 G');
  });
});
