// The generated script of every preset (and of two networks that use every
// layer type and setting) must equal the checked-in file in __expected__/.
// After an intended change, regenerate them and read the diff:
//   UPDATE_EXPECTED=1 npx vitest run src/core/keras
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../network/analyze';
import { createNode } from '../network/graph';
import { PRESETS } from '../network/presets';
import type { NetworkGraph } from '../network/types';
import { DEFAULT_SETTINGS } from '../training/settings';
import type { TrainingSettings } from '../training/types';
import { allLayersGraph, BUSY_SETTINGS, EXPORT_CASES } from './exportCases.fixture';
import { kerasFileName, toKerasScript } from './toKerasScript';
import { tokenize } from './tokenizer';

const EXPECTED_DIR = join(import.meta.dirname, '__expected__');

describe('toKerasScript expected files', () => {
  for (const { file, graph, settings } of EXPORT_CASES) {
    it(`writes ${file} as checked in`, () => {
      const script = toKerasScript(graph, settings, file);
      const path = join(EXPECTED_DIR, file);
      if (process.env.UPDATE_EXPECTED) writeFileSync(path, script);
      expect(script).toBe(readFileSync(path, 'utf8'));
    });
  }
});

describe('toKerasScript', () => {
  const lenet = PRESETS.find((p) => p.id === 'lenet5')!;
  const script = (graph: NetworkGraph, changes: Partial<TrainingSettings> = {}) => toKerasScript(graph, { ...DEFAULT_SETTINGS, ...changes });

  it('defines build_model and main, and runs main only as a program', () => {
    const code = script(lenet.graph);
    expect(code).toMatch(/^def build_model\(\):$/m);
    expect(code).toMatch(/^def main\(\):$/m);
    expect(code.trimEnd().endsWith('if __name__ == "__main__":\n    main()')).toBe(true);
    expect(code).toContain('import keras');
  });

  it('trains on the chosen data set', () => {
    expect(script(lenet.graph)).toContain('keras.datasets.mnist.load_data()');
    expect(script(lenet.graph, { dataset: 'fashionMnist' })).toContain('keras.datasets.fashion_mnist.load_data()');
  });

  it('states the trainable parameter count the app shows', () => {
    expect(script(lenet.graph)).toContain('61,706 trainable parameters');
    expect(toKerasScript(allLayersGraph(), BUSY_SETTINGS)).toContain(`5,230 trainable parameters (5,246 in all`);
    expect(analyzeNetwork(allLayersGraph()).trainableParams).toBe(5230);
  });

  it('uses the functional API where the graph branches, Sequential for chains', () => {
    expect(script(lenet.graph)).toContain('keras.Sequential(');
    const resnet = script(PRESETS.find((p) => p.id === 'resnet')!.graph);
    expect(resnet).toContain('add_1 = layers.Add(name="add_1")([conv2d_3, conv2d_1])');
    expect(resnet).toContain('return keras.Model(inputs=inputs, outputs=dense_1, name="playground")');
  });

  it('writes each schedule as a keras.optimizers.schedules object', () => {
    expect(script(lenet.graph, { schedule: 'stepDecay' })).toContain('ExponentialDecay(LEARNING_RATE, decay_steps=total_steps / 4, decay_rate=0.5, staircase=True)');
    expect(script(lenet.graph, { schedule: 'exponentialDecay' })).toContain('ExponentialDecay(LEARNING_RATE, decay_steps=total_steps, decay_rate=0.1)');
    expect(script(lenet.graph, { schedule: 'cosine' })).toContain('CosineDecay(LEARNING_RATE, decay_steps=total_steps)');
    expect(script(lenet.graph, { schedule: 'warmupCosine' })).toContain('class WarmupCosine(keras.optimizers.schedules.LearningRateSchedule):');
    expect(script(lenet.graph)).not.toContain('total_steps');
  });

  it('says in a comment where Keras differs from the app', () => {
    expect(script(lenet.graph)).toMatch(/# Keras adds epsilon to sqrt\(v\)/);
    expect(script(lenet.graph, { optimizer: 'momentum', optimizerParams: { momentum: 0.9 }, schedule: 'cosine' })).toMatch(/# Keras keeps the velocity in steps/);
    expect(script(lenet.graph, { optimizer: 'momentum', optimizerParams: { momentum: 0.9 } })).not.toMatch(/velocity/);
    expect(script(lenet.graph)).toMatch(/# The same seed does not give the app's weights/);
  });

  it('keeps layer names from a document inside string literals', () => {
    const hostile = 'x"), __import__("os").system("boom") #\n\tprint(1)\u2028é"""';
    const graph = { ...lenet.graph, nodes: lenet.graph.nodes.map((n) => (n.name === 'dense_1' ? { ...n, name: hostile } : n)) };
    const code = script(graph);
    expect(code).not.toContain('__import__("os")');
    expect([...code].every((c) => c === '\n' || (c >= ' ' && c <= '~'))).toBe(true);
    const strings = tokenize(code).filter((t) => t.kind === 'string').map((t) => (t.kind === 'string' ? t.value : ''));
    expect(strings).toContain(hostile);
  });

  it('still writes a script for a network with problems, and says which layers it left out', () => {
    const withLoose = createNode(lenet.graph, 'dense');
    const loose = script(withLoose);
    expect(loose).toContain('# The app reports 1 problem(s) with this network, so Keras may refuse it too.');
    expect(loose).toContain('# Layer "dense_4" is left out: it has no input.');
    const cyclic = { nodes: lenet.graph.nodes, edges: [...lenet.graph.edges, { id: 'loop', source: 'dense_2', target: 'dense_1' }] };
    expect(script(cyclic)).toContain('is left out: it is on or after a loop.');
  });

  it('names downloads after the preset', () => {
    expect(kerasFileName('lenet5')).toBe('lenet5.py');
    expect(kerasFileName('mlp-dropout')).toBe('mlp_dropout.py');
    expect(kerasFileName(null)).toBe('network.py');
  });
});
