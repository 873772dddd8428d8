// Ready-made networks with settings that train them well. Parameter counts
// (all trainable) are asserted in presets.test.ts.
import { DEFAULT_SETTINGS } from '../training/settings';
import type { TrainingSettings } from '../training/types';
import type { ChainItem } from './graph';
import { chain } from './graph';
import { autoLayout } from './layout';
import type { NetworkGraph } from './types';

/** A network plus the settings it is meant to train with; chosen from the `Preset` menu. */
export interface Preset {
  id: string;
  label: string;
  /** One plain sentence on what the preset shows. */
  description: string;
  graph: NetworkGraph;
  settings: Partial<TrainingSettings>;
}

/** The default run (Adam at 0.001, batch 64, one epoch): a fresh object per preset. */
const adamSettings = (): Partial<TrainingSettings> => {
  const { loss, optimizer, optimizerParams, learningRate, schedule, batchSize, epochs } = DEFAULT_SETTINGS;
  return { loss, optimizer, optimizerParams: { ...optimizerParams }, learningRate, schedule, batchSize, epochs };
};

const dense = (units: number, activation = 'relu'): ChainItem => ({ type: 'dense', params: { units, activation } });
const conv = (filters: number, kernelSize: number, padding: string, activation = 'relu'): ChainItem => ({
  type: 'conv2d',
  params: { filters, kernelSize, strides: 1, padding, activation },
});
const maxPool: ChainItem = { type: 'maxPool2d', params: { poolSize: 2, strides: 2, padding: 'valid' } };
const output = dense(10, 'softmax');

/** Two residual blocks of 16 filters with a max-pool between; the skip wires are added after the chain. */
function smallResNet(): NetworkGraph {
  const block = [conv(16, 3, 'same'), conv(16, 3, 'same', 'linear'), 'add', { type: 'activation', params: { activation: 'relu' } }] as const;
  const graph = chain([
    'input',
    conv(16, 3, 'same'),
    ...block,
    maxPool,
    ...block,
    'globalAvgPool2d',
    output,
  ]);
  const skip = (source: string, target: string) => ({ id: `${source}->${target}`, source, target });
  return autoLayout({ nodes: graph.nodes, edges: [...graph.edges, skip('conv2d_1', 'add_1'), skip('max_pool2d_1', 'add_2')] });
}

/** Every preset, in menu order. */
export const PRESETS: Preset[] = [
  {
    id: 'blank',
    label: 'Blank',
    description: 'Multinomial logistic regression: one Dense layer from pixels to classes (7,850 parameters).',
    graph: autoLayout(chain(['input', 'flatten', output])),
    settings: adamSettings(),
  },
  {
    id: 'mlp',
    label: 'MLP 128-64-10',
    description: 'A small multilayer perceptron with two hidden ReLU layers (109,386 parameters).',
    graph: autoLayout(chain(['input', 'flatten', dense(128), dense(64), output])),
    settings: adamSettings(),
  },
  {
    id: 'mlp-dropout',
    label: 'MLP 1024-1024 dropout',
    description: 'A wide perceptron regularized with dropout after each hidden layer (1,863,690 parameters).',
    graph: autoLayout(chain([
      'input',
      'flatten',
      dense(1024),
      { type: 'dropout', params: { rate: 0.5 } },
      dense(1024),
      { type: 'dropout', params: { rate: 0.5 } },
      output,
    ])),
    settings: adamSettings(),
  },
  {
    id: 'lenet5',
    label: 'LeNet-5',
    description: 'The classic convolutional network of LeCun et al. with ReLU and max-pooling (61,706 parameters).',
    graph: autoLayout(chain([
      'input',
      conv(6, 5, 'same'),
      maxPool,
      conv(16, 5, 'valid'),
      maxPool,
      'flatten',
      dense(120),
      dense(84),
      output,
    ])),
    settings: adamSettings(),
  },
  {
    id: 'resnet',
    label: 'Small ResNet',
    description: 'Two residual blocks with skip connections and global average pooling (9,610 parameters).',
    graph: smallResNet(),
    settings: adamSettings(),
  },
];

/** The preset with this id, or undefined. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** What makes two networks the same: their layers (id, type, name, settings) and wires in order; not where the cards sit. */
function networkKey(graph: NetworkGraph): string {
  const sorted = (params: Record<string, unknown>) => Object.keys(params).sort().map((key) => [key, params[key]]);
  return JSON.stringify([
    graph.nodes.map((node) => [node.id, node.type, node.name, sorted(node.params)]),
    graph.edges.map((edge) => [edge.source, edge.target]),
  ]);
}

const PRESET_KEYS = new Map(PRESETS.map((preset) => [networkKey(preset.graph), preset]));

/** The preset whose network `graph` is (moved cards included), or undefined: a saved, shared or undone network is named again. */
export function presetOfGraph(graph: NetworkGraph): Preset | undefined {
  return PRESET_KEYS.get(networkKey(graph));
}
