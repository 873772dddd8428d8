// Comparing networks by what they compute, ignoring where layers sit on the canvas.
import type { NetworkGraph } from './types';

/** The graph as text without positions: equal for graphs that build the same model. */
export function architectureKey(graph: NetworkGraph): string {
  return JSON.stringify({
    nodes: graph.nodes.map(({ id, type, name, params }) => ({ id, type, name, params })),
    edges: graph.edges.map(({ source, target }) => [source, target]),
  });
}

/** True when two graphs have the same layers, parameters and wires; positions may differ.
 * Moving a layer on the canvas changes nothing the engine builds. */
export function sameArchitecture(a: NetworkGraph, b: NetworkGraph): boolean {
  if (a === b) return true;
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  return architectureKey(a) === architectureKey(b);
}
