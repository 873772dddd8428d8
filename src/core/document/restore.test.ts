import { describe, expect, it } from 'vitest';
import { PRESETS } from '../network/presets';
import { analyzeNetwork } from '../network/analyze';
import { DEFAULT_SETTINGS, validateSettings } from '../training/settings';
import { DOCUMENT_ERROR_CODES } from './errors';
import { DOCUMENT_VERSION } from './format';
import { LINK_ONLY_ERROR_CODES, nodesOf, presetJson, refusal, REFUSED_DOCUMENTS, type Json } from './refusedDocuments.fixture';
import { restoreDocument } from './restore';

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
  it.each(REFUSED_DOCUMENTS)('%s', (_label, make, code, path) => {
    refusal(make(), code, path);
  });

  it('covers every error code except those only links raise', () => {
    const tested = new Set(REFUSED_DOCUMENTS.map((c) => c[2]));
    const untested = DOCUMENT_ERROR_CODES.filter((code) => !tested.has(code));
    expect(untested).toEqual(LINK_ONLY_ERROR_CODES);
  });
});
