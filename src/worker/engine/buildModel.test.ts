// The tf model built from each preset has exactly the parameters that
// core's analysis counts, so the param-count readout tells the truth.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../core/network/analyze';
import { PRESETS } from '../../core/network/presets';
import { buildModel } from './buildModel';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('buildModel', { timeout: 30_000 }, () => {
  for (const preset of PRESETS) {
    it(`${preset.label}: countParams() equals the analysed parameter count`, () => {
      const analysis = analyzeNetwork(preset.graph);
      const model = buildModel(preset.graph, 1);
      expect(model.countParams()).toBe(analysis.totalParams);
      const trainable = model.trainableWeights.reduce((sum, weight) => sum + weight.shape.reduce<number>((a, b) => a * (b ?? 1), 1), 0);
      expect(trainable).toBe(analysis.trainableParams);
      expect(model.outputs[0].shape).toEqual([null, 10]);
      expect(model.layers.map((layer) => layer.name)).toEqual(expect.arrayContaining(preset.graph.nodes.map((node) => node.name)));
      model.dispose();
    });
  }

  it('refuses an invalid graph with the issue in words', () => {
    const blank = PRESETS.find((preset) => preset.label === 'Blank')!;
    const broken = { ...blank.graph, edges: blank.graph.edges.slice(1) };
    expect(() => buildModel(broken, 1)).toThrow(/input|connected|disconnected/i);
  });
});
