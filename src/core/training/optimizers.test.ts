import { describe, it, expect } from 'vitest';
import katex from 'katex';
import { LOSSES, LOSS_IDS } from './losses';
import { OPTIMIZERS, OPTIMIZER_IDS, defaultOptimizerParams, formatLatexNumber, optimizerValueParts } from './optimizers';

const compiles = (latex: string) => katex.renderToString(latex, { throwOnError: true, strict: 'error' });

describe('optimizers', () => {
  it('has the UI-contract labels in order', () => {
    expect(OPTIMIZER_IDS.map((id) => OPTIMIZERS[id].label)).toEqual(['SGD', 'Momentum', 'Adagrad', 'Adadelta', 'RMSprop', 'Adam', 'Adamax']);
  });

  it('has the agreed hyperparameter defaults', () => {
    expect(defaultOptimizerParams('sgd')).toEqual({});
    expect(defaultOptimizerParams('momentum')).toEqual({ momentum: 0.9 });
    expect(defaultOptimizerParams('adagrad')).toEqual({ initialAccumulatorValue: 0.1 });
    expect(defaultOptimizerParams('adadelta')).toEqual({ rho: 0.95, epsilon: 1e-7 });
    expect(defaultOptimizerParams('rmsprop')).toEqual({ decay: 0.9, momentum: 0, epsilon: 1e-7 });
    expect(defaultOptimizerParams('adam')).toEqual({ beta1: 0.9, beta2: 0.999, epsilon: 1e-7 });
    expect(defaultOptimizerParams('adamax')).toEqual({ beta1: 0.9, beta2: 0.999, epsilon: 1e-7 });
  });

  it('writes values into KaTeX', () => {
    expect(optimizerValueParts('adam', 0.001, defaultOptimizerParams('adam'))).toEqual([
      String.raw`\eta = 0.001`,
      String.raw`\beta_1 = 0.9`,
      String.raw`\beta_2 = 0.999`,
      String.raw`\epsilon = 10^{-7}`,
    ]);
    expect(optimizerValueParts('sgd', 0.1, {})).toEqual([String.raw`\eta = 0.1`]);
    expect(optimizerValueParts('momentum', 0.01, { momentum: 0.5 })).toEqual([String.raw`\eta = 0.01`, String.raw`\mu = 0.5`]);
  });

  it('formats small and odd numbers', () => {
    expect(formatLatexNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatLatexNumber(2.5e-8)).toBe(String.raw`2.5 \times 10^{-8}`);
    expect(formatLatexNumber(0)).toBe('0');
    expect(formatLatexNumber(1e6)).toBe('10^{6}');
  });

  it('compiles every update rule and value string', () => {
    for (const o of Object.values(OPTIMIZERS)) {
      expect(() => compiles(o.latex), o.id).not.toThrow();
      for (const part of optimizerValueParts(o.id, 0.001, defaultOptimizerParams(o.id))) expect(() => compiles(part), o.id).not.toThrow();
      for (const h of o.hyperparams) expect(h.default >= h.min && h.default <= h.max, `${o.id}.${h.key}`).toBe(true);
    }
  });
});

describe('losses', () => {
  it('has the UI-contract labels in order and valid KaTeX', () => {
    expect(LOSS_IDS.map((id) => LOSSES[id].label)).toEqual(['Categorical cross-entropy', 'Mean squared error', 'Mean absolute error', 'Categorical hinge']);
    for (const l of Object.values(LOSSES)) expect(() => compiles(l.latex), l.id).not.toThrow();
    expect(LOSS_IDS.filter((id) => LOSSES[id].needsProbabilities)).toEqual(['categoricalCrossentropy']);
  });
});
