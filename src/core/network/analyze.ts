// Whole-network analysis: structure checks, shape inference in topological
// order, parameter and FLOP counts, and coded issues placed on nodes.
// analyzeNetwork runs from scratch; networkAnalysis keeps one result per graph
// object and loss, for every view of the same (immutable) graph.
import type { LossId } from '../training/types';
import { LOSSES } from '../training/losses';
import { LAYER_CATALOGUE } from './catalogue';
import type { Issue } from './issues';
import { formatShape } from './issues';
import { findBadParam, resolveParams } from './params';
import { inferLayer } from './shapes';
import { incomingOf, nodesOnCycles, outgoingOf, topologicalOrder } from './topology';
import type { LayerNode, NetworkGraph, Shape } from './types';

/** Most parameters a network may have and still be trained in the browser. */
export const MAX_PARAMETERS = 20_000_000;

/** Number of classes the output layer must score (MNIST digits). */
export const NUM_CLASSES = 10;

/** What analysis found about one node. */
export interface NodeAnalysis {
  /** Shapes of its inputs that are known, in connection order. */
  inputShapes: Shape[];
  /** Per-sample output shape, or null when the node or something upstream is broken. */
  outputShape: Shape | null;
  /** All weights, including non-trainable ones; equals tf `layer.countParams()`. */
  params: number;
  /** Weights changed by training (BatchNorm moving mean and variance excluded). */
  trainableParams: number;
  /** Forward FLOPs per sample: 2 per multiply-add in Dense/convolutions, 1 per element elsewhere. */
  flops: number;
}

/** What analysis found about the whole network. */
export interface NetworkAnalysis {
  /** Node ids in topological order; nodes on or after a loop follow, in graph order. */
  order: string[];
  nodes: Record<string, NodeAnalysis>;
  /** Ordered incoming node ids per node (the order Concatenate joins them in). */
  inputsOf: Record<string, string[]>;
  /** The single node without outgoing edges, or null when there is none or several. */
  outputId: string | null;
  /** All weights; equals tf `model.countParams()`. */
  totalParams: number;
  /** Weights changed by training; shown by the `param-count` readout. */
  trainableParams: number;
  /** Forward FLOPs per sample for the whole network. */
  totalFlops: number;
  /** Rough float32 bytes for weights, gradients and `optimizerSlots` optimizer slots per weight. */
  memoryBytes: (optimizerSlots: number) => number;
  issues: Issue[];
}

const EMPTY: NodeAnalysis = { inputShapes: [], outputShape: null, params: 0, trainableParams: 0, flops: 0 };

/** The one structural problem of a node (its wiring or parameters), if any. */
function structuralIssue(
  node: LayerNode,
  incoming: string[],
  outgoing: string[],
  ctx: { nodeCount: number; cyclic: Set<string>; firstInputId: string | undefined },
): Issue | null {
  const spec = LAYER_CATALOGUE[node.type];
  const nodeId = node.id;
  if (ctx.nodeCount > 1 && incoming.length === 0 && outgoing.length === 0) return { code: 'disconnected', nodeId };
  if (ctx.cyclic.has(nodeId)) return { code: 'cycle', nodeId };
  if (node.type === 'input' && nodeId !== ctx.firstInputId) return { code: 'multiple-input-layers', nodeId };
  const count = incoming.length;
  if (count === 0 && spec.minInputs > 0) return { code: 'missing-input', nodeId };
  if (count < spec.minInputs) return { code: 'too-few-inputs', nodeId, params: { min: spec.minInputs, count } };
  if (count > spec.maxInputs) return { code: 'too-many-inputs', nodeId, params: { max: spec.maxInputs, count } };
  const bad = findBadParam(node);
  if (bad) return { code: 'param-out-of-range', nodeId, params: bad };
  return null;
}

/** Checks, shapes and counts for a network; `loss` enables loss-dependent checks. */
export function analyzeNetwork(graph: NetworkGraph, loss?: LossId): NetworkAnalysis {
  const issues: Issue[] = [];
  const inputsOf = incomingOf(graph);
  const outputsOf = outgoingOf(graph);
  const sorted = topologicalOrder(graph);
  const sortedSet = new Set(sorted);
  const order = [...sorted, ...graph.nodes.map((n) => n.id).filter((id) => !sortedSet.has(id))];
  const inputNodes = graph.nodes.filter((n) => n.type === 'input');
  if (inputNodes.length === 0) issues.push({ code: 'no-input-layer' });

  const ctx = { nodeCount: graph.nodes.length, cyclic: new Set(nodesOnCycles(graph)), firstInputId: inputNodes[0]?.id };
  const broken = new Set<string>();
  for (const node of graph.nodes) {
    const issue = structuralIssue(node, inputsOf[node.id], outputsOf[node.id], ctx);
    if (issue) {
      issues.push(issue);
      broken.add(node.id);
    }
  }

  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes: Record<string, NodeAnalysis> = {};
  for (const id of order) {
    const node = byId.get(id) as LayerNode;
    const shapes = inputsOf[id].map((source) => nodes[source]?.outputShape ?? null);
    const inputShapes = shapes.filter((s): s is Shape => s !== null);
    if (!sortedSet.has(id) || broken.has(id) || inputShapes.length < shapes.length) {
      nodes[id] = { ...EMPTY, inputShapes };
      continue;
    }
    const result = inferLayer(node.type, resolveParams(node.type, node.params), inputShapes);
    if (!result.ok) {
      issues.push({ code: result.code, nodeId: id, params: result.params });
      nodes[id] = { ...EMPTY, inputShapes };
      continue;
    }
    const { shape, params, trainableParams, flops } = result;
    nodes[id] = { inputShapes, outputShape: shape, params, trainableParams, flops };
  }

  const sinks = graph.nodes.filter(
    (n) => outputsOf[n.id].length === 0 && (graph.nodes.length === 1 || inputsOf[n.id].length > 0),
  );
  if (sinks.length === 0) issues.push({ code: 'no-output' });
  if (sinks.length > 1) for (const sink of sinks) issues.push({ code: 'multiple-outputs', nodeId: sink.id });
  const outputId = sinks.length === 1 ? sinks[0].id : null;
  if (outputId !== null) issues.push(...outputIssues(byId.get(outputId) as LayerNode, nodes[outputId], loss));

  let totalParams = 0;
  let trainableParams = 0;
  let totalFlops = 0;
  for (const analysis of Object.values(nodes)) {
    totalParams += analysis.params;
    trainableParams += analysis.trainableParams;
    totalFlops += analysis.flops;
  }
  if (totalParams > MAX_PARAMETERS) {
    const largest = order.reduce((best, id) => (nodes[id].params > nodes[best].params ? id : best));
    const layer = (byId.get(largest) as LayerNode).name;
    issues.push({ code: 'too-many-parameters', params: { count: totalParams, max: MAX_PARAMETERS, layer, layerCount: nodes[largest].params } });
  }
  const memoryBytes = (optimizerSlots: number): number => 4 * totalParams * (2 + optimizerSlots);
  return { order, nodes, inputsOf, outputId, totalParams, trainableParams, totalFlops, memoryBytes, issues };
}

/** Checks that the output layer gives 10 class scores, and probabilities when the loss needs them. */
function outputIssues(node: LayerNode, analysis: NodeAnalysis, loss: LossId | undefined): Issue[] {
  if (analysis.outputShape === null) return [];
  const issues: Issue[] = [];
  const shape = analysis.outputShape;
  if (shape.length !== 1 || shape[0] !== NUM_CLASSES) {
    issues.push({ code: 'output-not-10-classes', nodeId: node.id, params: { shape: formatShape(shape) } });
  }
  if (loss !== undefined && LOSSES[loss].needsProbabilities && resolveParams(node.type, node.params).activation !== 'softmax') {
    issues.push({ code: 'output-not-probabilities', nodeId: node.id, params: { loss: LOSSES[loss].label } });
  }
  return issues;
}

/** Analyses by graph object, then by loss ('' when none): graphs are never mutated once shown, so a result stays true. */
const analyses = new WeakMap<NetworkGraph, Map<string, NetworkAnalysis>>();

/** analyzeNetwork, computed once per graph object and loss; the graph must not be mutated afterwards. */
export function networkAnalysis(graph: NetworkGraph, loss?: LossId): NetworkAnalysis {
  let byLoss = analyses.get(graph);
  if (!byLoss) {
    byLoss = new Map();
    analyses.set(graph, byLoss);
  }
  const key = loss ?? '';
  let analysis = byLoss.get(key);
  if (!analysis) {
    analysis = analyzeNetwork(graph, loss);
    byLoss.set(key, analysis);
  }
  return analysis;
}

/** True when the analysis found nothing that stops the network from training. */
export function isTrainable(analysis: NetworkAnalysis): boolean {
  return analysis.issues.length === 0 && analysis.outputId !== null;
}
