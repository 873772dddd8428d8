import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../network/analyze';
import { findPreset, PRESETS } from '../network/presets';
import { insertAfter } from '../network/graph';
import { DEFAULT_SETTINGS } from '../training/settings';
import { fromBase64Url, toBase64Url } from './base64url';
import { createDocument } from './create';
import { MAX_DOCUMENT_CHARS } from './format';
import { documentInHash } from './hash';
import { decodeDocumentFromUrl, encodeDocumentForUrl, MAX_LINK_CHARS } from './link';
import { restoreDocument } from './restore';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').trim();

/** A long GitHub Pages address with query flags, as a teacher's link would start. */
const LINK_PREFIX = 'https://a-teacher-account.github.io/neural-playground/?backend=wasm&hide=builder#doc=';

function presetDocument(id: string) {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return createDocument(preset.graph, { ...DEFAULT_SETTINGS, ...preset.settings }, preset.label);
}

const encode = (text: string): string => toBase64Url(deflateSync(strToU8(text)));

describe('links', () => {
  it.each(PRESETS.map((p) => p.id))('carry preset %s and give it back exactly', (id) => {
    const document = presetDocument(id);
    const result = decodeDocumentFromUrl(encodeDocumentForUrl(document));
    expect(result).toEqual({ ok: true, document, warnings: [] });
  });

  it('stay well under 2,000 characters for every preset (lengths printed for the report)', () => {
    const lengths = PRESETS.map((p) => [p.label, (LINK_PREFIX + encodeDocumentForUrl(presetDocument(p.id))).length] as const);
    process.stdout.write(`link lengths with a ${LINK_PREFIX.length}-character prefix: ${JSON.stringify(lengths)}\n`);
    for (const [, length] of lengths) expect(length).toBeLessThan(1_300);
  });

  it('stay under 2,000 characters for an edited LeNet-5 with dragged layers and other settings', () => {
    const lenet = presetDocument('lenet5');
    const graph = insertAfter(lenet.graph, 'dense_2', 'dropout', { rate: 0.3 });
    const dragged = { ...graph, nodes: graph.nodes.map((n, i) => ({ ...n, position: { x: n.position.x + 137.37 * i, y: n.position.y + 51.9 } })) };
    const settings = { ...DEFAULT_SETTINGS, optimizer: 'rmsprop' as const, learningRate: 0.0007, batchSize: 96, seed: 123_456 };
    const link = LINK_PREFIX + encodeDocumentForUrl(createDocument(dragged, settings, 'LeNet-5 with dropout'));
    expect(link.length).toBeLessThan(2_000);
  });

  it('made today keep opening: the saved LeNet-5 link of format version 3', () => {
    const result = decodeDocumentFromUrl(fixture('lenet5-v3.link.txt'));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.warnings).toEqual([]);
    const { document } = result;
    expect(document.name).toBe('LeNet-5 for class');
    expect(analyzeNetwork(document.graph, document.settings.loss).trainableParams).toBe(61_706);
    expect(document.settings).toMatchObject({
      optimizer: 'momentum', nesterov: true, labelSmoothing: 0.1, weightDecayType: 'l2', augmentRotation: 8, augmentNoise: 0.05, earlyStopping: true, patience: 2,
    });
  });

  it('of format version 2 open migrated: decoupled weight decay and shifts only, as version 2 meant', () => {
    const result = decodeDocumentFromUrl(fixture('lenet5-v2.link.txt'));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.warnings).toEqual([{ code: 'migrated', params: { from: 2, to: 3 } }]);
    const { document } = result;
    expect(document.name).toBe('LeNet-5 for class');
    expect(analyzeNetwork(document.graph, document.settings.loss).trainableParams).toBe(61_706);
    expect(document.settings).toMatchObject({
      optimizer: 'momentum', optimizerParams: { momentum: 0.8 }, learningRate: 0.02, batchSize: 128, epochs: 2, augment: true,
      weightDecayType: 'decoupled', augmentShift: 2, augmentRotation: 0, augmentScale: 0, augmentNoise: 0, nesterov: false, labelSmoothing: 0,
    });
  });

  it('of format version 1 open migrated: the backend left to the device, the same network', () => {
    const today = decodeDocumentFromUrl(fixture('lenet5-v2.link.txt'));
    for (const result of [decodeDocumentFromUrl(fixture('lenet5-v1.link.txt')), restoreDocument(fixture('lenet5-v1.json'))]) {
      if (!result.ok || !today.ok) throw new Error('a fixture did not open');
      expect(result.warnings).toEqual([{ code: 'migrated', params: { from: 1, to: 3 } }]);
      expect('backend' in result.document.settings).toBe(false);
      expect(result.document).toEqual({ ...today.document, name: '' });
    }
  });

  it.each([
    ['a character no link has', 'abc$def', 'link-not-base64url'],
    ['a length base64 never has', 'abcde', 'link-not-base64url'],
    ['nothing at all', '', 'link-not-compressed'],
    ['a cut-off link', fixture('lenet5-v2.link.txt').slice(0, 300), 'link-not-compressed'],
    ['bytes that are no deflate stream', toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff])), 'link-not-compressed'],
    ['deflated text that is no JSON', encode('hello'), 'not-json'],
    ['deflated JSON that is no network', encode('{"hello":"world"}'), 'not-a-document'],
    ['a link longer than any network needs', 'A'.repeat(MAX_LINK_CHARS + 1), 'too-large'],
    ['a deflate bomb', toBase64Url(deflateSync(new Uint8Array(MAX_DOCUMENT_CHARS * 20).fill(32))), 'too-large'],
  ])('that are damaged are refused: %s', (_label, encoded, code) => {
    const result = decodeDocumentFromUrl(encoded);
    expect(result.ok ? 'accepted' : result.error.code).toBe(code);
  });

  it('are found in a hash only under doc=', () => {
    expect(documentInHash('#doc=abc')).toBe('abc');
    expect(documentInHash('doc=abc')).toBe('abc');
    expect(documentInHash('#section-3')).toBeNull();
    expect(documentInHash('')).toBeNull();
  });
});

describe('base64url', () => {
  it('round-trips every length and byte value', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) % 256);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  it('spells bytes as RFC 4648 does, without padding', () => {
    expect(toBase64Url(strToU8('any carnal pleas'))).toBe('YW55IGNhcm5hbCBwbGVhcw');
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(fromBase64Url('-_8=')).toEqual(new Uint8Array([0xfb, 0xff]));
  });
});
