// build_model() of the exported script: the network as keras.Sequential when it
// is a plain chain, else with the functional API (for Add and Concatenate).
import type { NetworkAnalysis } from '../network/analyze';
import { resolveParams } from '../network/params';
import { topologicalOrder } from '../network/topology';
import { INPUT_SHAPE } from '../network/shapes';
import type { LayerNode, NetworkGraph, ParamValue } from '../network/types';
import { KERAS_LAYERS, type KerasArg, type KerasLayerMapping } from './layerMappings';
import { groupDigits, ownEntry, pyIdentifier, pyIntTuple, pyString } from './python';
import { KERAS_ACTIVATIONS } from './valueCodecs';

/** The model's name in Keras, as the engine names its tf model. */
export const MODEL_NAME = 'playground';

/** Python source of build_model() and of the helper functions its layers use. */
export interface ModelCode {
  lines: string[];
  helpers: string[][];
}

const sameValue = (a: ParamValue | undefined, b: ParamValue | undefined): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((d, i) => d === b[i]) : a === b;

function written(arg: KerasArg, params: Record<string, ParamValue>): boolean {
  if (!arg.quiet || arg.kerasDefault === undefined) return true;
  const fallback = typeof arg.kerasDefault === 'object' && !Array.isArray(arg.kerasDefault) ? params[arg.kerasDefault.sameAs] : arg.kerasDefault;
  return !sameValue(params[arg.param], fallback);
}

/** `layers.Dense(128, activation="relu", name="dense_1")` for one node. */
function layerExpression(node: LayerNode, mapping: KerasLayerMapping, name: string): string {
  const params = resolveParams(node.type, node.params);
  const parts = mapping.args.filter((arg) => written(arg, params)).map((arg, i) => {
    const value = arg.codec.write(params[arg.param]);
    return i < mapping.positional && arg.position === i ? value : `${arg.keyword}=${value}`;
  });
  parts.push(`name=${pyString(name)}`);
  return `layers.${mapping.className}(${parts.join(', ')})`;
}

const inputExpression = (name: string): string => `keras.Input(shape=${pyIntTuple(INPUT_SHAPE)}, name=${pyString(name)})`;

/** Keras names for the nodes: the app's names, with '/' (which Keras refuses) replaced and repeats numbered. */
function kerasNames(graph: NetworkGraph): { names: Map<string, string>; notes: string[] } {
  const names = new Map<string, string>();
  const used = new Set<string>();
  const notes: string[] = [];
  for (const node of graph.nodes) {
    const raw = typeof node.name === 'string' ? node.name : '';
    const base = raw.replace(/\//g, '_') || String(ownEntry(KERAS_LAYERS, node.type)?.className ?? 'layer').toLowerCase();
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base}_${k}`;
    used.add(name);
    names.set(node.id, name);
    if (name !== raw) notes.push(`# Layer ${pyString(raw)} is named ${pyString(name)} here: Keras names are unique and have no "/".`);
  }
  return { names, notes };
}

/** True when the network is one chain from its input, with no merge layer: keras.Sequential fits. */
function isChain(graph: NetworkGraph, analysis: NetworkAnalysis): boolean {
  const order = analysis.order;
  if (order.length !== graph.nodes.length || order.length === 0) return false;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return order.every((id, i) => {
    const node = byId.get(id) as LayerNode;
    const mapping = ownEntry(KERAS_LAYERS, node.type);
    const inputs = analysis.inputsOf[id];
    const outputs = graph.edges.filter((e) => e.source === id).length;
    if (!mapping || mapping.role === 'merge' || outputs > 1) return false;
    return i === 0 ? mapping.role === 'input' : mapping.role !== 'input' && inputs.length === 1 && inputs[0] === order[i - 1];
  });
}

function docstring(analysis: NetworkAnalysis): string {
  const trainable = groupDigits(analysis.trainableParams);
  const all = analysis.totalParams === analysis.trainableParams ? '' : ` (${groupDigits(analysis.totalParams)} in all, with BatchNorm's moving averages)`;
  return `    """The network as the app builds it: ${trainable} trainable parameters${all}."""`;
}

function sequentialBody(graph: NetworkGraph, analysis: NetworkAnalysis, names: Map<string, string>): string[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const items = analysis.order.map((id) => {
    const node = byId.get(id) as LayerNode;
    const mapping = KERAS_LAYERS[node.type];
    const name = names.get(id) as string;
    return `            ${mapping.role === 'input' ? inputExpression(name) : layerExpression(node, mapping, name)},`;
  });
  return ['    return keras.Sequential(', '        [', ...items, '        ],', `        name=${pyString(MODEL_NAME)},`, '    )'];
}

function functionalBody(graph: NetworkGraph, analysis: NetworkAnalysis, names: Map<string, string>): string[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const taken = new Set<string>();
  const variables = new Map<string, string>();
  const lines: string[] = [];
  let inputVariable: string | null = null;
  let last: string | null = null;
  const leftOut = (node: LayerNode, why: string) =>
    lines.push(`    # Layer ${pyString(String(node.name))} is left out: ${why}.`);
  const order = topologicalOrder(graph);
  const placed = new Set(order);
  for (const node of graph.nodes.filter((n) => !placed.has(n.id))) leftOut(node, 'it is on or after a loop');
  for (const id of order) {
    const node = byId.get(id) as LayerNode;
    const mapping = ownEntry(KERAS_LAYERS, node.type);
    const name = names.get(id) as string;
    if (!mapping) {
      leftOut(node, `the app has no layer type ${pyString(String(node.type))}`);
      continue;
    }
    const variable: string = inputVariable === null && mapping.role === 'input' ? 'inputs' : pyIdentifier(name, taken);
    if (mapping.role === 'input') {
      inputVariable ??= variable;
      lines.push(`    ${variable} = ${inputExpression(name)}`);
    } else {
      const sources = analysis.inputsOf[id].map((source) => variables.get(source));
      if (sources.length === 0 || sources.some((s) => s === undefined)) {
        leftOut(node, 'it has no input');
        continue;
      }
      const argument = mapping.role === 'merge' ? `[${sources.join(', ')}]` : (sources[0] as string);
      lines.push(`    ${variable} = ${layerExpression(node, mapping, name)}(${argument})`);
    }
    variables.set(id, variable);
    last = variable;
  }
  const output = (analysis.outputId !== null ? variables.get(analysis.outputId) : undefined) ?? last ?? 'inputs';
  lines.push(`    return keras.Model(inputs=${inputVariable ?? 'None'}, outputs=${output}, name=${pyString(MODEL_NAME)})`);
  return lines;
}

/** build_model() for the network, Sequential for a chain and functional otherwise. */
export function buildModelCode(graph: NetworkGraph, analysis: NetworkAnalysis): ModelCode {
  const { names, notes } = kerasNames(graph);
  const body = isChain(graph, analysis) ? sequentialBody(graph, analysis, names) : functionalBody(graph, analysis, names);
  const problems =
    analysis.issues.length > 0
      ? [`    # The app reports ${analysis.issues.length} problem(s) with this network, so Keras may refuse it too.`]
      : [];
  const helpers = new Map<string, string[]>();
  for (const node of graph.nodes) {
    const helper = ownEntry(KERAS_ACTIVATIONS, node.params?.activation)?.helper;
    if (helper) helpers.set(helper.identifier, helper.code);
  }
  return {
    lines: ['def build_model():', docstring(analysis), ...notes.map((note) => `    ${note}`), ...problems, ...body],
    helpers: [...helpers.values()],
  };
}
