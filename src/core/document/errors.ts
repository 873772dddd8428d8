// Why a document was refused, or what was changed while reading it, as codes
// with parameters; the app gives the words (src/app/i18n: the documentErrors namespace).

/** Every reason a document (or a link to one) can be refused, in a stable order. */
export const DOCUMENT_ERROR_CODES = [
  'too-large',
  'not-json',
  'not-a-document',
  'unsupported-version',
  'newer-version',
  'missing-field',
  'wrong-type',
  'too-long',
  'too-many-layers',
  'too-many-wires',
  'invalid-id',
  'duplicate-id',
  'invalid-layer-name',
  'duplicate-layer-name',
  'unknown-layer-type',
  'unknown-choice',
  'wire-to-unknown-layer',
  'duplicate-wire',
  'link-not-base64url',
  'link-not-compressed',
] as const;

/** A reason a document is refused. */
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

/** Parameter values of an error or warning: plain data, never markup. */
export type DocumentParams = Record<string, string | number>;

/** Why a document was refused; `path` says where, e.g. "graph.nodes[3].params.units". */
export interface DocumentError {
  code: DocumentErrorCode;
  path?: string;
  params: DocumentParams;
}

/** Every change restore may make to a document it accepts. */
export const DOCUMENT_WARNING_CODES = ['migrated', 'unknown-field-ignored', 'layout-filled'] as const;

/** Something restore changed in a document it accepted. */
export type DocumentWarningCode = (typeof DOCUMENT_WARNING_CODES)[number];

/** One change restore made: an old version migrated, an unknown field dropped, positions filled. */
export interface DocumentWarning {
  code: DocumentWarningCode;
  path?: string;
  params: DocumentParams;
}

/** A refused document as an error value (restore never throws). */
export function documentError(code: DocumentErrorCode, params: DocumentParams = {}, path?: string): DocumentError {
  return path === undefined ? { code, params } : { code, path, params };
}
