import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_IDS, defaultOptimizerParams } from '../optimizers';
import { UPDATE_RULES, initialState, type UpdateInputs } from './updateRules';

const compiles = (latex: string) => katex.renderToString(latex, { throwOnError: true, strict: 'error' });

function inputs(overrides: Partial<UpdateInputs>): UpdateInputs {
  return { learningRate: 0.1, params: {}, step: 1, backendEpsilon: 1e-7, theta: 0.5, gradient: -0.2, state: {}, decay: 0, ...overrides };
}

describe('update rules against hand-computed numbers', () => {
  it('SGD: θ − η g', () => {
    expect(UPDATE_RULES.sgd.apply(inputs({})).theta).toBeCloseTo(0.5 + 0.02, 15);
  });

  it('Momentum: v = μ v + g, θ − η v', () => {
    const out = UPDATE_RULES.momentum.apply(inputs({ params: { momentum: 0.9 }, state: { momentum: 0.1 } }));
    expect(out.state.momentum).toBeCloseTo(0.9 * 0.1 - 0.2, 15);
    expect(out.theta).toBeCloseTo(0.5 - 0.1 * (0.09 - 0.2), 15);
  });

  it('Adam, first step: bias correction makes the step η·sign(g)', () => {
    const out = UPDATE_RULES.adam.apply(inputs({ learningRate: 0.001, params: defaultOptimizerParams('adam'), state: { m: 0, v: 0 } }));
    expect(out.state.m).toBeCloseTo(0.1 * -0.2, 15);
    expect(out.state.v).toBeCloseTo(0.001 * 0.04, 15);
    expect(out.theta).toBeCloseTo(0.5 + 0.001, 6);
  });

  it('Adagrad starts from its initial accumulator', () => {
    expect(initialState('adagrad', { initialAccumulatorValue: 0.1 })).toEqual({ accumulator: 0.1 });
    const out = UPDATE_RULES.adagrad.apply(inputs({ state: { accumulator: 0.1 } }));
    expect(out.state.accumulator).toBeCloseTo(0.14, 15);
    expect(out.theta).toBeCloseTo(0.5 + (0.1 * 0.2) / Math.sqrt(0.14 + 1e-7), 12);
  });

  it('decoupled decay scales the updated weight', () => {
    const out = UPDATE_RULES.sgd.apply(inputs({ decay: 0.01 }));
    expect(out.theta).toBeCloseTo(0.52 * 0.99, 15);
    expect(UPDATE_RULES.sgd.latex(inputs({ decay: 0.01 }), out)).toContain(String.raw`\theta' \cdot (1 - 0.01)`);
  });

  it('fills every rule in with the numbers and ends in the new weight', () => {
    for (const id of OPTIMIZER_IDS) {
      const params = defaultOptimizerParams(id);
      const before = inputs({ params, step: 3, state: initialState(id, params), theta: 0.25, gradient: -0.125 });
      const after = UPDATE_RULES[id].apply(before);
      const latex = UPDATE_RULES[id].latex(before, { ...after, theta: 0.375 });
      expect(() => compiles(latex), id).not.toThrow();
      expect(latex, id).toContain('0.25');
      expect(latex, id).toContain(String.raw`\left(-0.125\right)`);
      expect(latex.trimEnd().endsWith(String.raw`= 0.375 \end{aligned}`), id).toBe(true);
    }
  });

  it('writes Adam\u2019s step number into the bias corrections', () => {
    const params = defaultOptimizerParams('adam');
    const before = inputs({ params, step: 7, state: { m: 0.01, v: 0.0001 } });
    expect(UPDATE_RULES.adam.latex(before, UPDATE_RULES.adam.apply(before))).toContain('0.9^{7}');
  });
});
