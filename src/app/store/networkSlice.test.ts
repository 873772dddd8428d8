import { describe, expect, it } from 'vitest';
import { insertAfter, removeNode, setParam } from '../../core/network/graph';
import { findPreset } from '../../core/network/presets';
import { createAppStore } from './appStore';
import { INITIAL_PRESET_ID } from './initialPreset';
import { continuesGroup, UNDO_LIMIT } from './networkSlice';

describe('networkSlice', () => {
  it('opens with the initial preset and its settings', () => {
    const store = createAppStore();
    const preset = findPreset(INITIAL_PRESET_ID);
    expect(store.getState().presetId).toBe(INITIAL_PRESET_ID);
    expect(store.getState().graph).toBe(preset?.graph);
    expect(store.getState().undoStack).toEqual([]);
  });

  it('setPreset replaces the network, applies the preset settings and keeps the backend', () => {
    const store = createAppStore();
    store.getState().setSetting('backend', 'wasm');
    store.getState().setSettingText('learningRate', '0.5');
    const before = store.getState().graph;

    store.getState().setPreset('lenet5');

    const state = store.getState();
    expect(state.presetId).toBe('lenet5');
    expect(state.graph).toBe(findPreset('lenet5')?.graph);
    expect(state.settings.learningRate).toBe(findPreset('lenet5')?.settings.learningRate);
    expect(state.settingsText.learningRate).toBeUndefined();
    expect(state.settings.backend).toBe('wasm');
    expect(state.undoStack.at(-1)?.graph).toBe(before);
  });

  it('ignores an unknown preset id', () => {
    const store = createAppStore();
    const before = store.getState();
    store.getState().setPreset('no-such-preset');
    expect(store.getState().graph).toBe(before.graph);
    expect(store.getState().undoStack).toHaveLength(0);
  });

  it('undo brings the previous network back and redo repeats the change', () => {
    const store = createAppStore();
    const first = store.getState().graph;
    store.getState().setPreset('resnet');
    const second = store.getState().graph;

    store.getState().undo();
    expect(store.getState().graph).toBe(first);
    expect(store.getState().presetId).toBe(INITIAL_PRESET_ID);

    store.getState().redo();
    expect(store.getState().graph).toBe(second);
    expect(store.getState().presetId).toBe('resnet');
  });

  it('an edit clears redo and marks the network as custom', () => {
    const store = createAppStore();
    store.getState().setPreset('resnet');
    store.getState().undo();
    const graph = store.getState().graph;
    const edited = { ...graph, nodes: graph.nodes.map((node, i) => (i === 1 ? { ...node, name: 'renamed' } : node)) };
    store.getState().replaceGraph(edited);
    expect(store.getState().presetId).toBeNull();
    expect(store.getState().redoStack).toHaveLength(0);
  });

  it('keeps the preset when only cards move, and names a network that is a preset again', () => {
    const store = createAppStore();
    store.getState().setPreset('lenet5');
    const graph = store.getState().graph;
    store.getState().replaceGraph({ ...graph, nodes: graph.nodes.map((node) => ({ ...node, position: { x: node.position.x + 40, y: node.position.y } })) });
    expect(store.getState().presetId).toBe('lenet5');
    store.getState().replaceGraph({ ...graph, nodes: graph.nodes.slice(0, -1), edges: graph.edges.slice(0, -1) });
    expect(store.getState().presetId).toBeNull();
    // A copy of the preset's network (as a saved or shared document brings it back) is the preset.
    store.getState().replaceGraph(structuredClone(graph));
    expect(store.getState().presetId).toBe('lenet5');
  });

  it('keeps at most UNDO_LIMIT earlier networks', () => {
    const store = createAppStore();
    for (let i = 0; i < UNDO_LIMIT + 5; i += 1) store.getState().setPreset(i % 2 ? 'blank' : 'lenet5');
    expect(store.getState().undoStack).toHaveLength(UNDO_LIMIT);
  });
});

describe('networkSlice editing history', () => {
  const blankStore = () => {
    const store = createAppStore();
    store.getState().setPreset('blank');
    return store;
  };

  it('folds edits of one group into a single Undo step until the group ends', () => {
    const store = blankStore();
    const before = store.getState().graph;
    const typed = ['1', '12', '128'].map((text) => setParam(store.getState().graph, 'dense_1', 'units', Number(text)));
    for (const graph of typed) store.getState().replaceGraph(graph, { group: 'param:dense_1:units' });
    expect(store.getState().undoStack.at(-1)?.graph).toBe(before);

    store.getState().endEditGroup();
    store.getState().replaceGraph(setParam(store.getState().graph, 'dense_1', 'units', 7), { group: 'param:dense_1:units' });
    store.getState().undo();
    expect(store.getState().graph).toBe(typed[2]);
    store.getState().undo();
    expect(store.getState().graph).toBe(before);
  });

  it('does not fold edits of different groups or without a group', () => {
    expect(continuesGroup('param:a:units', 'param:a:units')).toBe(true);
    expect(continuesGroup('param:a:units', 'param:a:rate')).toBe(false);
    expect(continuesGroup(null, 'param:a:units')).toBe(false);
    expect(continuesGroup('param:a:units', undefined)).toBe(false);
  });

  it('selects what an edit asks for and drops a selection whose layer is gone', () => {
    const store = blankStore();
    const added = insertAfter(store.getState().graph, null, 'dense');
    store.getState().replaceGraph(added, { select: 'dense_2' });
    expect(store.getState().selectedNodeId).toBe('dense_2');
    store.getState().replaceGraph(removeNode(added, 'dense_2'));
    expect(store.getState().selectedNodeId).toBeNull();
    store.getState().selectNode('no-such-layer');
    expect(store.getState().selectedNodeId).toBeNull();
  });

  it('undo brings back the selection from before the edit, redo the one after', () => {
    const store = blankStore();
    store.getState().selectNode('dense_1');
    store.getState().replaceGraph(removeNode(store.getState().graph, 'dense_1'), { select: 'flatten_1' });
    store.getState().undo();
    expect(store.getState().selectedNodeId).toBe('dense_1');
    store.getState().redo();
    expect(store.getState().selectedNodeId).toBe('flatten_1');
  });

  it('a preset clears the selection; revealNode selects and counts requests', () => {
    const store = blankStore();
    store.getState().revealNode('flatten_1');
    store.getState().revealNode('flatten_1', false);
    expect(store.getState().revealRequest).toEqual({ nodeId: 'flatten_1', serial: 2, focus: false });
    expect(store.getState().selectedNodeId).toBe('flatten_1');
    store.getState().revealNode('missing');
    expect(store.getState().revealRequest?.serial).toBe(2);
    store.getState().setPreset('mlp');
    expect(store.getState().selectedNodeId).toBeNull();
  });

  it('replacing the graph with itself only changes the selection', () => {
    const store = blankStore();
    const depth = store.getState().undoStack.length;
    store.getState().replaceGraph(store.getState().graph, { select: 'input' });
    expect(store.getState().undoStack).toHaveLength(depth);
    expect(store.getState().selectedNodeId).toBe('input');
  });
});
