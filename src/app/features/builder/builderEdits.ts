// The builder's edits as pure functions: each returns the new graph and the
// layer to select afterwards, so the canvas, the palette, the keyboard and
// the tests all make exactly the same change.
import { createNode, insertAfter, removeNode } from '../../../core/network/graph';
import type { LayerType, NetworkGraph } from '../../../core/network/types';
import type { Point } from './flowElements';

/** A new graph and the layer to select in it (null selects nothing). */
export interface BuilderEdit {
  graph: NetworkGraph;
  select: string | null;
}

const newestId = (graph: NetworkGraph): string | null => graph.nodes[graph.nodes.length - 1]?.id ?? null;

/** Adds a layer after the selected one (or before the output when none is) and selects it. */
export function addLayer(graph: NetworkGraph, selectedId: string | null, type: LayerType): BuilderEdit {
  const afterId = selectedId !== null && graph.nodes.some((n) => n.id === selectedId) ? selectedId : null;
  const next = insertAfter(graph, afterId, type);
  return { graph: next, select: newestId(next) };
}

/** Places an unwired layer at a canvas position (where it was dropped) and selects it. */
export function placeLayer(graph: NetworkGraph, type: LayerType, position: Point): BuilderEdit {
  const next = createNode(graph, type, { x: Math.round(position.x), y: Math.round(position.y) });
  return { graph: next, select: newestId(next) };
}

/** Deletes a layer (its single input is rewired to its outputs) and selects that input, so
 * keyboard users stay in the graph. The input layer stays: the graph comes back unchanged. */
export function deleteLayer(graph: NetworkGraph, id: string): BuilderEdit {
  const next = removeNode(graph, id);
  if (next === graph) return { graph, select: id };
  const input = graph.edges.find((e) => e.target === id)?.source ?? null;
  return { graph: next, select: input };
}

/** Moves layers to new positions; returns the same graph when nothing moved. */
export function moveLayers(graph: NetworkGraph, positions: Readonly<Record<string, Point>>): NetworkGraph {
  let moved = false;
  const nodes = graph.nodes.map((node) => {
    const to = positions[node.id];
    if (!to || (to.x === node.position.x && to.y === node.position.y)) return node;
    moved = true;
    return { ...node, position: { x: to.x, y: to.y } };
  });
  return moved ? { nodes, edges: graph.edges } : graph;
}
