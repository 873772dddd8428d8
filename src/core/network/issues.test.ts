import { describe, it, expect } from 'vitest';
import { analyzeNetwork, MAX_PARAMETERS } from './analyze';
import { chain, createNode } from './graph';
import type { ChainItem } from './graph';
import type { Issue, IssueCode } from './issues';
import { ISSUE_CODES } from './issues';
import type { Edge, NetworkGraph } from './types';
import type { LossId } from '../training/types';

const wire = (source: string, target: string): Edge => ({ id: `${source}->${target}`, source, target });
const withEdges = (graph: NetworkGraph, ...edges: Edge[]): NetworkGraph => ({ nodes: graph.nodes, edges: [...graph.edges, ...edges] });
const withoutEdge = (graph: NetworkGraph, source: string, target: string): NetworkGraph => ({
  nodes: graph.nodes,
  edges: graph.edges.filter((e) => !(e.source === source && e.target === target)),
});
const dense = (units: number, activation = 'relu'): ChainItem => ({ type: 'dense', params: { units, activation } });
const softmax10 = dense(10, 'softmax');
const conv = (params: Record<string, number | string>): ChainItem => ({ type: 'conv2d', params });

interface Case {
  code: IssueCode;
  graph: NetworkGraph;
  loss?: LossId;
  /** The node the issue must sit on; undefined for whole-network issues. */
  nodeId?: string;
  params?: Issue['params'];
}

const cases: Case[] = [
  {
    code: 'cycle',
    graph: withEdges(chain(['input', 'flatten', dense(32), dense(32), softmax10]), wire('dense_2', 'dense_1')),
    nodeId: 'dense_1',
  },
  {
    code: 'disconnected',
    graph: createNode(chain(['input', 'flatten', softmax10]), 'dropout'),
    nodeId: 'dropout_1',
  },
  {
    code: 'missing-input',
    graph: withoutEdge(chain(['input', 'flatten', dense(32), softmax10]), 'flatten_1', 'dense_1'),
    nodeId: 'dense_1',
  },
  {
    code: 'too-many-inputs',
    graph: withEdges(chain(['input', 'flatten', dense(32), softmax10]), wire('flatten_1', 'dense_2')),
    nodeId: 'dense_2',
    params: { max: 1, count: 2 },
  },
  {
    code: 'too-few-inputs',
    graph: chain(['input', 'flatten', 'add', softmax10]),
    nodeId: 'add_1',
    params: { min: 2, count: 1 },
  },
  {
    code: 'no-input-layer',
    graph: chain(['flatten', softmax10]),
  },
  {
    code: 'multiple-input-layers',
    graph: withEdges(
      createNode(createNode(chain(['input', 'flatten', 'concatenate', softmax10]), 'input'), 'flatten'),
      wire('input_1', 'flatten_2'),
      wire('flatten_2', 'concatenate_1'),
    ),
    nodeId: 'input_1',
  },
  {
    code: 'no-output',
    graph: withEdges(chain(['input', 'flatten', 'add', dense(784)]), wire('dense_1', 'add_1')),
  },
  {
    code: 'multiple-outputs',
    graph: withEdges(createNode(chain(['input', 'flatten', softmax10]), 'dropout'), wire('flatten_1', 'dropout_1')),
    nodeId: 'dropout_1',
  },
  {
    code: 'add-shape-mismatch',
    graph: withEdges(chain(['input', 'flatten', dense(32), 'add', softmax10]), wire('flatten_1', 'add_1')),
    nodeId: 'add_1',
    params: { shapes: '32, 784' },
  },
  {
    code: 'concat-shape-mismatch',
    graph: withEdges(chain(['input', conv({ filters: 8, strides: 2 }), 'concatenate', 'flatten', softmax10]), wire('input', 'concatenate_1')),
    nodeId: 'concatenate_1',
    params: { shapes: '14×14×8, 28×28×1' },
  },
  {
    code: 'needs-spatial-input',
    graph: chain(['input', 'flatten', { type: 'maxPool2d' }, softmax10]),
    nodeId: 'max_pool2d_1',
    params: { shape: '784' },
  },
  {
    code: 'needs-flat-input',
    graph: chain(['input', softmax10]),
    nodeId: 'dense_1',
    params: { shape: '28×28×1' },
  },
  {
    code: 'kernel-too-large',
    graph: chain(['input', conv({ kernelSize: 5, padding: 'valid', strides: 4 }), conv({ kernelSize: 8, padding: 'valid' }), 'flatten', softmax10]),
    nodeId: 'conv2d_2',
    params: { size: '8×8', shape: '6×6×16' },
  },
  {
    code: 'reshape-size-mismatch',
    graph: chain(['input', 'flatten', { type: 'reshape', params: { targetShape: [27, 28, 1] } }, 'flatten', softmax10]),
    nodeId: 'reshape_1',
    params: { shape: '784', from: 784, target: '27×28×1' },
  },
  {
    code: 'output-not-10-classes',
    graph: chain(['input', 'flatten', dense(12, 'softmax')]),
    nodeId: 'dense_1',
    params: { shape: '12' },
  },
  {
    code: 'output-not-probabilities',
    graph: chain(['input', 'flatten', dense(10, 'linear')]),
    loss: 'categoricalCrossentropy',
    nodeId: 'dense_1',
  },
  {
    code: 'param-out-of-range',
    graph: chain(['input', 'flatten', dense(10.5, 'softmax')]),
    nodeId: 'dense_1',
    params: { key: 'units', value: '10.5', allowed: 'integer 1..4096' },
  },
  {
    code: 'too-many-parameters',
    graph: chain(['input', 'flatten', dense(4096), dense(4096), dense(4096), softmax10]),
    params: { count: 784 * 4096 + 4096 + 2 * (4096 * 4096 + 4096) + 40_970, max: MAX_PARAMETERS, layer: 'dense_2', layerCount: 4096 * 4096 + 4096 },
  },
];

describe('analyzeNetwork issues', () => {
  it('has one case per issue code', () => {
    expect(cases.map((c) => c.code).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it.each(cases)('reports $code', ({ code, graph, loss, nodeId, params }) => {
    const { issues } = analyzeNetwork(graph, loss);
    const found = issues.filter((i) => i.code === code);
    expect(found.length, JSON.stringify(issues)).toBeGreaterThan(0);
    const issue = nodeId === undefined ? found[0] : found.find((i) => i.nodeId === nodeId);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    if (nodeId === undefined) expect(issue?.nodeId).toBeUndefined();
    if (params) expect(issue?.params).toEqual(params);
  });

  it('gives downstream nodes of a broken node a null shape without extra issues', () => {
    const graph = chain(['input', softmax10, dense(10, 'softmax'), dense(10, 'softmax')]);
    const analysis = analyzeNetwork(graph, 'categoricalCrossentropy');
    expect(analysis.issues).toEqual([{ code: 'needs-flat-input', nodeId: 'dense_1', params: { shape: '28×28×1' } }]);
    expect(analysis.nodes.dense_2.outputShape).toBeNull();
    expect(analysis.nodes.dense_3.outputShape).toBeNull();
    expect(analysis.totalParams).toBe(0);
  });

  it('accepts a separate Activation softmax as the probability output', () => {
    const graph = chain(['input', 'flatten', dense(10, 'linear'), { type: 'activation', params: { activation: 'softmax' } }]);
    expect(analyzeNetwork(graph, 'categoricalCrossentropy').issues).toEqual([]);
  });

  it('does not ask for softmax with losses that do not need probabilities', () => {
    const graph = chain(['input', 'flatten', dense(10, 'linear')]);
    expect(analyzeNetwork(graph, 'meanSquaredError').issues).toEqual([]);
    expect(analyzeNetwork(graph).issues).toEqual([]);
  });

  it('flags choice, bool and float params outside the catalogue', () => {
    const bad = (item: ChainItem) => analyzeNetwork(chain(['input', 'flatten', item, softmax10])).issues.map((i) => i.code);
    expect(bad({ type: 'dropout', params: { rate: 0.99 } })).toEqual(['param-out-of-range']);
    expect(bad({ type: 'dense', params: { activation: 'gelu' } })).toEqual(['param-out-of-range']);
    expect(bad({ type: 'dense', params: { useBias: 'yes' } })).toEqual(['param-out-of-range']);
    expect(bad({ type: 'dense', params: { units: 0 } })).toEqual(['param-out-of-range']);
    expect(bad({ type: 'dense', params: { units: 4097 } })).toEqual(['param-out-of-range']);
    expect(bad({ type: 'dense', params: { units: 4096 } })).toEqual([]);
  });
});

describe('the too-many-parameters issue', () => {
  it('carries the counts and names the layer with the most parameters', () => {
    const graph = chain(['input', 'flatten', dense(4096), dense(4096), dense(4096), softmax10]);
    const issue = analyzeNetwork(graph, 'categoricalCrossentropy').issues.find((i) => i.code === 'too-many-parameters');
    expect(issue?.params).toEqual({ count: 36818954, max: 20000000, layer: 'dense_2', layerCount: 16781312 });
  });
});
