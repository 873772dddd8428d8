import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { lossLatex } from './lossFormula';
import { LOSSES } from './losses';

const base = { loss: 'categoricalCrossentropy' as const, labelSmoothing: 0, weightDecay: 0, weightDecayType: 'decoupled' as const };

describe('the loss formula', () => {
  it('is the catalogue formula with nothing added', () => {
    expect(lossLatex(base)).toBe(LOSSES.categoricalCrossentropy.latex);
    expect(lossLatex({ ...base, weightDecay: 0.01 })).toBe(LOSSES.categoricalCrossentropy.latex);
  });

  it('shows label smoothing and an L2 or L1 term with their values, in valid KaTeX', () => {
    const smoothed = lossLatex({ ...base, labelSmoothing: 0.1, weightDecay: 0.001, weightDecayType: 'l2' });
    expect(smoothed).toContain(String.raw`\tilde{y}_k`);
    expect(smoothed).toContain(String.raw`\varepsilon = 0.1`);
    expect(smoothed).toContain(String.raw`\lambda \sum_{w} w^2`);
    expect(lossLatex({ ...base, weightDecay: 0.001, weightDecayType: 'l1' })).toContain(String.raw`\lambda \sum_{w} |w|`);
    for (const latex of [smoothed, lossLatex({ ...base, weightDecay: 0.5, weightDecayType: 'l1' })]) {
      expect(() => katex.renderToString(latex, { throwOnError: true, strict: 'error' })).not.toThrow();
    }
  });

  it('smooths only cross-entropy', () => {
    expect(lossLatex({ ...base, loss: 'meanSquaredError', labelSmoothing: 0.2 })).toBe(LOSSES.meanSquaredError.latex);
  });
});
