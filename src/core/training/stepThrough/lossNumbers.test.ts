import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { LOSS_IDS } from '../losses';
import { imageLossLatex, meanLossLatex } from './lossNumbers';

const compiles = (latex: string) => katex.renderToString(latex, { throwOnError: true, strict: 'error' });
const target = [0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
const output = [0.01, 0.02, 0.03, 0.5, 0.04, 0.1, 0.1, 0.1, 0.05, 0.05];

describe('loss formulas with numbers', () => {
  it('cross-entropy of a one-hot label is −log of the true class’s output', () => {
    const latex = imageLossLatex('categoricalCrossentropy', 2, { target, output, loss: -Math.log(0.5) });
    expect(latex.startsWith(String.raw`L_{2} = -\sum`)).toBe(true);
    expect(latex).toContain(String.raw`-\log \hat{y}_{3} = -\log 0.5 = 0.693147`);
  });

  it('cross-entropy of a smoothed target sums every class', () => {
    const smoothed = target.map((y) => y * 0.9 + 0.01);
    const latex = imageLossLatex('categoricalCrossentropy', 1, { target: smoothed, output, loss: 1 });
    expect(latex.match(/\\log/g)).toHaveLength(11);
  });

  it('the hinge takes the largest other output', () => {
    expect(imageLossLatex('categoricalHinge', 1, { target, output, loss: 0.6 })).toContain(String.raw`1 + 0.1 - 0.5`);
  });

  it('every loss compiles, and the mean lists each image', () => {
    for (const id of LOSS_IDS) expect(() => compiles(imageLossLatex(id, 1, { target, output, loss: 0.25 })), id).not.toThrow();
    const mean = meanLossLatex([1, 2, 3, 4], 2.5);
    expect(mean).toBe(String.raw`L = \frac{1}{4} \left(L_{1} + L_{2} + L_{3} + L_{4}\right) = \frac{1}{4} \left(1 + 2 + 3 + 4\right) = 2.5`);
    expect(() => compiles(mean)).not.toThrow();
  });
});
