import { describe, expect, it } from 'vitest';
import { LAYER_TYPES } from '../../../core/network/catalogue';
import { addButtonName, droppedLayerType, PALETTE_GROUPS } from './palette';

describe('palette', () => {
  it('offers every layer type but the input exactly once', () => {
    const offered = PALETTE_GROUPS.flatMap((group) => group.types);
    expect([...offered].sort()).toEqual(LAYER_TYPES.filter((t) => t !== 'input').sort());
  });

  it('names buttons as the UI contract says', () => {
    expect(addButtonName('dense')).toBe('Add Dense layer');
    expect(addButtonName('batchNorm')).toBe('Add BatchNorm layer');
    expect(addButtonName('maxPool2d')).toBe('Add MaxPool2D layer');
  });

  it('accepts only offered layer types from a drop', () => {
    expect(droppedLayerType('conv2d')).toBe('conv2d');
    expect(droppedLayerType('input')).toBeNull();
    expect(droppedLayerType('<script>')).toBeNull();
  });
});
