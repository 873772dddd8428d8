// Graph structure without shapes: incoming order, topological order, loops.
import type { NetworkGraph } from './types';

/** Incoming node ids per node, in the order of `graph.edges` (edges to unknown nodes are ignored). */
export function incomingOf(graph: NetworkGraph): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const node of graph.nodes) result[node.id] = [];
  for (const edge of graph.edges) {
    if (result[edge.source] && result[edge.target]) result[edge.target].push(edge.source);
  }
  return result;
}

/** Outgoing node ids per node, in the order of `graph.edges`. */
export function outgoingOf(graph: NetworkGraph): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const node of graph.nodes) result[node.id] = [];
  for (const edge of graph.edges) {
    if (result[edge.source] && result[edge.target]) result[edge.source].push(edge.target);
  }
  return result;
}

/** Node ids so that every edge points forward (Kahn's algorithm, ties in `graph.nodes` order).
 * Nodes on a loop, or downstream of one, are left out: a shorter list means a cycle. */
export function topologicalOrder(graph: NetworkGraph): string[] {
  const incoming = incomingOf(graph);
  const outgoing = outgoingOf(graph);
  const pending: Record<string, number> = {};
  for (const node of graph.nodes) pending[node.id] = incoming[node.id].length;
  const placed = new Set<string>();
  const order: string[] = [];
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const node of graph.nodes) {
      if (placed.has(node.id) || pending[node.id] > 0) continue;
      placed.add(node.id);
      order.push(node.id);
      for (const target of outgoing[node.id]) pending[target] -= 1;
      progressed = true;
    }
  }
  return order;
}

/** Ids of the nodes that lie on a loop (a path from the node back to itself). */
export function nodesOnCycles(graph: NetworkGraph): string[] {
  const outgoing = outgoingOf(graph);
  const ordered = new Set(topologicalOrder(graph));
  return graph.nodes
    .map((n) => n.id)
    .filter((id) => !ordered.has(id) && reaches(outgoing, id, id));
}

/** True when a path of one or more edges leads from `from` to `to`. */
export function reaches(outgoing: Record<string, string[]>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [...(outgoing[from] ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(outgoing[id] ?? []));
  }
  return false;
}
