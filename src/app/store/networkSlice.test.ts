import { describe, expect, it } from 'vitest';
import { findPreset } from '../../core/network/presets';
import { createAppStore } from './appStore';
import { INITIAL_PRESET_ID } from './initialPreset';
import { UNDO_LIMIT } from './networkSlice';

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
    const edited = { ...store.getState().graph, nodes: [...store.getState().graph.nodes] };
    store.getState().replaceGraph(edited);
    expect(store.getState().presetId).toBeNull();
    expect(store.getState().redoStack).toHaveLength(0);
  });

  it('keeps at most UNDO_LIMIT earlier networks', () => {
    const store = createAppStore();
    for (let i = 0; i < UNDO_LIMIT + 5; i += 1) store.getState().setPreset(i % 2 ? 'blank' : 'lenet5');
    expect(store.getState().undoStack).toHaveLength(UNDO_LIMIT);
  });
});
