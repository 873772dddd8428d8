// Property test: any sequence of builder edits, Undo and Redo leaves a graph
// that is well formed and that analysis describes consistently, and Undo
// always returns the exact graph from before an edit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../core/network/analyze';
import { LAYER_CATALOGUE } from '../../../core/network/catalogue';
import { setParam } from '../../../core/network/graph';
import { topologicalOrder } from '../../../core/network/topology';
import type { NetworkGraph, ParamValue } from '../../../core/network/types';
import { createAppStore, type AppStore } from '../../store/appStore';
import { UNDO_LIMIT } from '../../store/networkSlice';
import { addLayerCommand, autoLayoutCommand, deleteSelectedCommand, deleteWireCommand, placeLayerCommand } from './builderCommands';
import { moveLayers } from './builderEdits';
import { PALETTE_GROUPS } from './palette';
import { checkWire } from './wireCheck';

const layerType = fc.constantFrom(...PALETTE_GROUPS.flatMap((group) => group.types));
const coordinate = fc.integer({ min: -800, max: 800 });
const paramValue: fc.Arbitrary<ParamValue> = fc.oneof(
  fc.integer({ min: -3, max: 5000 }),
  fc.double({ min: -1, max: 2, noNaN: true }),
  fc.constantFrom('relu', 'softmax', 'same', 'valid', 'heNormal', 'bogus'),
  fc.boolean(),
  fc.array(fc.integer({ min: -1, max: 30 }), { maxLength: 4 }),
);

const command = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), type: layerType, pick: fc.option(fc.nat()) }),
  fc.record({ kind: fc.constant('place' as const), type: layerType, x: coordinate, y: coordinate }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('param' as const), pick: fc.nat(), key: fc.nat(), value: paramValue }),
  fc.record({ kind: fc.constant('wire' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('unwire' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), x: coordinate, y: coordinate }),
  fc.constant({ kind: 'layout' as const }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

const nth = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);

/** Runs one command against the store; returns true when it was an edit (not Undo or Redo). */
function run(store: AppStore, step: Command): boolean {
  const state = store.getState();
  const graph = state.graph;
  const pickNode = (index: number) => nth(graph.nodes, index);
  switch (step.kind) {
    case 'add':
      state.selectNode(step.pick === null ? null : (pickNode(step.pick)?.id ?? null));
      addLayerCommand(store, step.type);
      return true;
    case 'place':
      placeLayerCommand(store, step.type, { x: step.x, y: step.y });
      return true;
    case 'delete':
      state.selectNode(pickNode(step.pick)?.id ?? null);
      deleteSelectedCommand(store);
      return true;
    case 'param': {
      const node = pickNode(step.pick);
      const spec = node && nth(LAYER_CATALOGUE[node.type].params, step.key);
      if (node && spec) state.replaceGraph(setParam(graph, node.id, spec.key, step.value));
      return true;
    }
    case 'wire': {
      const [from, to] = [pickNode(step.from), pickNode(step.to)];
      const result = from && to ? checkWire(graph, from.id, to.id) : null;
      if (result?.ok) state.replaceGraph(result.graph);
      return true;
    }
    case 'unwire': {
      const edge = nth(graph.edges, step.pick);
      if (edge) deleteWireCommand(store, edge.id);
      return true;
    }
    case 'move': {
      const node = pickNode(step.pick);
      if (node) state.replaceGraph(moveLayers(graph, { [node.id]: { x: step.x, y: step.y } }));
      return true;
    }
    case 'layout':
      autoLayoutCommand(store);
      return true;
    case 'undo':
      state.undo();
      return false;
    case 'redo':
      state.redo();
      return false;
  }
}

function expectWellFormed(graph: NetworkGraph): void {
  const ids = graph.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(graph.nodes.map((n) => n.name)).size).toBe(ids.length);
  expect(graph.nodes.filter((n) => n.type === 'input')).toHaveLength(1);
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  expect(new Set(graph.edges.map((e) => `${e.source}\n${e.target}`)).size).toBe(graph.edges.length);
  for (const edge of graph.edges) {
    expect(ids).toContain(edge.source);
    expect(ids).toContain(edge.target);
  }
  // Wires are only ever drawn through checkWire, so no edit can close a loop.
  expect(topologicalOrder(graph)).toHaveLength(ids.length);

  const analysis = analyzeNetwork(graph, 'categoricalCrossentropy');
  expect([...analysis.order].sort()).toEqual([...ids].sort());
  for (const issue of analysis.issues) if (issue.nodeId !== undefined) expect(ids).toContain(issue.nodeId);
  const perNode = Object.values(analysis.nodes);
  expect(analysis.totalParams).toBe(perNode.reduce((sum, n) => sum + n.params, 0));
  expect(analysis.trainableParams).toBeLessThanOrEqual(analysis.totalParams);
  for (const id of ids) expect(analysis.inputsOf[id]).toHaveLength(graph.edges.filter((e) => e.target === id).length);
}

describe('builder edits, as a property', () => {
  it('keep the graph well formed and Undo exact, for any sequence of edits', () => {
    fc.assert(
      fc.property(fc.constantFrom('blank', 'mlp', 'lenet5', 'resnet'), fc.array(command, { maxLength: 30 }), (presetId, steps) => {
        const store = createAppStore();
        store.getState().setPreset(presetId);
        // A model of the history: graphs Undo and Redo must bring back, most recent last.
        const undoModel = store.getState().undoStack.map((snapshot) => snapshot.graph);
        const redoModel: NetworkGraph[] = [];
        for (const step of steps) {
          const before = store.getState().graph;
          const edited = run(store, step);
          const after = store.getState().graph;
          expectWellFormed(after);
          if (!edited) {
            const [from, to] = step.kind === 'undo' ? [undoModel, redoModel] : [redoModel, undoModel];
            const expected = from.pop();
            if (expected !== undefined) to.push(before);
            expect(after).toBe(expected ?? before);
            continue;
          }
          if (after === before) continue;
          undoModel.push(before);
          redoModel.length = 0;
          store.getState().undo();
          expect(store.getState().graph).toBe(before);
          store.getState().redo();
          expect(store.getState().graph).toBe(after);
        }
        for (const expected of undoModel.slice(-UNDO_LIMIT).reverse()) {
          store.getState().undo();
          expect(store.getState().graph).toBe(expected);
        }
        expect(store.getState().undoStack).toHaveLength(0);
      }),
      { numRuns: 150 },
    );
  }, 30_000); // 150 random edit sequences: about 2 s quiet, over 5 s on a loaded 2-core machine
});
