/// <reference types="vite/client" />
// Auto's timing on the tfjs CPU backend with real MNIST: a figure per backend
// (null for one that cannot start here), nothing left behind, and a pick
// remembered per network so the second time measures nothing.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/network/presets';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import type { BackendName } from '../../core/training/backends';
import { transientPickMemory } from './autoMemory';
import { measureBackends, measuredAutoPick } from './autoPick';
import { loadTestMnist } from './mnist.fixture';
import type { TimingTrial } from './timeBackend';

const mnist = loadTestMnist();
const mlp = PRESETS.find((preset) => preset.label === 'MLP 128-64-10')!;
// Node has neither WebGL nor the wasm files at their browser URLs: time CPU, and WebGL to see a backend that cannot start.
const cpuAndWebgl = (): { timed: BackendName[]; fallback: BackendName[] } => ({ timed: ['cpu', 'webgl'], fallback: [] });
const trial: TimingTrial = { graph: mlp.graph, settings: { ...DEFAULT_SETTINGS, backend: 'auto', batchSize: 32 }, train: mnist.train };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('Auto that measures', { timeout: 60_000 }, () => {
  it('times CPU, gives WebGL (not in Node) no figure, and leaves no tensors behind', async () => {
    const before = tf.memory().numTensors;
    const figures = await measureBackends(['cpu', 'webgl'], trial);
    expect(figures.map((figure) => figure.backend)).toEqual(['cpu', 'webgl']);
    expect(figures[0].samplesPerSecond).toBeGreaterThan(0);
    expect(Number.isFinite(figures[0].samplesPerSecond)).toBe(true);
    expect(figures[1].samplesPerSecond).toBeNull();
    expect(tf.getBackend()).toBe('cpu');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('measures the first time, then takes the remembered pick without timing again', async () => {
    const memory = transientPickMemory();
    const timedFor: string[][] = [];
    const first = await measuredAutoPick(trial, memory, (backends) => timedFor.push(backends), cpuAndWebgl);
    expect(timedFor).toHaveLength(1);
    expect(timedFor[0]).toEqual(['cpu', 'webgl']);
    expect(first?.backend).toBe('cpu');
    expect(first?.reason).toMatchObject({ code: 'measured', winner: 'cpu', figures: expect.arrayContaining([{ backend: 'cpu', samplesPerSecond: expect.any(Number) }]) });

    const second = await measuredAutoPick(trial, memory, (backends) => timedFor.push(backends), cpuAndWebgl);
    expect(timedFor).toHaveLength(1);
    expect(second).toEqual({ backend: 'cpu', reason: { code: 'remembered', winner: 'cpu', figures: first?.reason.code === 'measured' ? first.reason.figures : [] } });

    // Another batch size is another signature: it is measured anew.
    await measuredAutoPick({ ...trial, settings: { ...trial.settings, batchSize: 16 } }, memory, (backends) => timedFor.push(backends), cpuAndWebgl);
    expect(timedFor).toHaveLength(2);
  });

  it('times the fallback backends only when nothing but CPU could train the network', async () => {
    const timedFor: string[][] = [];
    const webglThenCpu = (): { timed: BackendName[]; fallback: BackendName[] } => ({ timed: ['webgl'], fallback: ['cpu'] });
    const pick = await measuredAutoPick(trial, transientPickMemory(), (backends) => timedFor.push(backends), webglThenCpu);
    // WebGL alone had nothing to be compared with, so it was only started (and failed in Node); then CPU was timed.
    expect(timedFor).toEqual([['cpu']]);
    expect(pick?.backend).toBe('cpu');
    expect(pick?.reason).toMatchObject({ code: 'measured', winner: 'cpu', figures: [{ backend: 'webgl', samplesPerSecond: null }, { backend: 'cpu', samplesPerSecond: expect.any(Number) }] });
  });

  it('takes a sole fast candidate untimed when it starts', async () => {
    const timedFor: string[][] = [];
    const cpuAlone = (): { timed: BackendName[]; fallback: BackendName[] } => ({ timed: ['cpu'], fallback: ['webgl'] });
    const pick = await measuredAutoPick(trial, transientPickMemory(), (backends) => timedFor.push(backends), cpuAlone);
    expect(timedFor).toEqual([]);
    expect(pick).toEqual({ backend: 'cpu', reason: { code: 'sole', winner: 'cpu', skipped: ['webgl'] } });
  });
});
