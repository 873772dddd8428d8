// Builds a functional tf.LayersModel from the network graph, so merges and
// skip connections train. Each node is built by its type's entry in
// LAYER_BUILDERS; layer names are the graph's node names.
import * as tf from '@tensorflow/tfjs';
import type { NetworkGraph } from '../../core/network/types';
import { networkAnalysis } from '../../core/network/analyze';
import { resolveParams } from '../../core/network/params';
import { EngineError } from './errors';
import { LAYER_BUILDERS } from './layerBuilders';

/** Seeds per layer, derived from the run seed so the same seed gives the same weights. */
function layerSeed(seed: number, index: number): number {
  return (seed * 1009 + index * 7919) % 2147483647;
}

/** Turns a valid graph into a tf model; an invalid graph is refused with its first issue in words. */
export function buildModel(graph: NetworkGraph, seed: number): tf.LayersModel {
  const analysis = networkAnalysis(graph);
  const blocking = analysis.issues.filter((issue) => issue.code !== 'output-not-probabilities');
  if (blocking.length > 0 || !analysis.outputId) {
    const first = blocking[0];
    // The page blocks Train on every issue and words them itself; this names the first for a log.
    const layer = first?.nodeId === undefined ? '' : ` at ${graph.nodes.find((node) => node.id === first.nodeId)?.name ?? first.nodeId}`;
    throw new EngineError('model-build-failed', first ? `Network issue ${first.code}${layer}.` : 'The network has no output layer.');
  }
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const tensors = new Map<string, tf.SymbolicTensor>();
  analysis.order.forEach((id, index) => {
    const node = byId.get(id)!;
    const inputs = analysis.inputsOf[id].map((source) => tensors.get(source)!);
    const params = resolveParams(node.type, node.params);
    tensors.set(id, LAYER_BUILDERS[node.type].build({ name: node.name, params, inputs, seed: layerSeed(seed, index) }));
  });
  const input = graph.nodes.find((node) => node.type === 'input');
  if (!input) throw new EngineError('model-build-failed', 'The network has no input layer.');
  return tf.model({ inputs: tensors.get(input.id)!, outputs: tensors.get(analysis.outputId)!, name: 'playground' });
}

/** Whether the graph has convolution layers (Auto's reason for its pick names them). */
export function hasConvolutions(graph: NetworkGraph): boolean {
  return graph.nodes.some((node) => LAYER_BUILDERS[node.type].convolution);
}
