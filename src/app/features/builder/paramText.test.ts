import { describe, expect, it } from 'vitest';
import { LAYER_CATALOGUE } from '../../../core/network/catalogue';
import type { ParamSpec } from '../../../core/network/catalogue';
import { paramProblem, parseShapeText, shapeText } from './paramText';

const spec = (type: keyof typeof LAYER_CATALOGUE, key: string): ParamSpec =>
  LAYER_CATALOGUE[type].params.find((p) => p.key === key) as ParamSpec;

describe('parseShapeText', () => {
  it('reads commas, x and × as separators', () => {
    expect(parseShapeText('28, 28, 1')).toEqual([28, 28, 1]);
    expect(parseShapeText('7x7X16')).toEqual([7, 7, 16]);
    expect(parseShapeText('-1 × 4')).toEqual([-1, 4]);
  });

  it('refuses text that is not a list of integers', () => {
    expect(parseShapeText('')).toBeNull();
    expect(parseShapeText('2.5, 3')).toBeNull();
    expect(parseShapeText('a, b')).toBeNull();
  });

  it('round-trips through shapeText', () => {
    expect(parseShapeText(shapeText([14, 14, 4]))).toEqual([14, 14, 4]);
  });
});

describe('paramProblem', () => {
  it('keeps out-of-range values and says what is allowed', () => {
    expect(paramProblem(spec('dense', 'units'), 32)).toBeNull();
    expect(paramProblem(spec('dense', 'units'), 5000)).toBe('Out of range: allowed integer 1..4096.');
    expect(paramProblem(spec('dense', 'units'), 2.5)).toMatch(/integer/);
    expect(paramProblem(spec('dropout', 'rate'), 0.99)).toBe('Out of range: allowed 0..0.95.');
  });
});
