import { describe, expect, it } from 'vitest';
import { sameArchitecture } from './compare';
import { chain, setParam } from './graph';

describe('sameArchitecture', () => {
  const graph = chain(['input', 'flatten', { type: 'dense', params: { units: 10, activation: 'softmax' } }]);

  it('ignores positions', () => {
    const moved = { ...graph, nodes: graph.nodes.map((n) => ({ ...n, position: { x: n.position.x + 50, y: 7 } })) };
    expect(sameArchitecture(graph, moved)).toBe(true);
  });

  it('notices a parameter, a wire or a layer that changed', () => {
    expect(sameArchitecture(graph, setParam(graph, 'dense_1', 'units', 11))).toBe(false);
    expect(sameArchitecture(graph, { ...graph, edges: graph.edges.slice(1) })).toBe(false);
    expect(sameArchitecture(graph, { ...graph, nodes: graph.nodes.slice(1) })).toBe(false);
  });
});
