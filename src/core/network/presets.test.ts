import { describe, it, expect } from 'vitest';
import { analyzeNetwork } from './analyze';
import { isAutoLaidOut, LAYOUT_ROWS } from './layout';
import { PRESETS, findPreset } from './presets';

const expected: Record<string, { label: string; params: number; shapes: Record<string, number[]> }> = {
  blank: { label: 'Blank', params: 7_850, shapes: { flatten_1: [784], dense_1: [10] } },
  mlp: { label: 'MLP 128-64-10', params: 109_386, shapes: { dense_1: [128], dense_2: [64], dense_3: [10] } },
  'mlp-dropout': {
    label: 'MLP 1024-1024 dropout',
    params: 1_863_690,
    shapes: { dense_1: [1024], dropout_1: [1024], dense_2: [1024], dropout_2: [1024], dense_3: [10] },
  },
  lenet5: {
    label: 'LeNet-5',
    params: 61_706,
    shapes: {
      conv2d_1: [28, 28, 6],
      max_pool2d_1: [14, 14, 6],
      conv2d_2: [10, 10, 16],
      max_pool2d_2: [5, 5, 16],
      flatten_1: [400],
      dense_1: [120],
      dense_2: [84],
      dense_3: [10],
    },
  },
  resnet: {
    label: 'Small ResNet',
    params: 9_610,
    shapes: {
      conv2d_1: [28, 28, 16],
      add_1: [28, 28, 16],
      max_pool2d_1: [14, 14, 16],
      add_2: [14, 14, 16],
      activation_2: [14, 14, 16],
      global_avg_pool2d_1: [16],
      dense_1: [10],
    },
  },
};

describe('presets', () => {
  it('has the five presets in menu order with exact labels', () => {
    expect(PRESETS.map((p) => [p.id, p.label])).toEqual(
      Object.entries(expected).map(([id, e]) => [id, e.label]),
    );
  });

  for (const [id, e] of Object.entries(expected)) {
    describe(e.label, () => {
      const preset = findPreset(id);
      if (!preset) throw new Error(`missing preset ${id}`);
      const analysis = analyzeNetwork(preset.graph, 'categoricalCrossentropy');
      const byName = Object.fromEntries(preset.graph.nodes.map((n) => [n.name, n.id]));

      it('has no issues', () => expect(analysis.issues).toEqual([]));
      it(`has ${e.params} parameters, all trainable`, () => {
        expect(analysis.totalParams).toBe(e.params);
        expect(analysis.trainableParams).toBe(e.params);
      });
      it('infers the expected shapes', () => {
        expect(analysis.nodes.input.outputShape).toEqual([28, 28, 1]);
        for (const [name, shape] of Object.entries(e.shapes)) {
          expect(analysis.nodes[byName[name]].outputShape, name).toEqual(shape);
        }
      });
      it('ends in a Dense 10 softmax output', () => {
        const out = preset.graph.nodes.find((n) => n.id === analysis.outputId);
        expect(out?.type).toBe('dense');
        expect(out?.params).toMatchObject({ units: 10, activation: 'softmax' });
      });
      it('carries Adam 0.001, batch 64, one epoch', () => {
        expect(preset.settings).toMatchObject({ optimizer: 'adam', learningRate: 0.001, batchSize: 64, epochs: 1 });
        expect(preset.settings.optimizerParams).toEqual({ beta1: 0.9, beta2: 0.999, epsilon: 1e-7 });
      });
      it('lays nodes out top to bottom, 100 apart, in columns of at most LAYOUT_ROWS left to right', () => {
        const positions = analysis.order.map((nodeId) => preset.graph.nodes.find((n) => n.id === nodeId)?.position);
        expect(positions.map((p) => p?.y)).toEqual(positions.map((_, i) => (i % LAYOUT_ROWS) * 100));
        const columnXs = positions.filter((_, i) => i % LAYOUT_ROWS === 0).map((p) => p?.x ?? 0);
        expect(columnXs).toEqual([...columnXs].sort((a, b) => a - b));
        expect(new Set(positions.map((p) => p?.x)).size).toBe(Math.ceil(positions.length / LAYOUT_ROWS));
        expect(isAutoLaidOut(preset.graph)).toBe(true);
      });
    });
  }

  it('wires the ResNet skip connections into the Add layers after the main path', () => {
    const graph = findPreset('resnet')?.graph;
    const into = (target: string) => graph?.edges.filter((e) => e.target === target).map((e) => e.source);
    expect(into('add_1')).toEqual(['conv2d_3', 'conv2d_1']);
    expect(into('add_2')).toEqual(['conv2d_5', 'max_pool2d_1']);
  });

  it('counts LeNet-5 FLOPs as 2 per multiply-add in conv and dense layers', () => {
    const analysis = analyzeNetwork(findPreset('lenet5')?.graph ?? { nodes: [], edges: [] });
    // conv1 28*28*6*25, conv2 10*10*16*150, dense 400*120 + 120*84 + 84*10 multiply-adds
    const macs = 28 * 28 * 6 * 25 + 10 * 10 * 16 * 150 + 400 * 120 + 120 * 84 + 84 * 10;
    // pools: 14*14*6*4 + 5*5*16*4 elements visited
    expect(analysis.totalFlops).toBe(2 * macs + 14 * 14 * 6 * 4 + 5 * 5 * 16 * 4);
  });
});
