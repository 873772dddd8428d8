import { describe, expect, it } from 'vitest';
import { findPreset, PRESETS } from '../network/presets';
import { analyzeNetwork } from '../network/analyze';
import { DEFAULT_SETTINGS, validateSettings } from '../training/settings';
import { createDocument } from './create';
import { DOCUMENT_ERROR_CODES, type DocumentErrorCode } from './errors';
import { DOCUMENT_VERSION, MAX_DOCUMENT_CHARS, MAX_LAYERS, MAX_WIRES } from './format';
import { restoreDocument, type RestoreResult } from './restore';

type Json = Record<string, unknown>;

/** A valid document of a preset as plain JSON, to be broken by each test. */
function presetJson(id = 'mlp'): Json {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return JSON.parse(JSON.stringify(createDocument(preset.graph, { ...DEFAULT_SETTINGS, ...preset.settings }, preset.label)));
}

function nodesOf(json: Json): Json[] {
  return (json.graph as { nodes: Json[] }).nodes;
}

function expectError(result: RestoreResult, code: DocumentErrorCode, path?: string): void {
  if (result.ok) throw new Error(`expected ${code}, but the document was accepted`);
  expect(result.error.code).toBe(code);
  if (path !== undefined) expect(result.error.path).toBe(path);
}

describe('restoreDocument accepts', () => {
  it.each(PRESETS.map((p) => p.id))('the document of preset %s, unchanged', (id) => {
    const json = presetJson(id);
    const result = restoreDocument(JSON.stringify(json));
    expect(result.ok && result.document).toEqual(json);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('a parsed object as well as JSON text', () => {
    const json = presetJson();
    expect(restoreDocument(json)).toEqual(restoreDocument(JSON.stringify(json)));
  });

  it('a document without settings, name, params or positions, filling defaults and a column layout', () => {
    const result = restoreDocument({
      format: 'neural-playground',
      version: DOCUMENT_VERSION,
      graph: {
        nodes: [
          { id: 'input', type: 'input', name: 'input' },
          { id: 'flat', type: 'flatten', name: 'flat' },
          { id: 'out', type: 'dense', name: 'out', params: { units: 10, activation: 'softmax' } },
        ],
        edges: [
          { source: 'input', target: 'flat' },
          { source: 'flat', target: 'out' },
        ],
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { document } = result;
    expect(document.name).toBe('');
    expect(document.settings.optimizer).toBe(DEFAULT_SETTINGS.optimizer);
    expect(document.settings.learningRate).toBe(DEFAULT_SETTINGS.learningRate);
    expect(document.graph.nodes[2].params).toEqual({ units: 10, activation: 'softmax', kernelInitializer: 'glorotUniform', useBias: true });
    expect(document.graph.nodes.map((n) => n.position.y)).toEqual([0, 100, 200]);
    expect(document.graph.edges.map((e) => e.id)).toEqual(['input->flat', 'flat->out']);
    expect(result.warnings.map((w) => w.code)).toEqual(['layout-filled']);
    expect(analyzeNetwork(document.graph, document.settings.loss).trainableParams).toBe(7_850);
  });

  it('out-of-range numbers as they are, for the live checks to flag', () => {
    const json = presetJson();
    nodesOf(json)[2].params = { ...(nodesOf(json)[2].params as Json), units: 100_000 };
    json.settings = { ...(json.settings as Json), learningRate: 20_000, batchSize: 0.5 };
    const result = restoreDocument(json);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.document.graph.nodes[2].params.units).toBe(100_000);
    const analysis = analyzeNetwork(result.document.graph, result.document.settings.loss);
    expect(analysis.issues.map((issue) => issue.code)).toContain('param-out-of-range');
    const flagged = validateSettings({ ...result.document.settings, backend: 'auto' }).map((issue) => issue.field);
    expect(flagged).toEqual(['learningRate', 'batchSize']);
  });

  it('loops and dangling layers, which the analysis reports', () => {
    const json = presetJson();
    (json.graph as { edges: Json[] }).edges.push({ source: 'dense_2', target: 'dense_1' });
    const result = restoreDocument(json);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(analyzeNetwork(result.document.graph, 'categoricalCrossentropy').issues.map((i) => i.code)).toContain('cycle');
  });

  it('unknown fields, dropped with a warning that names each', () => {
    const json = presetJson();
    json.view = { zoom: 2 };
    nodesOf(json)[2].colour = 'red';
    nodesOf(json)[2].params = { ...(nodesOf(json)[2].params as Json), dropout: 0.1 };
    json.settings = { ...(json.settings as Json), optimizerParams: { beta1: 0.8, gamma: 3 } };
    const result = restoreDocument(json);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.warnings.map((w) => w.path)).toEqual([
      'view',
      'graph.nodes[2].colour',
      'graph.nodes[2].params.dropout',
      'settings.optimizerParams.gamma',
    ]);
    expect(result.document.settings.optimizerParams).toEqual({ beta1: 0.8, beta2: 0.999, epsilon: 1e-7 });
    expect('view' in result.document).toBe(false);
  });

  it('an own "__proto__" key as an ignored field, without touching any prototype', () => {
    const text = JSON.stringify(presetJson()).replace('"params":{}', '"params":{"__proto__":{"polluted":true}}');
    const result = restoreDocument(text);
    expect(result.ok).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.document.graph.nodes[0].params)).toBe(Object.prototype);
  });
});

describe('restoreDocument refuses, with a code and a path (src/app/features/share/documentErrorText.test.ts checks the words)', () => {
  const cases: [string, () => unknown, DocumentErrorCode, string | undefined, RegExp][] = [
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

  it.each(cases)('%s', (_label, make, code, path) => {
    expectErrorOf(make(), code, path);
  });

  it('covers every error code except those only links raise', () => {
    const tested = new Set(cases.map((c) => c[2]));
    const untested = DOCUMENT_ERROR_CODES.filter((code) => !tested.has(code));
    expect(untested).toEqual(['link-not-base64url', 'link-not-compressed']);
  });
});

function expectErrorOf(input: unknown, code: DocumentErrorCode, path?: string) {
  const result = restoreDocument(input);
  expectError(result, code, path);
  if (result.ok) throw new Error('unreachable');
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
