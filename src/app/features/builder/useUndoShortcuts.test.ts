import { describe, expect, it } from 'vitest';
import { historyCommand } from './useUndoShortcuts';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) =>
  historyCommand({ key, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt });

describe('historyCommand', () => {
  it('maps Ctrl/Cmd+Z to undo and the shifted key or Ctrl+Y to redo', () => {
    expect(press('z', { ctrl: true })).toBe('undo');
    expect(press('z', { meta: true })).toBe('undo');
    expect(press('Z', { ctrl: true, shift: true })).toBe('redo');
    expect(press('y', { ctrl: true })).toBe('redo');
  });

  it('ignores plain keys and other chords', () => {
    expect(press('z')).toBeNull();
    expect(press('z', { ctrl: true, alt: true })).toBeNull();
    expect(press('x', { ctrl: true })).toBeNull();
  });
});
