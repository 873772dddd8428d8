// Property tests of the one door: whatever comes in, restore and the link
// decoder answer with a document or a coded error, never an exception; and
// every valid document comes back exactly as it went out.
import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../network/analyze';
import { LAYER_CATALOGUE, LAYER_TYPES, type ParamSpec } from '../network/catalogue';
import { chain } from '../network/graph';
import { PRESETS } from '../network/presets';
import type { LayerType, NetworkGraph, ParamValue } from '../network/types';
import { OPTIMIZERS, OPTIMIZER_IDS } from '../training/optimizers';
import { DEFAULT_SETTINGS, validateSettings } from '../training/settings';
import type { OptimizerId } from '../training/types';
import { toBase64Url } from './base64url';
import { createDocument } from './create';
import { DOCUMENT_ERROR_CODES, DOCUMENT_WARNING_CODES } from './errors';
import type { DocumentSettings, NetworkDocument } from './format';
import { decodeDocumentFromUrl, encodeDocumentForUrl } from './link';
import { restoreDocument, type RestoreResult } from './restore';
import { DOCUMENT_SETTING_FIELDS, DOCUMENT_SETTING_KEYS } from './settingsFields';

const RUNS = { numRuns: 300 };

/** Mutations hit one of ~50 fields of a document at random, so they need more runs to reach each. */
const MUTATION_RUNS = { numRuns: 1000 };

/** Holds for every answer: a known code and words; an accepted document that the live checks can analyse. */
function expectWellFormed(result: RestoreResult): void {
  if (!result.ok) {
    expect(DOCUMENT_ERROR_CODES).toContain(result.error.code);
    return;
  }
  for (const warning of result.warnings) expect(DOCUMENT_WARNING_CODES).toContain(warning.code);
  const { graph, settings } = result.document;
  expect(() => analyzeNetwork(graph, settings.loss)).not.toThrow();
  expect(() => validateSettings({ ...settings, backend: 'auto' })).not.toThrow();
}

/** A finite number as JSON gives it back (no negative zero). */
const jsonNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));

function paramArbitrary(spec: ParamSpec): fc.Arbitrary<ParamValue> {
  switch (spec.kind) {
    case 'int':
      return fc.oneof(fc.integer({ min: spec.min ?? 0, max: spec.max ?? 100 }), fc.integer());
    case 'float':
      return jsonNumber;
    case 'bool':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...(spec.choices ?? []).map((choice) => choice.value));
    case 'shape':
      return fc.array(fc.integer({ min: -1, max: 1000 }), { minLength: 1, maxLength: 8 });
  }
}

const paramsArbitrary = (type: LayerType): fc.Arbitrary<Record<string, ParamValue>> =>
  fc.record(Object.fromEntries(LAYER_CATALOGUE[type].params.map((spec) => [spec.key, paramArbitrary(spec)])));

const layerArbitrary = fc
  .constantFrom(...LAYER_TYPES.filter((type) => type !== 'input'))
  .chain((type) => paramsArbitrary(type).map((params) => ({ type, params })));

/** Random graphs of catalogue layers: a chain from the input, extra wires, positions anywhere. */
const graphArbitrary: fc.Arbitrary<NetworkGraph> = fc
  .record({
    layers: fc.array(layerArbitrary, { maxLength: 12 }),
    extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    positions: fc.array(fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })), { minLength: 13, maxLength: 13 }),
  })
  .map(({ layers, extra, positions }) => {
    const graph = chain(['input', ...layers]);
    const edges = [...graph.edges];
    for (const [a, b] of extra) {
      const source = graph.nodes[a % graph.nodes.length].id;
      const target = graph.nodes[b % graph.nodes.length].id;
      if (!edges.some((e) => e.source === source && e.target === target)) edges.push({ id: `${source}->${target}`, source, target });
    }
    const nodes = graph.nodes.map((node, i) => ({ ...node, position: { x: positions[i][0], y: positions[i][1] } }));
    return { nodes, edges };
  });

const settingsArbitrary: fc.Arbitrary<DocumentSettings> = fc.constantFrom(...OPTIMIZER_IDS).chain((optimizer: OptimizerId) => {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of DOCUMENT_SETTING_KEYS) {
    const field = DOCUMENT_SETTING_FIELDS[key];
    if (field.kind === 'choice') fields[key] = fc.constantFrom(...field.ids);
    else if (field.kind === 'number') fields[key] = jsonNumber;
    else if (field.kind === 'boolean') fields[key] = fc.boolean();
  }
  fields.optimizer = fc.constant(optimizer);
  fields.optimizerParams = fc.record(Object.fromEntries(OPTIMIZERS[optimizer].hyperparams.map((h) => [h.key, jsonNumber])));
  return fc.record(fields) as fc.Arbitrary<unknown> as fc.Arbitrary<DocumentSettings>;
});

const documentArbitrary: fc.Arbitrary<NetworkDocument> = fc
  .record({ graph: graphArbitrary, settings: settingsArbitrary, name: fc.string({ maxLength: 100 }) })
  .map(({ graph, settings, name }) => createDocument(graph, settings, name));

const presetDocuments = PRESETS.map((p) => createDocument(p.graph, { ...DEFAULT_SETTINGS, ...p.settings }, p.label));

/** Every path (list of keys) inside a JSON value, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

type Mutation = { kind: 'drop' | 'rename' | 'retype'; pick: number; replacement: unknown; newKey: string };

/** The document with one field dropped, renamed or given another value (of any type). */
function mutate(document: unknown, mutation: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(document)) as unknown;
  const paths = pathsOf(copy).filter((path) => path.length > 0);
  const path = paths[mutation.pick % paths.length];
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<
    string | number,
    unknown
  >;
  const key = path[path.length - 1];
  if (mutation.kind === 'retype') parent[key] = mutation.replacement;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else {
    const value = parent[key];
    delete parent[key];
    if (mutation.kind === 'rename') parent[mutation.newKey] = value;
  }
  return copy;
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('drop', 'rename', 'retype'),
  pick: fc.nat(),
  replacement: fc.jsonValue({ maxDepth: 3 }),
  newKey: fc.string({ maxLength: 12 }),
});

const sourceDocument = fc.oneof(fc.constantFrom(...presetDocuments), documentArbitrary);

/** Property runs take seconds on a busy 2-core machine; far under this, but above Vitest's 5 s default. */
const SLOW = { timeout: 60_000 };

describe('restoreDocument, for any input,', SLOW, () => {
  it('answers random JSON values with a coded error (or a document), never an exception', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectWellFormed(restoreDocument(value))), RUNS);
  });

  it('answers random values of any kind, not only JSON', () => {
    fc.assert(fc.property(fc.anything(), (value) => expectWellFormed(restoreDocument(value))), RUNS);
  });

  it('answers random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => expectWellFormed(restoreDocument(text))), RUNS);
  });

  it('answers documents with a field dropped, renamed or retyped', () => {
    fc.assert(
      fc.property(sourceDocument, fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), (document, mutations) => {
        const mutated = mutations.reduce<unknown>((doc, m) => mutate(doc, m), document);
        expectWellFormed(restoreDocument(mutated));
        expectWellFormed(restoreDocument(JSON.stringify(mutated)));
      }),
      MUTATION_RUNS,
    );
  });

  it('answers documents cut off anywhere as JSON that does not parse', () => {
    fc.assert(
      fc.property(sourceDocument, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (document, fraction) => {
        const text = JSON.stringify(document);
        const result = restoreDocument(text.slice(0, Math.floor(text.length * fraction)));
        expect(result.ok ? 'accepted' : result.error.code).toBe('not-json');
      }),
      RUNS,
    );
  });

  it('gives every valid document back exactly, graph and settings, from text and through a link', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        expect(restoreDocument(JSON.stringify(document))).toEqual({ ok: true, document, warnings: [] });
        expect(decodeDocumentFromUrl(encodeDocumentForUrl(document))).toEqual({ ok: true, document, warnings: [] });
      }),
      { numRuns: 200 },
    );
  });
});

describe('decodeDocumentFromUrl, for any link,', SLOW, () => {
  it('answers random base64url text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{0,400}$/), (text) => expectWellFormed(decodeDocumentFromUrl(text))),
      RUNS,
    );
  });

  it('answers random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => expectWellFormed(decodeDocumentFromUrl(text))), RUNS);
  });

  it('answers deflated random bytes and deflated mutated documents', () => {
    const deflated = (bytes: Uint8Array) => toBase64Url(deflateSync(bytes));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => expectWellFormed(decodeDocumentFromUrl(deflated(bytes)))), RUNS);
    fc.assert(
      fc.property(sourceDocument, mutationArbitrary, (document, mutation) => {
        const text = JSON.stringify(mutate(document, mutation));
        expectWellFormed(decodeDocumentFromUrl(deflated(strToU8(text))));
      }),
      RUNS,
    );
  });

  it('answers real links cut off or with characters changed', () => {
    fc.assert(
      fc.property(sourceDocument, fc.nat(), fc.nat(), fc.constantFrom('A', '_', '-', '0', '%', ' '), (document, cut, at, char) => {
        const link = encodeDocumentForUrl(document);
        expectWellFormed(decodeDocumentFromUrl(link.slice(0, cut % (link.length + 1))));
        const i = at % link.length;
        expectWellFormed(decodeDocumentFromUrl(link.slice(0, i) + char + link.slice(i + 1)));
      }),
      RUNS,
    );
  });
});
