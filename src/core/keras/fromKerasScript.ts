// Keras code in, the app's network out. The code is read, never run: a small
// tokenizer and parser, then an interpreter that only follows layers, tensors
// and literal values. Whatever the text, this returns a graph or coded errors.
import type { NetworkGraph } from '../network/types';
import { KerasSyntaxError, kerasError, type KerasImportError } from './errors';
import { Interpreter } from './interpret';
import { finishSequential } from './models';
import { parseStatements } from './parser';
import { tokenize } from './tokenizer';

/** Longest code the importer reads, in characters. */
export const MAX_CODE_LENGTH = 200_000;

/** Most errors reported at once. */
const MAX_ERRORS = 20;

/** The network the code builds, or why it could not be read. */
export type KerasImportResult = { graph: NetworkGraph } | { errors: KerasImportError[] };

function sorted(errors: KerasImportError[]): { errors: KerasImportError[] } {
  const seen = new Set<string>();
  const unique = errors.filter((error) => {
    const key = JSON.stringify([error.code, error.line, error.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { errors: unique.slice(0, MAX_ERRORS) };
}

function read(text: string): KerasImportResult {
  if (text.length > MAX_CODE_LENGTH) return { errors: [kerasError('keras-too-long', null, { length: text.length, max: MAX_CODE_LENGTH })] };
  const { statements, errors } = parseStatements(tokenize(text));
  if (errors.length > 0) return sorted(errors);
  const interpreter = new Interpreter();
  interpreter.run(statements);
  const chosen = interpreter.chosen;
  let ends: { input: number; output: number } | null = null;
  // A Sequential model's input is checked here, so its problems join the ones found while reading.
  if (chosen?.kind === 'sequential') ends = finishSequential(interpreter, chosen.value.model);
  else if (chosen?.kind === 'functional') ends = chosen;
  else if (interpreter.lastTensor) ends = { input: interpreter.lastTensor.input, output: interpreter.lastTensor.node };
  else if (interpreter.errors.length === 0) return { errors: [kerasError('keras-no-model', null)] };
  if (interpreter.errors.length > 0) return sorted(interpreter.errors);
  if (ends === null) return { errors: [kerasError('keras-no-model', null)] };
  const built = interpreter.pool.toGraph(ends.input, ends.output);
  return 'graph' in built ? built : sorted(built.errors);
}

/** Reads Keras model code (Sequential, model.add or the functional API) into the app's network,
 * laid out top to bottom, or returns coded errors with their line numbers. Never runs the code. */
export function fromKerasScript(text: string): KerasImportResult {
  try {
    return read(String(text));
  } catch (error) {
    if (error instanceof KerasSyntaxError) return { errors: [error.error] };
    return { errors: [kerasError('keras-internal', null, { message: error instanceof Error ? error.message.slice(0, 200) : String(error) })] };
  }
}
