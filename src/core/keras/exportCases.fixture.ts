// The networks and settings whose Keras scripts are checked in (__expected__/)
// and built in real Keras: every preset, plus one network that uses every
// layer type with parameters away from their defaults, trained with every
// setting away from its default.
import { chain } from '../network/graph';
import { PRESETS } from '../network/presets';
import type { NetworkGraph } from '../network/types';
import { DEFAULT_SETTINGS } from '../training/settings';
import type { TrainingSettings } from '../training/types';
import { kerasFileName } from './toKerasScript';

/** Every layer type once or more, two merges, every codec; 5,230 trainable parameters (5,246 in all). */
export function allLayersGraph(): NetworkGraph {
  const graph = chain([
    'input',
    { type: 'conv2d', params: { filters: 8, kernelSize: 3, strides: 1, padding: 'same', activation: 'leakyRelu', kernelInitializer: 'glorotNormal' } },
    { type: 'batchNorm', params: { momentum: 0.9, epsilon: 0.01 } },
    { type: 'separableConv2d', params: { filters: 8, kernelSize: 3, strides: 1, padding: 'same', activation: 'swish', depthMultiplier: 2 } },
    'add',
    { type: 'avgPool2d', params: { poolSize: 2, strides: 2, padding: 'same' } },
    { type: 'maxPool2d', params: { poolSize: 3, strides: 1, padding: 'same' } },
    'concatenate',
    { type: 'activation', params: { activation: 'elu' } },
    { type: 'conv2d', params: { filters: 4, kernelSize: 5, strides: 2, padding: 'valid', activation: 'selu', kernelInitializer: 'leCunNormal' } },
    'flatten',
    { type: 'dense', params: { units: 32, activation: 'sigmoid', useBias: false, kernelInitializer: 'heUniform' } },
    { type: 'dropout', params: { rate: 0.25 } },
    { type: 'reshape', params: { targetShape: [2, 4, 4] } },
    'globalAvgPool2d',
    { type: 'dense', params: { units: 10, activation: 'softmax', kernelInitializer: 'zeros' } },
  ]);
  const extra = (source: string, target: string) => ({ id: `${source}->${target}`, source, target });
  return { nodes: graph.nodes, edges: [...graph.edges, extra('batch_norm_1', 'add_1'), extra('avg_pool2d_1', 'concatenate_1')] };
}

/** Settings away from every default: momentum, warmup + cosine, decay, clipping, augmentation. */
export const BUSY_SETTINGS: TrainingSettings = {
  ...DEFAULT_SETTINGS,
  optimizer: 'momentum',
  optimizerParams: { momentum: 0.8 },
  learningRate: 0.05,
  schedule: 'warmupCosine',
  batchSize: 32,
  epochs: 3,
  trainingSamples: 20_000,
  seed: 7,
  weightDecay: 0.0005,
  clipNorm: 2,
  augment: true,
  loss: 'categoricalHinge',
};

/** The lesson controls away from their defaults: label smoothing, centered RMSprop, L2 in the loss, every augmentation, early stopping. */
export const CONTROLS_SETTINGS: TrainingSettings = {
  ...DEFAULT_SETTINGS,
  optimizer: 'rmsprop',
  optimizerParams: { decay: 0.9, momentum: 0.5, epsilon: 1e-7 },
  centered: true,
  labelSmoothing: 0.1,
  weightDecay: 0.0001,
  weightDecayType: 'l2',
  augment: true,
  augmentShift: 1,
  augmentRotation: 10,
  augmentScale: 10,
  augmentNoise: 0.05,
  earlyStopping: true,
  patience: 1,
  epochs: 2,
};

/** Every network whose script is checked in, by file name. */
export const EXPORT_CASES: { file: string; graph: NetworkGraph; settings: TrainingSettings }[] = [
  ...PRESETS.map((preset) => ({ file: kerasFileName(preset.id), graph: preset.graph, settings: { ...DEFAULT_SETTINGS, ...preset.settings } })),
  { file: 'all_layers.py', graph: allLayersGraph(), settings: BUSY_SETTINGS },
  { file: 'controls.py', graph: PRESETS.find((preset) => preset.label === 'MLP 128-64-10')!.graph, settings: CONTROLS_SETTINGS },
];

