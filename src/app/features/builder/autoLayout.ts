// Auto layout: layers in rows by topological depth, top to bottom, each row
// centred, ordered so wires cross as little as a simple rule can manage.
import { NODE_SPACING, NODE_X } from '../../../core/network/graph';
import { incomingOf, topologicalOrder } from '../../../core/network/topology';
import type { NetworkGraph } from '../../../core/network/types';

/** Horizontal distance between layers that share a row. */
export const COLUMN_SPACING = 280;

/** Each node's row: 0 for layers without inputs, else one below its deepest input.
 * Nodes on a loop (no topological place) get rows below everything else, in graph order. */
export function layerDepths(graph: NetworkGraph): Record<string, number> {
  const incoming = incomingOf(graph);
  const depth: Record<string, number> = {};
  let deepest = -1;
  for (const id of topologicalOrder(graph)) {
    depth[id] = Math.max(-1, ...incoming[id].map((source) => depth[source] ?? -1)) + 1;
    deepest = Math.max(deepest, depth[id]);
  }
  for (const node of graph.nodes) {
    if (depth[node.id] === undefined) depth[node.id] = ++deepest;
  }
  return depth;
}

/** The graph with every layer moved to its auto-layout position; wires and parameters unchanged. */
export function autoLayout(graph: NetworkGraph): NetworkGraph {
  const depth = layerDepths(graph);
  const incoming = incomingOf(graph);
  const rows = new Map<number, string[]>();
  for (const node of graph.nodes) rows.set(depth[node.id], [...(rows.get(depth[node.id]) ?? []), node.id]);

  const original = new Map(graph.nodes.map((n) => [n.id, n.position.x]));
  const placedX = new Map<string, number>();
  const average = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
  // Order each row by where its inputs ended up (their barycentre), then by where the layers were.
  const sortKey = (id: string): number => {
    const sources = incoming[id].filter((source) => placedX.has(source));
    return sources.length > 0 ? average(sources.map((source) => placedX.get(source) as number)) : NODE_X;
  };
  for (const level of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(level) as string[];
    const ordered = [...row].sort(
      (a, b) => sortKey(a) - sortKey(b) || (original.get(a) as number) - (original.get(b) as number),
    );
    ordered.forEach((id, i) => placedX.set(id, NODE_X + (i - (ordered.length - 1) / 2) * COLUMN_SPACING));
  }
  return {
    nodes: graph.nodes.map((node) => {
      const position = { x: placedX.get(node.id) as number, y: depth[node.id] * NODE_SPACING };
      return position.x === node.position.x && position.y === node.position.y ? node : { ...node, position };
    }),
    edges: graph.edges,
  };
}
