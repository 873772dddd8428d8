// Coded problems of a Keras import. The importer returns codes and parameters;
// the app turns them into words (src/app/features/keras/kerasText.ts).

/** Every problem `fromKerasScript` can report. */
export type KerasErrorCode =
  | 'keras-too-long'
  | 'keras-too-deep'
  | 'keras-unexpected-character'
  | 'keras-unterminated-string'
  | 'keras-unclosed-bracket'
  | 'keras-unmatched-bracket'
  | 'keras-syntax-error'
  | 'keras-no-model'
  | 'keras-unknown-layer'
  | 'keras-unknown-argument'
  | 'keras-extra-positional'
  | 'keras-duplicate-argument'
  | 'keras-missing-argument'
  | 'keras-unsupported-value'
  | 'keras-not-literal'
  | 'keras-input-not-mnist'
  | 'keras-not-a-layer'
  | 'keras-not-a-tensor'
  | 'keras-shared-layer'
  | 'keras-repeated-input'
  | 'keras-multiple-inputs'
  | 'keras-multiple-outputs'
  | 'keras-duplicate-name'
  | 'keras-bad-name'
  | 'keras-too-many-layers'
  /** The importer itself failed: a bug, never the code's fault. */
  | 'keras-internal';

/** Every code, in a stable order (for tests and translations). */
export const KERAS_ERROR_CODES: readonly KerasErrorCode[] = [
  'keras-too-long',
  'keras-too-deep',
  'keras-unexpected-character',
  'keras-unterminated-string',
  'keras-unclosed-bracket',
  'keras-unmatched-bracket',
  'keras-syntax-error',
  'keras-no-model',
  'keras-unknown-layer',
  'keras-unknown-argument',
  'keras-extra-positional',
  'keras-duplicate-argument',
  'keras-missing-argument',
  'keras-unsupported-value',
  'keras-not-literal',
  'keras-input-not-mnist',
  'keras-not-a-layer',
  'keras-not-a-tensor',
  'keras-shared-layer',
  'keras-repeated-input',
  'keras-multiple-inputs',
  'keras-multiple-outputs',
  'keras-duplicate-name',
  'keras-bad-name',
  'keras-too-many-layers',
  'keras-internal',
];

/** One problem: its code, the 1-based line it is on (null: the code as a whole), and details. */
export interface KerasImportError {
  code: KerasErrorCode;
  line: number | null;
  params: Record<string, string | number>;
}

/** Thrown inside the tokenizer and parser to stop at a problem; never leaves `fromKerasScript`. */
export class KerasSyntaxError extends Error {
  constructor(readonly error: KerasImportError) {
    super(error.code);
    this.name = 'KerasSyntaxError';
  }
}

/** Builds an error record. */
export function kerasError(code: KerasErrorCode, line: number | null, params: Record<string, string | number> = {}): KerasImportError {
  return { code, line, params };
}
