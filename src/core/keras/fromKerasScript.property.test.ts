// Whatever text arrives, fromKerasScript returns a graph or coded errors: it
// never throws, and a rejection always carries a known code and a line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../network/analyze';
import { KERAS_ERROR_CODES } from './errors';
import { EXPORT_CASES } from './exportCases.fixture';
import { fromKerasScript, type KerasImportResult } from './fromKerasScript';
import { toKerasScript } from './toKerasScript';

function checkResult(result: KerasImportResult): void {
  if ('graph' in result) {
    expect(() => analyzeNetwork(result.graph)).not.toThrow();
    expect(result.graph.nodes.length).toBeGreaterThan(0);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(KERAS_ERROR_CODES).toContain(error.code);
    expect(error.code, JSON.stringify(error)).not.toBe('keras-internal');
    expect(error.line === null || (Number.isInteger(error.line) && error.line >= 1)).toBe(true);
  }
}

const exports = EXPORT_CASES.map(({ graph, settings }) => toKerasScript(graph, settings));

/** Pieces of Keras-like code, so random text reaches the parser and the interpreter. */
const piece = fc.constantFrom(
  'model', ' = ', 'keras.Sequential(', 'layers.Dense(', 'Conv2D(', 'Input(shape=', 'keras.Model(', '(', ')', '[', ']', ', ', '\n', '    ',
  "'relu'", '"same"', '10', '784', '(28, 28, 1)', '0.5', 'x', 'y', '.add(', 'name=', 'activation=', 'input_shape=', '#', '\\\n', ':',
  'def f():', 'return ', 'lambda: ', 'None', 'True', '**', '-', '*', 'layers.Add()([x, y])', 'layers.concatenate(', 'for i in ', 'if ', 'else',
  '"""', "'", 'import keras', 'from keras import layers', '.', '...', '@', '{', '}', 'é', '\t', 'Reshape((7, 7, 16))', 'Flatten()',
);

describe('fromKerasScript on any text', () => {
  it('handles random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => checkResult(fromKerasScript(text))), { numRuns: 500 });
  }, 30_000);

  it('handles random Keras-like code', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => checkResult(fromKerasScript(pieces.join('')))), { numRuns: 1000 });
  }, 30_000);

  it('handles mutated exports', () => {
    const mutation = fc.record({
      source: fc.integer({ min: 0, max: exports.length - 1 }),
      at: fc.nat(),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(fc.string({ maxLength: 12 }), piece),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let text = exports[mutations[0].source];
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          text = text.slice(0, at) + m.insert + text.slice(at + m.cut);
        }
        checkResult(fromKerasScript(text));
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('keeps any layer name through an export and import', () => {
    const lenet = EXPORT_CASES.find((c) => c.file === 'lenet5.py')!;
    const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((n) => !n.includes('/') && n !== 'conv2d_1' && n !== 'input');
    fc.assert(
      fc.property(name, (chosen) => {
        const graph = { ...lenet.graph, nodes: lenet.graph.nodes.map((n) => (n.name === 'dense_1' ? { ...n, name: chosen } : n)) };
        const result = fromKerasScript(toKerasScript(graph, lenet.settings));
        if ('errors' in result) throw new Error(JSON.stringify(result.errors));
        expect(result.graph.nodes.map((n) => n.name)).toEqual(graph.nodes.map((n) => n.name));
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
