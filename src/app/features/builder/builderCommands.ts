// Builder commands on a store: the palette, the toolbar and the keyboard call
// these, and the property test drives the very same functions.
import { disconnect } from '../../../core/network/graph';
import type { LayerType } from '../../../core/network/types';
import type { AppStore } from '../../store/appStore';
import { autoLayout, isAutoLaidOut } from './autoLayout';
import { addLayer, deleteLayer, placeLayer } from './builderEdits';
import type { Point } from './flowElements';

/** Adds a layer after the selected one (or before the output), selects it and scrolls to it. A
 * network in auto layout is laid out again, so the new layer lands in free space; true when it was. */
export function addLayerCommand(store: AppStore, type: LayerType): boolean {
  const { graph, selectedNodeId, replaceGraph, revealNode } = store.getState();
  const edit = addLayer(graph, selectedNodeId, type);
  const relayout = isAutoLaidOut(graph) && edit.graph !== graph;
  replaceGraph(relayout ? autoLayout(edit.graph) : edit.graph, { select: edit.select });
  if (edit.select !== null) revealNode(edit.select, false);
  return relayout;
}

/** Places an unwired layer where it was dropped and selects it. */
export function placeLayerCommand(store: AppStore, type: LayerType, position: Point): void {
  const { graph, replaceGraph } = store.getState();
  const edit = placeLayer(graph, type, position);
  replaceGraph(edit.graph, { select: edit.select });
}

/** Deletes the selected layer (rewiring its neighbours); returns the layer selected next. */
export function deleteSelectedCommand(store: AppStore): string | null {
  const { graph, selectedNodeId, replaceGraph } = store.getState();
  if (selectedNodeId === null) return null;
  const edit = deleteLayer(graph, selectedNodeId);
  if (edit.graph !== graph) replaceGraph(edit.graph, { select: edit.select });
  return edit.select;
}

/** Removes one wire. */
export function deleteWireCommand(store: AppStore, wireId: string): void {
  const { graph, replaceGraph } = store.getState();
  const next = disconnect(graph, wireId);
  if (next.edges.length !== graph.edges.length) replaceGraph(next);
}

/** Arranges every layer top to bottom by depth (one Undo step). */
export function autoLayoutCommand(store: AppStore): void {
  const { graph, replaceGraph } = store.getState();
  const next = autoLayout(graph);
  if (next.nodes.some((node, i) => node !== graph.nodes[i])) replaceGraph(next);
}
