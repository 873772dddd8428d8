import { describe, expect, it } from 'vitest';
import { findPreset } from '../../../core/network/presets';
import type { NetworkGraph } from '../../../core/network/types';
import { activationsUsed } from './networkActivations';

describe('activationsUsed', () => {
  it('lists each activation of the MLP preset once, with its layers, in order of first use', () => {
    const graph = findPreset('mlp')?.graph as NetworkGraph;
    const uses = activationsUsed(graph);
    expect(uses.map((use) => use.id)).toEqual(['relu', 'softmax']);
    expect(uses[0]?.layers.length).toBe(2);
  });

  it('ignores layers without an activation and unknown ids', () => {
    const graph: NetworkGraph = {
      nodes: [
        { id: 'a', type: 'input', name: 'input', params: {}, position: { x: 0, y: 0 } },
        { id: 'b', type: 'flatten', name: 'flatten_1', params: {}, position: { x: 0, y: 0 } },
        { id: 'c', type: 'activation', name: 'act_1', params: { activation: 'nope' }, position: { x: 0, y: 0 } },
        { id: 'd', type: 'activation', name: 'act_2', params: { activation: 'tanh' }, position: { x: 0, y: 0 } },
      ],
      edges: [],
    };
    expect(activationsUsed(graph)).toEqual([{ id: 'tanh', layers: ['act_2'] }]);
  });
});
