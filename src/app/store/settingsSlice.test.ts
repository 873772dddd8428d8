import { describe, expect, it } from 'vitest';
import { defaultOptimizerParams } from '../../core/training/optimizers';
import { createAppStore } from './appStore';
import { numericFieldText, parseNumberText } from './numericSettings';
import { describeSettingProblem, findSettingProblems } from './settingsProblems';

function problemsOf(store: ReturnType<typeof createAppStore>) {
  const { settings, settingsText } = store.getState();
  return findSettingProblems(settings, settingsText);
}

describe('parseNumberText', () => {
  it('reads numbers as people type them', () => {
    expect(parseNumberText('1e-3')).toBe(0.001);
    expect(parseNumberText(' 64 ')).toBe(64);
    expect(parseNumberText('')).toBeNull();
    expect(parseNumberText('abc')).toBeNull();
    expect(parseNumberText('Infinity')).toBeNull();
  });
});

describe('settingsSlice', () => {
  it('keeps scientific notation as typed and uses its value', () => {
    const store = createAppStore();
    store.getState().setSettingText('learningRate', '1e-3');
    const { settings, settingsText } = store.getState();
    expect(settings.learningRate).toBe(0.001);
    expect(numericFieldText(settings, settingsText, 'learningRate')).toBe('1e-3');
    expect(problemsOf(store)).toEqual([]);
  });

  it('accepts a learning rate of 10000 and flags anything above, without clamping', () => {
    const store = createAppStore();
    store.getState().setSettingText('learningRate', '10000');
    expect(problemsOf(store)).toEqual([]);

    store.getState().setSettingText('learningRate', '20000');
    expect(store.getState().settings.learningRate).toBe(20000);
    const problems = problemsOf(store);
    expect(problems).toHaveLength(1);
    expect(describeSettingProblem(problems[0]!)).toContain('Learning rate');
  });

  it('flags a batch size of 10000 by name', () => {
    const store = createAppStore();
    store.getState().setSettingText('batchSize', '10000');
    expect(store.getState().settings.batchSize).toBe(10000);
    const words = problemsOf(store).map(describeSettingProblem);
    expect(words).toEqual([expect.stringContaining('Batch size')]);
  });

  it('keeps an empty field empty and flags it, leaving the last number in the settings', () => {
    const store = createAppStore();
    const before = store.getState().settings.epochs;
    store.getState().setSettingText('epochs', '');
    const { settings, settingsText } = store.getState();
    expect(numericFieldText(settings, settingsText, 'epochs')).toBe('');
    expect(settings.epochs).toBe(before);
    expect(problemsOf(store)).toEqual([{ kind: 'not-a-number', field: 'epochs', text: '' }]);
  });

  it('choosing an optimizer resets its hyperparameters', () => {
    const store = createAppStore();
    store.getState().chooseOptimizer('momentum');
    expect(store.getState().settings.optimizer).toBe('momentum');
    expect(store.getState().settings.optimizerParams).toEqual(defaultOptimizerParams('momentum'));
  });

  it('a choice replaces any typed text for that field', () => {
    const store = createAppStore();
    store.getState().setSettingText('seed', 'x');
    store.getState().setSetting('seed', 7);
    expect(store.getState().settingsText.seed).toBeUndefined();
    expect(problemsOf(store)).toEqual([]);
  });
});
