// Why a document was refused, or what was changed while reading it, as codes
// with parameters; `describeDocumentError` gives the English words.

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

/** A parameter as text; numbers with thousands separators (1,000,000). */
function p(error: DocumentError, key: string): string {
  const value = error.params[key];
  return typeof value === 'number' ? value.toLocaleString('en-US') : (value ?? '?');
}
const at = (error: DocumentError): string => error.path ?? 'the document';

function notADocument(error: DocumentError): string {
  const found = p(error, 'found');
  if (error.path === undefined) return `it holds ${found}, not a network`;
  if (found === 'no format') return 'it has no "format": "neural-playground", so Neural Playground did not save it';
  return `its format is ${found}, not "neural-playground"`;
}

const MESSAGES: Record<DocumentErrorCode, (error: DocumentError) => string> = {
  'too-large': (e) => `it is ${p(e, 'size')} characters long; a network may take at most ${p(e, 'max')}`,
  'not-json': (e) => `it is not valid JSON (${p(e, 'detail')})`,
  'not-a-document': notADocument,
  'unsupported-version': (e) => `its version ${p(e, 'version')} is not a version of the format`,
  'newer-version': (e) =>
    `it was saved by a newer Neural Playground (format version ${p(e, 'version')}; this one reads up to ${p(e, 'newest')})`,
  'missing-field': (e) => `${at(e)} is missing`,
  'wrong-type': (e) => `${at(e)} should be ${p(e, 'expected')}, not ${p(e, 'received')}`,
  'too-long': (e) => `${at(e)} is longer than ${p(e, 'max')}`,
  'too-many-layers': (e) => `it has ${p(e, 'count')} layers; at most ${p(e, 'max')} are allowed`,
  'too-many-wires': (e) => `it has ${p(e, 'count')} wires; at most ${p(e, 'max')} are allowed`,
  'invalid-id': (e) => `${at(e)} "${p(e, 'id')}" is not a usable id (letters, digits and - . _ ~, starting with a letter or digit)`,
  'duplicate-id': (e) => `the id "${p(e, 'id')}" is used twice (${at(e)})`,
  'invalid-layer-name': (e) =>
    `the layer name "${p(e, 'name')}" cannot name a TensorFlow.js layer (use letters, digits and - . _, starting with a letter or digit)`,
  'duplicate-layer-name': (e) => `two layers are both named "${p(e, 'name')}"`,
  'unknown-layer-type': (e) => `${at(e)} has the unknown layer type "${p(e, 'type')}"`,
  'unknown-choice': (e) => `${at(e)} is "${p(e, 'value')}", which is not one of: ${p(e, 'allowed')}`,
  'wire-to-unknown-layer': (e) => `the wire ${at(e)} leads to "${p(e, 'node')}", which is not a layer of the network`,
  'duplicate-wire': (e) => `"${p(e, 'source')}" is wired into "${p(e, 'target')}" twice`,
  'link-not-base64url': () => 'the network part of the link is not written as such links are (characters are missing or do not belong)',
  'link-not-compressed': () => 'the network part of the link does not unpack (part of it may be missing)',
};

/** One English clause naming the problem, e.g. `graph.nodes[2].params.units should be a number, not a string`. */
export function describeDocumentError(error: DocumentError): string {
  return MESSAGES[error.code](error);
}
