// Every numeric field of the settings table, and every optimizer
// hyperparameter: text out of range or no number at all is kept as typed,
// flagged with the field's name, and stops Train.
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../core/training/optimizers';
import { NUMERIC_SETTING_KEYS, SETTINGS_TABLE, settingLimit } from '../../core/training/settingsTable';
import { createAppStore } from './appStore';
import { numericFieldText } from './numericSettings';
import { describeRunBlocker, findRunBlockers } from './runBlockers';

function blockersOf(store: ReturnType<typeof createAppStore>) {
  const { graph, settings, settingsText } = store.getState();
  return findRunBlockers(graph, settings, settingsText).map((blocker) => describeRunBlocker(blocker, graph));
}

/** Texts just outside a limit, a fraction where a whole number is needed, and non-numbers. */
function badTexts(key: (typeof NUMERIC_SETTING_KEYS)[number]): string[] {
  const limit = settingLimit(key);
  const below = limit.minExclusive ? String(limit.min) : String(limit.min - 1);
  return [below, String(limit.max * 2 + 1), ...(limit.integer ? [String(limit.min + 0.5)] : []), 'abc', '', '1,5'];
}

describe('every numeric setting of SETTINGS_TABLE', () => {
  it('starts with no blockers', () => {
    expect(blockersOf(createAppStore())).toEqual([]);
  });

  for (const key of NUMERIC_SETTING_KEYS) {
    const label = SETTINGS_TABLE[key].label;
    it.each(badTexts(key))(`${label}: "%s" is kept as typed, flagged by name, and stops Train`, (text) => {
      const store = createAppStore();
      store.getState().setSettingText(key, text);
      const { settings, settingsText } = store.getState();
      expect(numericFieldText(settings, settingsText, key)).toBe(text);
      const blockers = blockersOf(store);
      expect(blockers).toHaveLength(1);
      expect(blockers[0]).toContain(label);
    });
  }
});

describe('every optimizer hyperparameter', () => {
  for (const optimizer of Object.values(OPTIMIZERS)) {
    for (const hyperparam of optimizer.hyperparams) {
      it(`${optimizer.label} ${hyperparam.label}: a value above its maximum is kept and stops Train`, () => {
        const store = createAppStore();
        store.getState().setSetting('optimizer', optimizer.id);
        const tooLarge = hyperparam.max + 1;
        store.getState().setOptimizerParam(hyperparam.key, tooLarge);
        expect(store.getState().settings.optimizerParams[hyperparam.key]).toBe(tooLarge);
        const blockers = blockersOf(store);
        expect(blockers).toHaveLength(1);
        expect(blockers[0]).toContain(hyperparam.label);
      });
    }
  }
});
