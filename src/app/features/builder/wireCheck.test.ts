import { describe, expect, it } from 'vitest';
import { chain, createNode, disconnect } from '../../../core/network/graph';
import { checkWire } from './wireCheck';

const blank = chain(['input', 'flatten', { type: 'dense', params: { units: 10, activation: 'softmax' } }]);

describe('checkWire', () => {
  it('accepts a wire that fits and returns the wired graph', () => {
    const graph = createNode(blank, 'dense');
    const result = checkWire(graph, 'flatten_1', 'dense_2');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.edges).toContainEqual({ id: 'flatten_1->dense_2', source: 'flatten_1', target: 'dense_2' });
  });

  it('refuses a loop, naming both layers', () => {
    const result = checkWire(blank, 'dense_1', 'flatten_1');
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/dense_1 to flatten_1 would make a loop/) });
    expect(checkWire(blank, 'dense_1', 'dense_1').ok).toBe(false);
  });

  it('refuses wires into the input layer and into a layer that already has its input', () => {
    expect(checkWire(blank, 'flatten_1', 'input')).toEqual({ ok: false, reason: expect.stringMatching(/input layer takes no inputs/) });
    const graph = createNode(blank, 'dense');
    expect(checkWire(graph, 'dense_2', 'dense_1')).toEqual({ ok: false, reason: expect.stringMatching(/already has its one input/) });
  });

  it('refuses shapes the target cannot take, in words', () => {
    const graph = createNode(blank, 'conv2d');
    const result = checkWire(graph, 'flatten_1', 'conv2d_1');
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/conv2d_1 needs an image-shaped input/) });
  });

  it('refuses Add inputs of different shapes but accepts matching ones', () => {
    let graph = createNode(disconnect(blank, 'flatten_1->dense_1'), 'add');
    graph = checkWire(graph, 'flatten_1', 'add_1').ok ? (checkWire(graph, 'flatten_1', 'add_1') as { graph: typeof graph }).graph : graph;
    expect(checkWire(graph, 'input', 'add_1')).toEqual({ ok: false, reason: expect.stringMatching(/same shape/) });
    graph = createNode(graph, 'dense', undefined, { units: 784 });
    graph = (checkWire(graph, 'flatten_1', 'dense_2') as { graph: typeof graph }).graph;
    expect(checkWire(graph, 'dense_2', 'add_1').ok).toBe(true);
  });

  it('refuses ids that are not in the graph', () => {
    expect(checkWire(blank, 'nope', 'dense_1').ok).toBe(false);
  });
});
