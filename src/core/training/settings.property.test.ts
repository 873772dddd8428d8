// Property tests of settings validation: for any values in any field (numbers
// at and past the limits, NaN, infinities, strings, objects, names that are
// also Object.prototype keys), validateSettings answers with coded issues on
// real fields, never an exception, and flags a number exactly when it is
// outside the settings table's limit. Built from the table, so a new setting
// is covered as soon as it is in it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, OPTIMIZER_IDS } from './optimizers';
import { DEFAULT_SETTINGS, isWithinLimit, validateSettings, type SettingIssue } from './settings';
import { NUMERIC_SETTING_KEYS, SETTING_KEYS, settingLimit, type NumericSettingKey } from './settingsTable';
import type { OptimizerId, TrainingSettings } from './types';

const RUNS = { numRuns: 500 };
/** Property runs take seconds on a busy 2-core machine; far under this, but above Vitest's 5 s default. */
const SLOW = { timeout: 60_000 };

/** Every code a settings issue can carry. */
const SETTING_ISSUE_CODES: readonly SettingIssue['code'][] = ['setting-out-of-range'];

/** Values no field should hold: every JS type, and strings that are also keys of every object. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, null, undefined),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

/** A number for a numeric setting: inside its limit, at or just past an edge, or anything at all. */
function numberArbitrary(key: NumericSettingKey): fc.Arbitrary<unknown> {
  const { min, max, integer } = settingLimit(key);
  const inside = integer ? fc.integer({ min: Math.ceil(min), max }) : fc.double({ min, max, noNaN: true });
  const edges = fc.constantFrom(min, max, min - 1, max + 1, min + 0.5, max - 0.5, min - Number.EPSILON, max * 2);
  return fc.oneof({ weight: 3, arbitrary: inside }, { weight: 2, arbitrary: edges }, { weight: 1, arbitrary: garbage });
}

/** Hyperparameters for an optimizer: each at random, some left out, strays added. */
const optimizerParamsArbitrary = (optimizer: OptimizerId): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record(Object.fromEntries(OPTIMIZERS[optimizer].hyperparams.map((h) => [h.key, fc.oneof(fc.double({ min: h.min - 1, max: h.max + 1 }), garbage)])), { requiredKeys: [] }) },
    { weight: 1, arbitrary: garbage },
  );

/** Settings with every field of the table at random: its default, a number for its limit, or garbage. */
const settingsArbitrary: fc.Arbitrary<TrainingSettings> = fc
  .oneof({ weight: 4, arbitrary: fc.constantFrom<unknown>(...OPTIMIZER_IDS) }, { weight: 1, arbitrary: garbage })
  .chain((optimizer) => {
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const key of SETTING_KEYS) fields[key] = fc.oneof(fc.constant(DEFAULT_SETTINGS[key]), garbage);
    for (const key of NUMERIC_SETTING_KEYS) fields[key] = numberArbitrary(key);
    fields.optimizer = fc.constant(optimizer);
    fields.optimizerParams = typeof optimizer === 'string' && Object.hasOwn(OPTIMIZERS, optimizer) ? optimizerParamsArbitrary(optimizer as OptimizerId) : garbage;
    return fc.record(fields, { requiredKeys: [] });
  }) as fc.Arbitrary<unknown> as fc.Arbitrary<TrainingSettings>;

/** Settings whose every field is valid: defaults for the rest, any value inside the limit for numbers. */
const validSettingsArbitrary: fc.Arbitrary<TrainingSettings> = fc.constantFrom(...OPTIMIZER_IDS).chain((optimizer) => {
  const numbers: Record<string, fc.Arbitrary<number>> = {};
  for (const key of NUMERIC_SETTING_KEYS) {
    const { min, max, integer, minExclusive } = settingLimit(key);
    numbers[key] = integer ? fc.integer({ min: Math.ceil(min), max }) : fc.double({ min, max, noNaN: true, minExcluded: minExclusive ?? false });
  }
  const hyperparams = fc.record(Object.fromEntries(OPTIMIZERS[optimizer].hyperparams.map((h) => [h.key, fc.double({ min: h.min, max: h.max, noNaN: true })])));
  return fc
    .record({ numbers: fc.record(numbers), optimizerParams: hyperparams })
    .map(({ numbers: values, optimizerParams }) => ({ ...DEFAULT_SETTINGS, ...values, optimizer, optimizerParams }) as TrainingSettings);
});

describe('validateSettings, for any settings,', SLOW, () => {
  it('answers with coded issues on real fields, never an exception', () => {
    fc.assert(
      fc.property(settingsArbitrary, (settings) => {
        const issues = validateSettings(settings);
        const optimizer = typeof settings.optimizer === 'string' && Object.hasOwn(OPTIMIZERS, settings.optimizer) ? OPTIMIZERS[settings.optimizer] : null;
        const fields = new Set<string>([...SETTING_KEYS, ...(optimizer?.hyperparams ?? []).map((h) => `optimizerParams.${h.key}`)]);
        for (const issue of issues) {
          expect(SETTING_ISSUE_CODES).toContain(issue.code);
          expect(fields.has(issue.field)).toBe(true);
        }
        expect(new Set(issues.map((issue) => issue.field)).size).toBe(issues.length);
      }),
      RUNS,
    );
  });

  it('flags a number exactly when it is outside its limit, and says the limit', () => {
    fc.assert(
      fc.property(settingsArbitrary, (settings) => {
        const issues = validateSettings(settings);
        for (const key of NUMERIC_SETTING_KEYS) {
          const limit = settingLimit(key);
          const issue = issues.find((candidate) => candidate.field === key);
          expect(issue !== undefined).toBe(!isWithinLimit(settings[key], limit));
          if (issue) expect(issue.params).toEqual({ min: limit.min, max: limit.max });
        }
      }),
      RUNS,
    );
  });

  it('finds nothing wrong with settings whose every value is inside its limit', () => {
    fc.assert(
      fc.property(validSettingsArbitrary, (settings) => {
        expect(validateSettings(settings)).toEqual([]);
      }),
      RUNS,
    );
  });
});
