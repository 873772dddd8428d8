// English words for why a document (a link, a file) was refused: core/document/errors.ts codes.
import type { DocumentErrorCode } from '../../../core/document/errors';

/** One clause per error code; {{at}} is where in the document, e.g. graph.nodes[3].params.units. */
const codes: Record<DocumentErrorCode, string> = {
  'too-large': 'it is {{size}} characters long; a network may take at most {{max}}',
  'not-json': 'it is not valid JSON ({{detail}})',
  'not-a-document': 'it holds {{found}}, not a network',
  'unsupported-version': 'its version {{version}} is not a version of the format',
  'newer-version': 'it was saved by a newer Neural Playground (format version {{version}}; this one reads up to {{newest}})',
  'missing-field': '{{at}} is missing',
  'wrong-type': '{{at}} should be {{expected}}, not {{received}}',
  'too-long': '{{at}} is longer than {{max}}',
  'too-many-layers': 'it has {{count}} layers; at most {{max}} are allowed',
  'too-many-wires': 'it has {{count}} wires; at most {{max}} are allowed',
  'invalid-id': '{{at}} "{{id}}" is not a usable id (letters, digits and - . _ ~, starting with a letter or digit)',
  'duplicate-id': 'the id "{{id}}" is used twice ({{at}})',
  'invalid-layer-name': 'the layer name "{{name}}" cannot name a TensorFlow.js layer (use letters, digits and - . _, starting with a letter or digit)',
  'duplicate-layer-name': 'two layers are both named "{{name}}"',
  'unknown-layer-type': '{{at}} has the unknown layer type "{{type}}"',
  'unknown-choice': '{{at}} is "{{value}}", which is not one of: {{allowed}}',
  'wire-to-unknown-layer': 'the wire {{at}} leads to "{{node}}", which is not a layer of the network',
  'duplicate-wire': '"{{source}}" is wired into "{{target}}" twice',
  'link-not-base64url': 'the network part of the link is not written as such links are (characters are missing or do not belong)',
  'link-not-compressed': 'the network part of the link does not unpack (part of it may be missing)',
};

/** Words for refused documents. */
export const documentErrors = {
  codes,
  /** not-a-document at "format": the format field is absent or names another format. */
  noFormat: 'it has no "format": "neural-playground", so Neural Playground did not save it',
  otherFormat: 'its format is {{found}}, not "neural-playground"',
  theDocument: 'the document',
  /** The kinds of value core names in found / expected / received. */
  kinds: {
    null: 'null',
    nothing: 'nothing',
    'a list': 'a list',
    text: 'text',
    'a number': 'a number',
    'a finite number': 'a finite number',
    'true or false': 'true or false',
    'an object': 'an object',
    'a list of whole numbers': 'a list of whole numbers',
    'something else': 'something else',
  },
};
