import { describe, expect, it } from 'vitest';
import { KERAS_ERROR_CODES, kerasError } from '../../../core/keras/errors';
import { fromKerasScript } from '../../../core/keras/fromKerasScript';
import { createAppStore } from '../../store/appStore';
import { exportKerasCommand, importKerasCommand } from './kerasCommands';
import { describeKerasError } from './kerasText';

const COURSE = `model = keras.Sequential([
    layers.Dense(1024, activation='relu', input_shape=(784,)),
    layers.Dropout(0.2),
    layers.Dense(1024, activation='relu'),
    layers.Dropout(0.2),
    layers.Dense(10, activation='softmax'),
])`;

describe('Keras commands on the store', () => {
  it('replaces the network on a good import, and Undo brings the old one back', () => {
    const store = createAppStore();
    const before = store.getState().graph;
    const outcome = importKerasCommand(store, COURSE);
    expect(outcome).toEqual({ kind: 'imported', layers: 7, parameters: 1_863_690, problems: 0 });
    expect(store.getState().graph.nodes.map((n) => n.type)).toEqual(['input', 'flatten', 'dense', 'dropout', 'dense', 'dropout', 'dense']);
    expect(store.getState().presetId).toBeNull();
    store.getState().undo();
    expect(store.getState().graph).toBe(before);
  });

  it('changes nothing on a bad import', () => {
    const store = createAppStore();
    const before = store.getState();
    const outcome = importKerasCommand(store, COURSE.replace('784', '1000'));
    expect(outcome.kind).toBe('failed');
    expect(store.getState().graph).toBe(before.graph);
    expect(store.getState().undoStack).toBe(before.undoStack);
  });

  it('exports the current network, named after its preset', () => {
    const store = createAppStore();
    store.getState().setPreset('lenet5');
    const { fileName, script } = exportKerasCommand(store);
    expect(fileName).toBe('lenet5.py');
    expect(script).toContain('def build_model():');
    expect(script).toContain('61,706 trainable parameters');
  });
});

describe('Keras import messages', () => {
  it('has words for every code, with the line first', () => {
    for (const code of KERAS_ERROR_CODES) {
      const params = { layer: 'Dense', argument: 'units', value: 'x', name: 'n', max: 5, count: 2, character: '$', bracket: '(', near: 'x', length: 9, position: 2, shape: '(1,)', size: 784, message: 'm' };
      const text = describeKerasError(kerasError(code, 3, params));
      expect(text, code).toMatch(/^Line 3: \S/);
      expect(text, code).not.toMatch(/undefined/);
    }
  });

  it('says that the images have 784 values for input_shape=(1000,)', () => {
    const result = fromKerasScript(COURSE.replace('784', '1000'));
    if (!('errors' in result)) throw new Error('import unexpectedly succeeded');
    expect(describeKerasError(result.errors[0])).toBe(
      "Line 2: The input shape (1000,) does not fit: the app's input is the MNIST image, 28×28×1 = 784 values. Use input_shape=(784,) for flattened images or (28, 28, 1).",
    );
  });

  it('names the unknown layer and the line', () => {
    const result = fromKerasScript('model = Sequential()\nmodel.add(Dense(10))\n\n\n\n\nmodel.add(LSTM(32))');
    if (!('errors' in result)) throw new Error('import unexpectedly succeeded');
    expect(describeKerasError(result.errors[0])).toMatch(/^Line 7: LSTM is not a layer the app has\. It has Dense, Conv2D, /);
  });
});
