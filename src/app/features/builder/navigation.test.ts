import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../core/network/analyze';
import { chain, createNode } from '../../../core/network/graph';
import { findPreset } from '../../../core/network/presets';
import type { NetworkGraph } from '../../../core/network/types';
import { arrowDirection, neighbourLayer } from './navigation';

const resnet = findPreset('resnet')?.graph as NetworkGraph;
const order = analyzeNetwork(resnet).order;

describe('arrowDirection', () => {
  it('maps the four arrows and nothing else', () => {
    expect(arrowDirection('ArrowDown')).toBe('down');
    expect(arrowDirection('ArrowLeft')).toBe('left');
    expect(arrowDirection('Enter')).toBeNull();
  });
});

describe('neighbourLayer', () => {
  it('starts at the first layer in focus order when nothing is selected', () => {
    expect(neighbourLayer(resnet, order, null, 'down')).toBe('input');
    expect(neighbourLayer(resnet, order, 'gone', 'up')).toBe('input');
  });

  it('follows wires down and up, and stays at the ends', () => {
    expect(neighbourLayer(resnet, order, 'input', 'down')).toBe('conv2d_1');
    expect(neighbourLayer(resnet, order, 'add_1', 'up')).toBe('conv2d_3');
    expect(neighbourLayer(resnet, order, 'input', 'up')).toBe('input');
    expect(neighbourLayer(resnet, order, 'dense_1', 'down')).toBe('dense_1');
  });

  it('falls back to focus order for a layer without wires', () => {
    const graph = createNode(chain(['input', 'flatten']), 'dense', { x: 0, y: 500 });
    const ids = analyzeNetwork(graph).order;
    expect(neighbourLayer(graph, ids, 'dense_1', 'up')).toBe(ids[ids.indexOf('dense_1') - 1]);
  });

  it('steps left and right along a row to the nearest layer', () => {
    let graph = chain(['input']);
    graph = createNode(graph, 'dense', { x: 300, y: 10 });
    graph = createNode(graph, 'dense', { x: 600, y: -20 });
    graph = createNode(graph, 'dense', { x: 150, y: 400 });
    const ids = graph.nodes.map((n) => n.id);
    expect(neighbourLayer(graph, ids, 'input', 'right')).toBe('dense_1');
    expect(neighbourLayer(graph, ids, 'dense_1', 'right')).toBe('dense_2');
    expect(neighbourLayer(graph, ids, 'dense_2', 'left')).toBe('dense_1');
    expect(neighbourLayer(graph, ids, 'input', 'left')).toBe('input');
  });
});
