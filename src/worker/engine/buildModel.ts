// Builds a functional tf.LayersModel from the network graph, so merges and
// skip connections train. Layer names are the graph's node names.
import * as tf from '@tensorflow/tfjs';
import type { LayerNode, NetworkGraph, ParamValue } from '../../core/network/types';
import { analyzeNetwork } from '../../core/network/analyze';
import { describeIssue } from '../../core/network/issues';
import { EngineError } from './errors';

type SymbolicTensor = tf.SymbolicTensor;
type Activation = 'linear' | 'relu' | 'elu' | 'selu' | 'sigmoid' | 'tanh' | 'softmax' | 'softplus' | 'swish';
type Initializer = 'glorotUniform' | 'glorotNormal' | 'heUniform' | 'heNormal' | 'leCunNormal' | 'zeros';

/** Seeds per layer, derived from the run seed so the same seed gives the same weights. */
function layerSeed(seed: number, index: number): number {
  return (seed * 1009 + index * 7919) % 2147483647;
}

function num(params: Record<string, ParamValue>, key: string): number {
  return Number(params[key]);
}

function str(params: Record<string, ParamValue>, key: string): string {
  return String(params[key]);
}

function initializer(name: string, seed: number): ReturnType<typeof tf.initializers.zeros> {
  const id = name as Initializer;
  switch (id) {
    case 'glorotNormal': return tf.initializers.glorotNormal({ seed });
    case 'heUniform': return tf.initializers.heUniform({ seed });
    case 'heNormal': return tf.initializers.heNormal({ seed });
    case 'leCunNormal': return tf.initializers.leCunNormal({ seed });
    case 'zeros': return tf.initializers.zeros();
    default: return tf.initializers.glorotUniform({ seed });
  }
}

/** Applies an activation id; leaky ReLU is a layer of its own in tfjs. */
function applyActivation(x: SymbolicTensor, activation: string, name: string): SymbolicTensor {
  if (activation === 'leakyRelu') return tf.layers.leakyReLU({ alpha: 0.3, name }).apply(x) as SymbolicTensor;
  return tf.layers.activation({ activation: activation as Activation, name }).apply(x) as SymbolicTensor;
}

/** A layer whose own activation is linear, followed by a separate leaky ReLU where needed. */
function withActivation(
  make: (activation: Activation) => tf.layers.Layer,
  activation: string,
  name: string,
  inputs: SymbolicTensor,
): SymbolicTensor {
  if (activation !== 'leakyRelu') return make(activation as Activation).apply(inputs) as SymbolicTensor;
  const linear = make('linear').apply(inputs) as SymbolicTensor;
  return applyActivation(linear, 'leakyRelu', `${name}_leaky_relu`);
}

function buildLayer(node: LayerNode, inputs: SymbolicTensor[], seed: number): SymbolicTensor {
  const p = node.params;
  const name = node.name;
  const x = inputs[0];
  switch (node.type) {
    case 'dense':
      return withActivation((activation) => tf.layers.dense({
        name, units: num(p, 'units'), activation, useBias: p.useBias !== false,
        kernelInitializer: initializer(str(p, 'kernelInitializer'), seed),
      }), str(p, 'activation'), name, x);
    case 'conv2d':
      return withActivation((activation) => tf.layers.conv2d({
        name, filters: num(p, 'filters'), kernelSize: num(p, 'kernelSize'), strides: num(p, 'strides'),
        padding: str(p, 'padding') as 'same' | 'valid', activation,
        kernelInitializer: initializer(str(p, 'kernelInitializer'), seed),
      }), str(p, 'activation'), name, x);
    case 'separableConv2d':
      return withActivation((activation) => tf.layers.separableConv2d({
        name, filters: num(p, 'filters'), kernelSize: num(p, 'kernelSize'), strides: num(p, 'strides'),
        padding: str(p, 'padding') as 'same' | 'valid', activation, depthMultiplier: num(p, 'depthMultiplier'),
        depthwiseInitializer: initializer(str(p, 'kernelInitializer'), seed),
        pointwiseInitializer: initializer(str(p, 'kernelInitializer'), seed + 1),
      }), str(p, 'activation'), name, x);
    case 'maxPool2d':
      return tf.layers.maxPooling2d({ name, poolSize: num(p, 'poolSize'), strides: num(p, 'strides'), padding: str(p, 'padding') as 'same' | 'valid' }).apply(x) as SymbolicTensor;
    case 'avgPool2d':
      return tf.layers.averagePooling2d({ name, poolSize: num(p, 'poolSize'), strides: num(p, 'strides'), padding: str(p, 'padding') as 'same' | 'valid' }).apply(x) as SymbolicTensor;
    case 'globalAvgPool2d':
      return tf.layers.globalAveragePooling2d({ name }).apply(x) as SymbolicTensor;
    case 'flatten':
      return tf.layers.flatten({ name }).apply(x) as SymbolicTensor;
    case 'reshape':
      return tf.layers.reshape({ name, targetShape: p.targetShape as number[] }).apply(x) as SymbolicTensor;
    case 'dropout':
      return tf.layers.dropout({ name, rate: num(p, 'rate'), seed }).apply(x) as SymbolicTensor;
    case 'batchNorm':
      return tf.layers.batchNormalization({ name, momentum: num(p, 'momentum'), epsilon: num(p, 'epsilon') }).apply(x) as SymbolicTensor;
    case 'activation':
      return applyActivation(x, str(p, 'activation'), name);
    case 'add':
      return tf.layers.add({ name }).apply(inputs) as SymbolicTensor;
    case 'concatenate':
      return tf.layers.concatenate({ name, axis: -1 }).apply(inputs) as SymbolicTensor;
    case 'input':
      throw new EngineError('model-build-failed', 'The input layer is built separately.');
  }
}

/** Turns a valid graph into a tf model; an invalid graph is refused with its first issue in words. */
export function buildModel(graph: NetworkGraph, seed: number): tf.LayersModel {
  const analysis = analyzeNetwork(graph);
  const blocking = analysis.issues.filter((issue) => issue.code !== 'output-not-probabilities');
  if (blocking.length > 0 || !analysis.outputId) {
    const first = blocking[0];
    throw new EngineError('model-build-failed', first ? describeIssue(first, graph) : 'The network has no output layer.');
  }
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const tensors = new Map<string, SymbolicTensor>();
  let input: SymbolicTensor | null = null;
  analysis.order.forEach((id, index) => {
    const node = byId.get(id)!;
    if (node.type === 'input') {
      input = tf.input({ shape: [28, 28, 1], name: node.name });
      tensors.set(id, input);
      return;
    }
    const inputs = analysis.inputsOf[id].map((source) => tensors.get(source)!);
    tensors.set(id, buildLayer(node, inputs, layerSeed(seed, index)));
  });
  if (!input) throw new EngineError('model-build-failed', 'The network has no input layer.');
  return tf.model({ inputs: input, outputs: tensors.get(analysis.outputId)!, name: 'playground' });
}

/** Whether the graph has convolution layers (Auto's reason for its pick names them). */
export function hasConvolutions(graph: NetworkGraph): boolean {
  return graph.nodes.some((node) => node.type === 'conv2d' || node.type === 'separableConv2d');
}
