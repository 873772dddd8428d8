// Pure edits of a network graph. Every edit returns a new graph and leaves
// its argument untouched, so the builder can keep old graphs for Undo.
import { LAYER_CATALOGUE, defaultParams } from './catalogue';
import type { IssueCode } from './issues';
import { incomingOf, outgoingOf, reaches, topologicalOrder } from './topology';
import type { Edge, LayerNode, LayerType, NetworkGraph, ParamValue } from './types';

export { topologicalOrder } from './topology';

/** Vertical distance between consecutive layers on the canvas. */
export const NODE_SPACING = 100;

/** Canvas x of layers laid out as a chain. */
export const NODE_X = 0;

/** A layer type with optional parameter overrides, for building chains. */
export interface ChainItem {
  type: LayerType;
  params?: Record<string, ParamValue>;
}

/** Result of `connect`: the new graph, or why the wire was refused. */
export type ConnectResult = { graph: NetworkGraph } | { error: IssueCode };

/** The next free default name for a layer type: dense_1, dense_2, ... ('input' for the first input). */
export function nextName(graph: NetworkGraph, type: LayerType): string {
  const prefix = LAYER_CATALOGUE[type].namePrefix;
  if (type === 'input' && !graph.nodes.some((n) => n.name === 'input')) return 'input';
  const pattern = new RegExp(`^${prefix}_(\\d+)$`);
  let max = 0;
  for (const node of graph.nodes) {
    const match = pattern.exec(node.name);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return `${prefix}_${max + 1}`;
}

/** The id of the single node with inputs and no outputs (or the only node), else null. */
export function outputNodeId(graph: NetworkGraph): string | null {
  const incoming = incomingOf(graph);
  const outgoing = outgoingOf(graph);
  const sinks = graph.nodes.filter(
    (n) => outgoing[n.id].length === 0 && (graph.nodes.length === 1 || incoming[n.id].length > 0),
  );
  return sinks.length === 1 ? sinks[0].id : null;
}

const edgeId = (source: string, target: string): string => `${source}->${target}`;

function uniqueId(graph: NetworkGraph, base: string): string {
  const used = new Set(graph.nodes.map((n) => n.id));
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}~${k}`;
  return id;
}

/** Adds an unconnected layer with default parameters (plus overrides); it becomes the last node. */
export function createNode(
  graph: NetworkGraph,
  type: LayerType,
  position?: { x: number; y: number },
  params?: Record<string, ParamValue>,
): NetworkGraph {
  const name = nextName(graph, type);
  const last = graph.nodes[graph.nodes.length - 1];
  const node: LayerNode = {
    id: uniqueId(graph, name),
    type,
    name,
    params: { ...defaultParams(type), ...params },
    position: position ?? { x: last?.position.x ?? NODE_X, y: last ? last.position.y + NODE_SPACING : 0 },
  };
  return { nodes: [...graph.nodes, node], edges: graph.edges };
}

/** Moves every node reachable from `fromId` (not itself) down by `dy`. */
function shiftDownstream(graph: NetworkGraph, fromId: string, dy: number): NetworkGraph {
  const outgoing = outgoingOf(graph);
  const nodes = graph.nodes.map((n) =>
    n.id !== fromId && reaches(outgoing, fromId, n.id) ? { ...n, position: { x: n.position.x, y: n.position.y + dy } } : n,
  );
  return { nodes, edges: graph.edges };
}

/** Puts a new layer on the given outgoing edges of `sourceId`: source -> new -> their targets. */
function splice(
  graph: NetworkGraph,
  sourceId: string,
  redirect: (edge: Edge) => boolean,
  type: LayerType,
  params: Record<string, ParamValue> | undefined,
  position: { x: number; y: number },
): NetworkGraph {
  const withNode = createNode(graph, type, position, params);
  const id = withNode.nodes[withNode.nodes.length - 1].id;
  const edges = withNode.edges.map((e) =>
    e.source === sourceId && redirect(e) ? { id: edgeId(id, e.target), source: id, target: e.target } : e,
  );
  edges.push({ id: edgeId(sourceId, id), source: sourceId, target: id });
  return shiftDownstream({ nodes: withNode.nodes, edges }, id, NODE_SPACING);
}

/** Adds a layer after `afterId`, taking over all its outgoing wires. With null it goes just before
 * the output (or after the last layer when the output has several inputs). The new node is last in `nodes`. */
export function insertAfter(
  graph: NetworkGraph,
  afterId: string | null,
  type: LayerType,
  params?: Record<string, ParamValue>,
): NetworkGraph {
  if (afterId === null) {
    const outputId = outputNodeId(graph);
    const into = graph.edges.filter((e) => e.target === outputId);
    const output = graph.nodes.find((n) => n.id === outputId);
    if (output && into.length === 1) {
      const edge = into[0];
      return splice(graph, edge.source, (e) => e.id === edge.id, type, params, { ...output.position });
    }
    const order = topologicalOrder(graph);
    const last = outputId ?? order[order.length - 1];
    return last === undefined ? createNode(graph, type, undefined, params) : insertAfter(graph, last, type, params);
  }
  const after = graph.nodes.find((n) => n.id === afterId);
  if (!after) return graph;
  const position = { x: after.position.x, y: after.position.y + NODE_SPACING };
  return splice(graph, afterId, () => true, type, params, position);
}

/** Deletes a layer. When it had exactly one input, that input is wired to all its outputs.
 * The input layer cannot be deleted (the graph is returned unchanged). */
export function removeNode(graph: NetworkGraph, id: string): NetworkGraph {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node || node.type === 'input') return graph;
  const ins = graph.edges.filter((e) => e.target === id);
  const rewire = ins.length === 1 && graph.edges.some((e) => e.source === id);
  const moved = rewire ? shiftDownstream(graph, id, -NODE_SPACING) : graph;
  const source = ins[0]?.source;
  const edges: Edge[] = [];
  const seen = new Set<string>();
  for (const e of moved.edges) {
    if (e.target === id) continue;
    const next = e.source === id ? (rewire ? { id: edgeId(source, e.target), source, target: e.target } : null) : e;
    if (next === null || seen.has(`${next.source}\n${next.target}`)) continue;
    seen.add(`${next.source}\n${next.target}`);
    edges.push(next);
  }
  return { nodes: moved.nodes.filter((n) => n.id !== id), edges };
}

/** Sets one parameter of one layer (no validation: analysis reports bad values). */
export function setParam(graph: NetworkGraph, id: string, key: string, value: ParamValue): NetworkGraph {
  if (!graph.nodes.some((n) => n.id === id)) return graph;
  return {
    nodes: graph.nodes.map((n) => (n.id === id ? { ...n, params: { ...n.params, [key]: value } } : n)),
    edges: graph.edges,
  };
}

/** Wires `source` into `target`. Refuses self-loops and loops ('cycle'), wires into the input or
 * into a layer already at its input limit ('too-many-inputs') and unknown ids ('disconnected').
 * An existing wire is kept as it is. */
export function connect(graph: NetworkGraph, source: string, target: string): ConnectResult {
  const targetNode = graph.nodes.find((n) => n.id === target);
  if (!targetNode || !graph.nodes.some((n) => n.id === source)) return { error: 'disconnected' };
  if (source === target) return { error: 'cycle' };
  if (graph.edges.some((e) => e.source === source && e.target === target)) return { graph };
  if (reaches(outgoingOf(graph), target, source)) return { error: 'cycle' };
  const inputs = graph.edges.filter((e) => e.target === target).length;
  if (inputs >= LAYER_CATALOGUE[targetNode.type].maxInputs) return { error: 'too-many-inputs' };
  return { graph: { nodes: graph.nodes, edges: [...graph.edges, { id: edgeId(source, target), source, target }] } };
}

/** Removes one wire by id. */
export function disconnect(graph: NetworkGraph, id: string): NetworkGraph {
  return { nodes: graph.nodes, edges: graph.edges.filter((e) => e.id !== id) };
}

/** Builds a chain graph: each layer feeds the next, auto-named, laid out top to bottom. */
export function chain(items: readonly (LayerType | ChainItem)[]): NetworkGraph {
  let graph: NetworkGraph = { nodes: [], edges: [] };
  items.forEach((item, i) => {
    const { type, params } = typeof item === 'string' ? { type: item, params: undefined } : item;
    graph = createNode(graph, type, { x: NODE_X, y: i * NODE_SPACING }, params);
    if (i > 0) {
      const source = graph.nodes[i - 1].id;
      const target = graph.nodes[i].id;
      graph = { nodes: graph.nodes, edges: [...graph.edges, { id: edgeId(source, target), source, target }] };
    }
  });
  return graph;
}
