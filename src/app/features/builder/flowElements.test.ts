import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../core/network/analyze';
import { chain, insertAfter, setParam } from '../../../core/network/graph';
import { findPreset } from '../../../core/network/presets';
import type { NetworkGraph } from '../../../core/network/types';
import { isWholesaleChange, toFlowEdges, toFlowNodes } from './flowElements';

const blank = findPreset('blank')?.graph as NetworkGraph;

describe('toFlowNodes', () => {
  it('names each node "Layer <name>" and shows its shape, parameters and type', () => {
    const nodes = toFlowNodes(blank, analyzeNetwork(blank), 'dense_1', {}, {});
    expect(nodes.map((n) => n.ariaLabel)).toEqual(['Layer input', 'Layer flatten_1', 'Layer dense_1']);
    const dense = nodes[2];
    expect(dense.selected).toBe(true);
    expect(dense.data).toMatchObject({ typeLabel: 'Dense', shape: '10', params: 7850, isOutput: true, problems: [] });
    expect(nodes[0].data.hasInputHandle).toBe(false);
    expect(nodes[0].deletable).toBe(false);
  });

  it('lists in topological order and puts problems in words on their node', () => {
    const graph = insertAfter(blank, 'flatten_1', 'conv2d');
    const nodes = toFlowNodes(graph, analyzeNetwork(graph), null, {}, {});
    expect(nodes.map((n) => n.id)).toEqual(['input', 'flatten_1', 'conv2d_1', 'dense_1']);
    expect(nodes[2].data.problems).toEqual([expect.stringMatching(/^needs an image-shaped input/)]);
    expect(nodes[2].data.shape).toBe('—');
  });

  it('uses positions of a drag in progress and hands back measured sizes', () => {
    const nodes = toFlowNodes(blank, analyzeNetwork(blank), null, { input: { x: 5, y: 6 } }, { input: { width: 1, height: 2 } });
    expect(nodes[0].position).toEqual({ x: 5, y: 6 });
    expect(nodes[0].measured).toEqual({ width: 1, height: 2 });
    expect(nodes[1].position).toEqual(blank.nodes[1].position);
  });
});

describe('toFlowEdges', () => {
  it('names wires by the layers they join', () => {
    const edges = toFlowEdges(blank, 'input->flatten_1');
    expect(edges[0]).toMatchObject({ ariaLabel: 'Wire from input to flatten_1', selected: true, type: 'wire' });
  });
});

describe('isWholesaleChange', () => {
  it('is true for another preset or a new layout and false for edits of a layer or two', () => {
    expect(isWholesaleChange(blank, findPreset('mlp')?.graph as NetworkGraph)).toBe(true);
    expect(isWholesaleChange(blank, chain(['input', 'flatten', 'dense']))).toBe(true);
    expect(isWholesaleChange(blank, insertAfter(blank, null, 'dense'))).toBe(false);
    expect(isWholesaleChange(blank, setParam(blank, 'dense_1', 'units', 3))).toBe(false);
    expect(isWholesaleChange(blank, blank)).toBe(false);
  });
});
