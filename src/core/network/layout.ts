// Auto layout: layers in rows by topological depth, top to bottom, each row
// centred and ordered so wires cross as little as a simple rule can manage.
// A deep network wraps into side-by-side columns of at most LAYOUT_ROWS rows,
// so a whole preset fits a landscape screen at a readable size.
import { NODE_SPACING, NODE_X } from './graph';
import { incomingOf, topologicalOrder } from './topology';
import type { NetworkGraph } from './types';

/** Horizontal distance between layers that share a row. */
export const COLUMN_SPACING = 280;
/** Rows of layers in one column before the layout starts the next column to the right. */
export const LAYOUT_ROWS = 5;
/** Width of a layer card on the canvas (the builder's CSS uses the same). */
export const LAYER_CARD_WIDTH = 170;
/** Space between two columns of a wrapped layout: room for a skip wire's arc. */
export const COLUMN_GAP = 40;

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

/** The graph with every layer moved to its auto-layout position; wires and parameters unchanged.
 * Depth d goes to column floor(d / rows), row d mod rows. */
export function autoLayout(graph: NetworkGraph, rows = LAYOUT_ROWS): NetworkGraph {
  const depth = layerDepths(graph);
  const incoming = incomingOf(graph);
  const levels = new Map<number, string[]>();
  for (const node of graph.nodes) levels.set(depth[node.id], [...(levels.get(depth[node.id]) ?? []), node.id]);

  const original = new Map(graph.nodes.map((n) => [n.id, n.position.x]));
  const relativeX = new Map<string, number>();
  const average = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
  // Order each row by where its inputs ended up (their barycentre), then by where the layers were.
  const sortKey = (id: string): number => {
    const sources = incoming[id].filter((source) => relativeX.has(source));
    return sources.length > 0 ? average(sources.map((source) => relativeX.get(source) as number)) : NODE_X;
  };
  const sortedLevels = [...levels.keys()].sort((a, b) => a - b);
  for (const level of sortedLevels) {
    const row = levels.get(level) as string[];
    const ordered = [...row].sort((a, b) => sortKey(a) - sortKey(b) || (original.get(a) as number) - (original.get(b) as number));
    ordered.forEach((id, i) => relativeX.set(id, NODE_X + (i - (ordered.length - 1) / 2) * COLUMN_SPACING));
  }

  // Columns: each shifted right of the one before by its own extent plus a gap.
  const columnOf = (id: string) => Math.floor(depth[id] / rows);
  const columns = Math.max(0, ...graph.nodes.map((n) => columnOf(n.id))) + 1;
  const shift: number[] = [];
  let right = 0;
  for (let c = 0; c < columns; c++) {
    const xs = graph.nodes.filter((n) => columnOf(n.id) === c).map((n) => relativeX.get(n.id) as number);
    const left = xs.length > 0 ? Math.min(...xs) : NODE_X;
    shift[c] = c === 0 ? 0 : right + COLUMN_GAP - left;
    right = (xs.length > 0 ? Math.max(...xs) : NODE_X) + LAYER_CARD_WIDTH + shift[c];
  }

  return {
    nodes: graph.nodes.map((node) => {
      const c = columnOf(node.id);
      const position = { x: (relativeX.get(node.id) as number) + shift[c], y: (depth[node.id] - c * rows) * NODE_SPACING };
      return position.x === node.position.x && position.y === node.position.y ? node : { ...node, position };
    }),
    edges: graph.edges,
  };
}

/** True when every layer already sits where autoLayout would put it. */
export function isAutoLaidOut(graph: NetworkGraph): boolean {
  const laidOut = autoLayout(graph);
  return laidOut.nodes.every((node, i) => node === graph.nodes[i]);
}
