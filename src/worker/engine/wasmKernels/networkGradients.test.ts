// Whole networks on real MNIST: the gradients of the loss with respect to every
// weight of LeNet-5, Small ResNet and a SeparableConv2D + BatchNorm network on
// wasm (with our kernels) equal the CPU backend's; and a wasm training step
// leaves no tensor memory behind, including the scratch our kernels allocate.
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chain } from '../../../core/network/graph';
import { PRESETS } from '../../../core/network/presets';
import type { NetworkGraph } from '../../../core/network/types';
import { DEFAULT_SETTINGS } from '../../../core/training/settings';
import { createBatchSource } from '../batchSource';
import { buildModel } from '../buildModel';
import { lossFunction } from '../losses';
import { loadTestMnist } from '../mnist.fixture';
import { createOptimizer } from '../optimizers';
import { trainStep } from '../trainStep';
import { compareBackends, startBackends, TOLERANCE } from './backends.fixture';

const mnist = createBatchSource(loadTestMnist().train, 256);
const preset = (label: string): NetworkGraph => PRESETS.find((p) => p.label === label)!.graph;

/** SeparableConv2D with a depth multiplier, BatchNorm, both poolings and a strided Conv2D. */
const separableNetwork = chain([
  'input',
  { type: 'separableConv2d', params: { filters: 8, kernelSize: 3, strides: 1, padding: 'same', depthMultiplier: 2, activation: 'relu' } },
  'batchNorm',
  { type: 'maxPool2d', params: { poolSize: 2, strides: 2, padding: 'valid' } },
  { type: 'separableConv2d', params: { filters: 12, kernelSize: 3, strides: 2, padding: 'valid', depthMultiplier: 1, activation: 'elu' } },
  { type: 'conv2d', params: { filters: 8, kernelSize: 3, strides: 2, padding: 'same', activation: 'leakyRelu' } },
  { type: 'avgPool2d', params: { poolSize: 2, strides: 1, padding: 'same' } },
  'globalAvgPool2d',
  { type: 'dense', params: { units: 10, activation: 'softmax' } },
]);

/** Each network with a batch size that keeps the CPU reference (slow at full-size convolutions) within seconds. */
const NETWORKS: Array<[string, NetworkGraph, number]> = [
  ['LeNet-5', preset('LeNet-5'), 16],
  ['Small ResNet', preset('Small ResNet'), 3],
  ['SeparableConv2D + BatchNorm', separableNetwork, 16],
];

beforeAll(startBackends);

/** The loss and its gradient for every trainable weight, on `images` MNIST images, from the same initial weights. */
function lossAndGradients(graph: NetworkGraph, images: number): tf.Tensor[] {
  const model = buildModel(graph, 7);
  const { xs, ys } = mnist.sequentialBatch(0, images);
  const weights = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const loss = lossFunction('categoricalCrossentropy');
  const { value, grads } = tf.variableGrads(() => loss(ys, model.apply(xs, { training: true }) as tf.Tensor), weights);
  const result = [value, ...weights.map((weight) => grads[weight.name])];
  model.dispose();
  return result;
}

describe('wasm gradients of whole networks equal the CPU backend', () => {
  for (const [name, graph, images] of NETWORKS) {
    it(`${name} (${images} images)`, async () => {
      const { difference, scale } = await compareBackends(() => lossAndGradients(graph, images));
      expect(scale).toBeGreaterThan(1e-3);
      expect(difference).toBeLessThanOrEqual(TOLERANCE);
    }, 30_000);
  }
});

describe('a wasm training step of a convolutional network', () => {
  it('keeps the tensor count and the backend memory flat, and the loss falls', async () => {
    await tf.setBackend('wasm');
    const backend = tf.backend() as BackendWasm;
    const model = buildModel(preset('LeNet-5'), 3);
    const optimizer = createOptimizer(DEFAULT_SETTINGS);
    const loss = lossFunction('categoricalCrossentropy');
    const losses: number[] = [];
    const counts: Array<[number, number]> = [];
    for (let step = 0; step < 12; step++) {
      const { xs, ys } = mnist.sequentialBatch((step % 4) * 64, 64);
      const result = trainStep(model, optimizer, loss, xs, ys, { clipNorm: 0, decay: 0 });
      losses.push((await result.loss.data())[0]);
      tf.dispose([xs, ys, result.loss, result.correct, result.globalNorm]);
      counts.push([tf.memory().numTensors, backend.numDataIds()]);
    }
    expect(counts.slice(2).every(([tensors, data]) => tensors === counts[2][0] && data === counts[2][1])).toBe(true);
    expect(losses.slice(-4).reduce((a, b) => a + b) / 4).toBeLessThan(0.8 * (losses.slice(0, 4).reduce((a, b) => a + b) / 4));
    optimizer.dispose();
    model.dispose();
  });
});
