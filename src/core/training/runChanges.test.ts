import { describe, expect, it } from 'vitest';
import { findPreset } from '../network/presets';
import { DEFAULT_SETTINGS } from './settings';
import { runChanges } from './runChanges';

const mlp = findPreset('mlp')!.graph;

describe('runChanges', () => {
  it('finds nothing when only live settings or positions change', () => {
    const moved = { ...mlp, nodes: mlp.nodes.map((node, i) => (i === 1 ? { ...node, position: { x: 400, y: 20 } } : node)) };
    const now = { graph: moved, settings: { ...DEFAULT_SETTINGS, learningRate: 0.05, epochs: 3, augment: true } };
    expect(runChanges({ graph: mlp, settings: DEFAULT_SETTINGS }, now)).toEqual([]);
  });

  it('names the network and each setting the run is built from, with both values', () => {
    const lenet = findPreset('lenet5')!.graph;
    const now = { graph: lenet, settings: { ...DEFAULT_SETTINGS, batchSize: 32, optimizer: 'sgd' as const, learningRate: 0.1 } };
    expect(runChanges({ graph: mlp, settings: DEFAULT_SETTINGS }, now)).toEqual([
      { kind: 'network' },
      { kind: 'setting', key: 'optimizer', from: 'adam', to: 'sgd' },
      { kind: 'setting', key: 'batchSize', from: 64, to: 32 },
    ]);
  });
});
