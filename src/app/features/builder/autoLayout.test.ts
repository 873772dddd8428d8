import { describe, expect, it } from 'vitest';
import { chain, connect, createNode, NODE_SPACING } from '../../../core/network/graph';
import { findPreset } from '../../../core/network/presets';
import type { NetworkGraph } from '../../../core/network/types';
import { autoLayout, COLUMN_SPACING, layerDepths } from './autoLayout';

const wire = (graph: NetworkGraph, source: string, target: string): NetworkGraph => {
  const result = connect(graph, source, target);
  if ('error' in result) throw new Error(result.error);
  return result.graph;
};

describe('layerDepths', () => {
  it('puts each layer one row below its deepest input', () => {
    const resnet = findPreset('resnet')?.graph as NetworkGraph;
    const depth = layerDepths(resnet);
    expect(depth.input).toBe(0);
    expect(depth.conv2d_1).toBe(1);
    expect(depth.add_1).toBe(depth.conv2d_3 + 1);
    expect(Math.max(...Object.values(depth))).toBe(resnet.nodes.length - 1);
  });

  it('places layers on a loop below everything else', () => {
    let graph = chain(['input', 'flatten', 'dense']);
    graph = createNode(graph, 'dense');
    graph = { ...graph, edges: [...graph.edges, { id: 'a', source: 'dense_1', target: 'dense_2' }, { id: 'b', source: 'dense_2', target: 'dense_1' }] };
    const depth = layerDepths(graph);
    expect(depth.input).toBe(0);
    expect(new Set([depth.dense_1, depth.dense_2])).toEqual(new Set([2, 3]));
  });
});

describe('autoLayout', () => {
  it('stacks a chain top to bottom in one column', () => {
    const graph = chain(['input', 'flatten', 'dense']);
    const moved = { ...graph, nodes: graph.nodes.map((n, i) => ({ ...n, position: { x: i * 37, y: 40 - i * 50 } })) };
    const laidOut = autoLayout(moved);
    expect(laidOut.nodes.map((n) => n.position)).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: NODE_SPACING },
      { x: 0, y: 2 * NODE_SPACING },
    ]);
    expect(laidOut.edges).toBe(moved.edges);
  });

  it('spreads parallel branches side by side, centred, in the order of their old x', () => {
    let graph = chain(['input', 'flatten']);
    graph = createNode(graph, 'dense', { x: 300, y: 0 });
    graph = createNode(graph, 'dense', { x: -300, y: 0 });
    graph = createNode(graph, 'concatenate');
    graph = wire(wire(graph, 'flatten_1', 'dense_1'), 'flatten_1', 'dense_2');
    graph = wire(wire(graph, 'dense_1', 'concatenate_1'), 'dense_2', 'concatenate_1');
    const byId = Object.fromEntries(autoLayout(graph).nodes.map((n) => [n.id, n.position]));
    expect(byId.dense_2).toEqual({ x: -COLUMN_SPACING / 2, y: 2 * NODE_SPACING });
    expect(byId.dense_1).toEqual({ x: COLUMN_SPACING / 2, y: 2 * NODE_SPACING });
    expect(byId.concatenate_1).toEqual({ x: 0, y: 3 * NODE_SPACING });
  });

  it('keeps node objects that did not move and is idempotent', () => {
    const graph = chain(['input', 'flatten', 'dense']);
    const once = autoLayout(graph);
    expect(once.nodes[0]).toBe(graph.nodes[0]);
    expect(autoLayout(once)).toEqual(once);
  });
});
