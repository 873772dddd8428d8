import { describe, it, expect } from 'vitest';
import { analyzeNetwork } from './analyze';
import { chain, connect, createNode, disconnect, insertAfter, nextName, outputNodeId, removeNode, setParam, topologicalOrder } from './graph';
import { findPreset } from './presets';
import type { NetworkGraph } from './types';

const blank = (): NetworkGraph => structuredClone(findPreset('blank')?.graph ?? { nodes: [], edges: [] });
const params = (graph: NetworkGraph) => analyzeNetwork(graph, 'categoricalCrossentropy').trainableParams;
const names = (graph: NetworkGraph) => topologicalOrder(graph).map((id) => graph.nodes.find((n) => n.id === id)?.name);

describe('graph edits', () => {
  it('insertAfter Flatten on Blank, then Dense 32, gives 25,450 parameters', () => {
    const before = blank();
    const inserted = insertAfter(before, 'flatten_1', 'dense');
    const added = inserted.nodes[inserted.nodes.length - 1];
    expect(added.name).toBe('dense_2');
    expect(names(inserted)).toEqual(['input', 'flatten_1', 'dense_2', 'dense_1']);
    const graph = setParam(inserted, added.id, 'units', 32);
    expect(params(graph)).toBe(25_450);
    expect(analyzeNetwork(graph, 'categoricalCrossentropy').issues).toEqual([]);
    expect(before).toEqual(blank());
  });

  it('insertAfter(null) goes just before the output', () => {
    const graph = insertAfter(blank(), null, 'dropout');
    expect(names(graph)).toEqual(['input', 'flatten_1', 'dropout_1', 'dense_1']);
    expect(outputNodeId(graph)).toBe('dense_1');
  });

  it('insertAfter shifts downstream nodes down by 100', () => {
    const graph = insertAfter(blank(), 'flatten_1', 'dense');
    const y = (name: string) => graph.nodes.find((n) => n.name === name)?.position.y;
    expect([y('input'), y('flatten_1'), y('dense_2'), y('dense_1')]).toEqual([0, 100, 200, 300]);
  });

  it('removing the inserted layer restores 7,850 parameters and the layout', () => {
    const graph = setParam(insertAfter(blank(), 'flatten_1', 'dense'), 'dense_2', 'units', 32);
    const removed = removeNode(graph, 'dense_2');
    expect(params(removed)).toBe(7_850);
    expect(removed.edges.map((e) => [e.source, e.target])).toEqual([
      ['input', 'flatten_1'],
      ['flatten_1', 'dense_1'],
    ]);
    expect(removed.nodes.map((n) => n.position.y)).toEqual([0, 100, 200]);
  });

  it('removeNode rewires a single input to all outputs, keeping Concatenate order', () => {
    let graph = chain(['input', 'flatten', 'dropout', 'concatenate', { type: 'dense', params: { units: 10, activation: 'softmax' } }]);
    graph = createNode(graph, 'dense');
    graph = { nodes: graph.nodes, edges: [...graph.edges, { id: 'x', source: 'dropout_1', target: 'dense_2' }, { id: 'y', source: 'dense_2', target: 'concatenate_1' }] };
    const removed = removeNode(graph, 'dropout_1');
    expect(removed.edges.filter((e) => e.source === 'flatten_1').map((e) => e.target)).toEqual(['concatenate_1', 'dense_2']);
    expect(analyzeNetwork(removed).inputsOf.concatenate_1).toEqual(['flatten_1', 'dense_2']);
  });

  it('removeNode drops a wire that would duplicate an existing one', () => {
    const resnet = findPreset('resnet')?.graph as NetworkGraph;
    const a = removeNode(removeNode(resnet, 'conv2d_2'), 'conv2d_3');
    expect(a.edges.filter((e) => e.target === 'add_1').map((e) => e.source)).toEqual(['conv2d_1']);
    expect(analyzeNetwork(a).issues.map((i) => [i.code, i.nodeId])).toEqual([['too-few-inputs', 'add_1']]);
  });

  it('removeNode refuses the input layer', () => {
    const graph = blank();
    expect(removeNode(graph, 'input')).toBe(graph);
  });

  it('connect refuses cycles and self-loops with a code', () => {
    const graph = chain(['input', 'flatten', 'add', { type: 'dense', params: { units: 10, activation: 'softmax' } }]);
    expect(connect(graph, 'dense_1', 'add_1')).toEqual({ error: 'cycle' });
    expect(connect(graph, 'add_1', 'add_1')).toEqual({ error: 'cycle' });
    expect(connect(createNode(graph, 'dropout'), 'dropout_1', 'input')).toEqual({ error: 'too-many-inputs' });
    expect(connect(graph, 'input', 'dense_1')).toEqual({ error: 'too-many-inputs' });
    expect(connect(graph, 'input', 'nope')).toEqual({ error: 'disconnected' });
    const ok = connect(graph, 'input', 'add_1');
    expect('graph' in ok && ok.graph.edges.length).toBe(graph.edges.length + 1);
    expect(connect(graph, 'flatten_1', 'add_1')).toEqual({ graph });
  });

  it('disconnect removes one wire by id', () => {
    const graph = blank();
    expect(disconnect(graph, graph.edges[0].id).edges).toEqual([graph.edges[1]]);
  });

  it('generates unique names and ids', () => {
    let graph = blank();
    graph = createNode(graph, 'dense');
    graph = createNode(graph, 'conv2d');
    graph = createNode(graph, 'maxPool2d');
    graph = createNode(graph, 'input');
    expect(graph.nodes.map((n) => n.name)).toEqual(['input', 'flatten_1', 'dense_1', 'dense_2', 'conv2d_1', 'max_pool2d_1', 'input_1']);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    expect(nextName(removeNode(graph, 'dense_1'), 'dense')).toBe('dense_3');
  });

  it('topologicalOrder leaves out nodes on loops', () => {
    const graph = chain(['input', 'flatten', 'dense', 'dense']);
    graph.edges.push({ id: 'back', source: 'dense_2', target: 'dense_1' });
    expect(topologicalOrder(graph)).toEqual(['input', 'flatten_1']);
  });
});
