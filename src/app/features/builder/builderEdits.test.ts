import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../core/network/analyze';
import { findPreset } from '../../../core/network/presets';
import type { NetworkGraph } from '../../../core/network/types';
import { addLayer, deleteLayer, moveLayers, placeLayer } from './builderEdits';

const blank = findPreset('blank')?.graph as NetworkGraph;

describe('builder edits', () => {
  it('adds before the output when nothing is selected, and selects the new layer', () => {
    const { graph, select } = addLayer(blank, null, 'dense');
    expect(select).toBe('dense_2');
    expect(analyzeNetwork(graph).order).toEqual(['input', 'flatten_1', 'dense_2', 'dense_1']);
    expect(analyzeNetwork(graph).trainableParams).toBe(784 * 64 + 64 + 64 * 10 + 10);
  });

  it('adds after the selected layer', () => {
    const { graph } = addLayer(blank, 'input', 'conv2d');
    expect(analyzeNetwork(graph).order).toEqual(['input', 'conv2d_1', 'flatten_1', 'dense_1']);
  });

  it('places an unwired layer where it was dropped', () => {
    const { graph, select } = placeLayer(blank, 'dropout', { x: 10.4, y: 99.6 });
    expect(graph.nodes.at(-1)).toMatchObject({ id: 'dropout_1', position: { x: 10, y: 100 } });
    expect(graph.edges).toBe(blank.edges);
    expect(select).toBe('dropout_1');
  });

  it('deletes a layer, rewires, and selects its input; the input layer stays', () => {
    const added = addLayer(blank, null, 'dense').graph;
    const { graph, select } = deleteLayer(added, 'dense_2');
    expect(analyzeNetwork(graph).trainableParams).toBe(7850);
    expect(select).toBe('flatten_1');
    expect(deleteLayer(blank, 'input')).toEqual({ graph: blank, select: 'input' });
  });

  it('moves layers and keeps the graph when nothing moved', () => {
    const moved = moveLayers(blank, { dense_1: { x: 40, y: 50 } });
    expect(moved.nodes[2].position).toEqual({ x: 40, y: 50 });
    expect(moved.nodes[0]).toBe(blank.nodes[0]);
    expect(moveLayers(blank, { dense_1: { ...blank.nodes[2].position } })).toBe(blank);
  });
});
