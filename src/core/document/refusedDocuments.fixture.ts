// Documents restoreDocument must refuse, one for each error code but those
// only links raise, with the code, the path and the words that name the
// problem. restore.test.ts checks the codes and paths;
// src/app/features/share/documentErrorText.test.ts checks the words.
import { expect } from 'vitest';
import { findPreset } from '../network/presets';
import { DEFAULT_SETTINGS } from '../training/settings';
import { createDocument } from './create';
import type { DocumentError, DocumentErrorCode } from './errors';
import { DOCUMENT_VERSION, MAX_DOCUMENT_CHARS, MAX_LAYERS, MAX_WIRES } from './format';
import { restoreDocument } from './restore';

/** A document as plain JSON, to be broken. */
export type Json = Record<string, unknown>;

/** A valid document of a preset as plain JSON, to be broken by each test. */
export function presetJson(id = 'mlp'): Json {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return JSON.parse(JSON.stringify(createDocument(preset.graph, { ...DEFAULT_SETTINGS, ...preset.settings }, preset.label)));
}

/** The layers of a document as plain JSON. */
export function nodesOf(json: Json): Json[] {
  return (json.graph as { nodes: Json[] }).nodes;
}

/** One refused document: what it is, how to make it, its error's code and path, and words its message must hold. */
export type RefusedDocument = [label: string, make: () => unknown, code: DocumentErrorCode, path: string | undefined, words: RegExp];

/** Error codes no refused document here raises: only a link can be malformed these ways. */
export const LINK_ONLY_ERROR_CODES: DocumentErrorCode[] = ['link-not-base64url', 'link-not-compressed'];

/** Every way a document is refused, but the link-only ones. */
export const REFUSED_DOCUMENTS: RefusedDocument[] = [
  ['text that is too long', () => ' '.repeat(MAX_DOCUMENT_CHARS + 1), 'too-large', undefined, /1,000,001 characters/],
  ['a truncated file', () => JSON.stringify(presetJson()).slice(0, 200), 'not-json', undefined, /not valid JSON/],
  ['JSON that is no object', () => '[1, 2, 3]', 'not-a-document', undefined, /holds a list, not a network/],
  ['an object of another format', () => ({ name: 'package', version: '1.0.0' }), 'not-a-document', 'format', /no "format": "neural-playground", so/],
  ['an object of a format with another name', () => ({ ...presetJson(), format: 'excalidraw' }), 'not-a-document', 'format', /format is "excalidraw"/],
  ['a version that is no number', () => ({ ...presetJson(), version: '2' }), 'unsupported-version', 'version', /"2"/],
  ['version 0', () => ({ ...presetJson(), version: 0 }), 'unsupported-version', 'version', /version a number/],
  ['a newer version', () => ({ ...presetJson(), version: DOCUMENT_VERSION + 1 }), 'newer-version', 'version', /newer/],
  ['no graph', () => ({ ...presetJson(), graph: undefined }), 'missing-field', 'graph', /graph is missing/],
  ['a node without a type', () => withNode(1, { type: undefined }), 'missing-field', 'graph.nodes[1].type', /type is missing/],
  ['a name that is a number', () => withNode(1, { name: 7 }), 'wrong-type', 'graph.nodes[1].name', /should be text, not a number/],
  ['a position given as text', () => withNode(1, { position: '0,0' }), 'wrong-type', 'graph.nodes[1].position', /an object/],
  ['units given as text', () => withParam(2, 'units', '128'), 'wrong-type', 'graph.nodes[2].params.units', /a number, not text/],
  ['params given as a list', () => withNode(2, { params: [1] }), 'wrong-type', 'graph.nodes[2].params', /an object/],
  ['a learning rate as text', () => withSettings({ learningRate: 'fast' }), 'wrong-type', 'settings.learningRate', /a finite number|a number/],
  ['a network name that is too long', () => ({ ...presetJson(), name: 'x'.repeat(101) }), 'too-long', 'name', /longer than 100/],
  ['a target shape of 9 axes', () => withReshape([1, 1, 1, 1, 1, 1, 1, 1, 784]), 'too-long', 'graph.nodes[1].params.targetShape', /8 axes/],
  ['too many layers', () => withNodes(MAX_LAYERS + 1), 'too-many-layers', 'graph.nodes', /257 layers/],
  ['too many wires', () => withEdges(MAX_WIRES + 1), 'too-many-wires', 'graph.edges', /1,025 wires/],
  ['an id that could reach a prototype', () => withNode(1, { id: '__proto__' }), 'invalid-id', 'graph.nodes[1].id', /__proto__/],
  ['two layers with one id', () => withNode(2, { id: 'flatten_1' }), 'duplicate-id', 'graph.nodes[2].id', /flatten_1/],
  ['a layer name TensorFlow.js refuses', () => withNode(1, { name: 'my layer' }), 'invalid-layer-name', 'graph.nodes[1].name', /"my layer"/],
  ['two layers with one name', () => withNode(2, { name: 'flatten_1' }), 'duplicate-layer-name', 'graph.nodes[2].name', /flatten_1/],
  ['an unknown layer type', () => withNode(2, { type: 'lstm' }), 'unknown-layer-type', 'graph.nodes[2]', /"lstm"/],
  ['an unknown activation', () => withParam(2, 'activation', 'wobble'), 'unknown-choice', 'graph.nodes[2].params.activation', /"wobble".*relu/],
  ['an unknown optimizer', () => withSettings({ optimizer: 'lion' }), 'unknown-choice', 'settings.optimizer', /"lion".*adam/],
  ['a wire to no layer', () => withEdge({ source: 'dense_3', target: 'softmax_9' }), 'wire-to-unknown-layer', 'graph.edges[4]', /softmax_9/],
  ['a wire given twice', () => withEdge({ source: 'input', target: 'flatten_1' }), 'duplicate-wire', 'graph.edges[4]', /twice/],
];

/** Restores `input`, expects it refused with `code` (at `path` when given), and returns the error. */
export function refusal(input: unknown, code: DocumentErrorCode, path?: string): DocumentError {
  const result = restoreDocument(input);
  if (result.ok) throw new Error(`expected ${code}, but the document was accepted`);
  expect(result.error.code).toBe(code);
  if (path !== undefined) expect(result.error.path).toBe(path);
  return result.error;
}

function withNode(index: number, changes: Json): Json {
  const json = presetJson();
  nodesOf(json)[index] = { ...nodesOf(json)[index], ...changes };
  return json;
}

function withParam(index: number, key: string, value: unknown): Json {
  const json = presetJson();
  const node = nodesOf(json)[index];
  node.params = { ...(node.params as Json), [key]: value };
  return json;
}

function withSettings(changes: Json): Json {
  const json = presetJson();
  json.settings = { ...(json.settings as Json), ...changes };
  return json;
}

function withReshape(targetShape: number[]): Json {
  const json = presetJson();
  nodesOf(json)[1] = { ...nodesOf(json)[1], type: 'reshape', params: { targetShape } };
  return json;
}

function withEdge(edge: Json): Json {
  const json = presetJson();
  (json.graph as { edges: Json[] }).edges.push(edge);
  return json;
}

function withNodes(count: number): Json {
  const json = presetJson();
  const nodes = Array.from({ length: count }, (_, i) => ({ id: `d${i}`, type: 'dense', name: `d${i}` }));
  json.graph = { nodes, edges: [] };
  return json;
}

function withEdges(count: number): Json {
  const json = presetJson();
  json.graph = { ...(json.graph as Json), edges: Array.from({ length: count }, () => ({ source: 'input', target: 'flatten_1' })) };
  return json;
}
