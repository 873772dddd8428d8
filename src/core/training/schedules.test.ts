import { describe, it, expect } from 'vitest';
import katex from 'katex';
import { SCHEDULES, SCHEDULE_IDS, learningRateAt, warmupSteps } from './schedules';
import type { ScheduleId } from './types';

const at = (schedule: ScheduleId, step: number, stepsPerEpoch = 100, total = 1000) =>
  learningRateAt({ learningRate: 0.1, schedule }, step, stepsPerEpoch, total);

describe('schedules', () => {
  it('has the UI-contract labels in order and valid KaTeX', () => {
    expect(SCHEDULE_IDS.map((id) => SCHEDULES[id].label)).toEqual(['Constant', 'Step decay', 'Exponential decay', 'Cosine', 'Warmup + cosine']);
    for (const s of Object.values(SCHEDULES)) expect(() => katex.renderToString(s.latex, { throwOnError: true, strict: 'error' })).not.toThrow();
  });

  it('writes its constants into the formulas and the words', () => {
    expect(SCHEDULES.stepDecay.latex).toBe(String.raw`\eta_t = \eta_0 \cdot 0.5^{\lfloor 4t / T \rfloor}`);
    expect(SCHEDULES.exponentialDecay.latex).toBe(String.raw`\eta_t = \eta_0 \cdot 0.1^{\,t / T}`);
    expect(SCHEDULES.warmupCosine.description).toContain('10 % of the run');
  });

  it('constant keeps the rate', () => {
    expect([at('constant', 0), at('constant', 999)]).toEqual([0.1, 0.1]);
  });

  it('step decay halves at each quarter of the run', () => {
    expect(at('stepDecay', 0)).toBe(0.1);
    expect(at('stepDecay', 249)).toBe(0.1);
    expect(at('stepDecay', 250)).toBe(0.05);
    expect(at('stepDecay', 500)).toBe(0.025);
    expect(at('stepDecay', 999)).toBe(0.0125);
  });

  it('exponential decay reaches a tenth at the end', () => {
    expect(at('exponentialDecay', 0)).toBe(0.1);
    expect(at('exponentialDecay', 500)).toBeCloseTo(0.1 / Math.sqrt(10), 12);
    expect(at('exponentialDecay', 1000)).toBeCloseTo(0.01, 12);
  });

  it('cosine goes from the full rate through half to zero', () => {
    expect(at('cosine', 0)).toBe(0.1);
    expect(at('cosine', 500)).toBeCloseTo(0.05, 12);
    expect(at('cosine', 1000)).toBeCloseTo(0, 12);
  });

  it('warmup + cosine ramps up for min(one epoch, 10%) then decays', () => {
    expect(warmupSteps(100, 1000)).toBe(100);
    expect(warmupSteps(860, 860)).toBe(86);
    expect(at('warmupCosine', 0)).toBeCloseTo(0.001, 12);
    expect(at('warmupCosine', 49)).toBeCloseTo(0.05, 12);
    expect(at('warmupCosine', 99)).toBeCloseTo(0.1, 12);
    expect(at('warmupCosine', 100)).toBeCloseTo(0.1, 12);
    expect(at('warmupCosine', 550)).toBeCloseTo(0.05, 12);
    expect(at('warmupCosine', 1000)).toBeCloseTo(0, 12);
  });

  it('clamps steps outside the run and survives a one-step run', () => {
    expect(at('cosine', -5)).toBe(0.1);
    expect(at('cosine', 5000)).toBeCloseTo(0, 12);
    expect(at('warmupCosine', 0, 1, 1)).toBe(0.1);
  });
});
