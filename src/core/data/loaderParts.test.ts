// The pure pieces of the worker's loader: manifest checks, body sniffing, progress.
import { describe, expect, it } from 'vitest';
import { classifyBody, looksLikeHtml } from './body';
import { DataError } from './errors';
import { cacheNameFor, cachePrefixFor, dataFileName, displayName, isCacheOf, parseManifest } from './manifest';
import { DownloadProgress } from './progress';

const SHA = 'a'.repeat(64);
function manifestJson() {
  const file = (url: string, count: number) => ({ url, bytes: 100, rawBytes: 400, count, sha256: SHA });
  return {
    format: 'neural-playground/dataset',
    version: 1,
    dataset: 'mnist',
    sha256: 'b'.repeat(64),
    files: {
      trainImages: file('train-images.idx.gzip', 60000),
      trainLabels: file('train-labels.idx.gzip', 60000),
      testImages: file('test-images.idx.gzip', 10000),
      testLabels: file('test-labels.idx.gzip', 10000),
    },
  };
}

describe('parseManifest', () => {
  it('accepts a good manifest and names its cache after the data set', () => {
    const manifest = parseManifest(manifestJson(), 'mnist');
    expect(manifest.files.testLabels.url).toBe('test-labels.idx.gzip');
    expect(cacheNameFor(manifest)).toBe(`neural-playground-mnist-${'b'.repeat(16)}`);
    const fashion = parseManifest({ ...manifestJson(), dataset: 'fashionMnist' }, 'fashionMnist');
    expect(cacheNameFor(fashion)).toBe(`neural-playground-fashion-mnist-${'b'.repeat(16)}`);
  });

  it('tells the caches of the two data sets apart', () => {
    const mnist = `${cachePrefixFor('mnist')}${'c'.repeat(16)}`;
    const fashion = `${cachePrefixFor('fashionMnist')}${'c'.repeat(16)}`;
    expect([isCacheOf(mnist, 'mnist'), isCacheOf(fashion, 'mnist')]).toEqual([true, false]);
    expect([isCacheOf(mnist, 'fashionMnist'), isCacheOf(fashion, 'fashionMnist')]).toEqual([false, true]);
    expect(isCacheOf(`${cachePrefixFor('mnist')}other`, 'mnist')).toBe(false);
  });

  it('refuses the manifest of another data set, naming the folder', () => {
    expect(() => parseManifest(manifestJson(), 'fashionMnist')).toThrow(/fashion-mnist\/manifest\.json.*"mnist"/);
  });

  // Each edit breaks one promise of the manifest (deletes go through Reflect: the type forbids them).
  type Draft = ReturnType<typeof manifestJson>;
  it.each([
    ['wrong format', (m: Draft) => (m.format = 'other')],
    ['newer version', (m: Draft) => (m.version = 2)],
    ['missing file', (m: Draft) => Reflect.deleteProperty(m.files, 'testImages')],
    ['bad size', (m: Draft) => (m.files.trainImages.bytes = -1)],
    ['wrong count', (m: Draft) => (m.files.trainLabels.count = 59999)],
    ['bad hash', (m: Draft) => (m.files.trainLabels.sha256 = 'xyz')],
    ['no data set hash', (m: Draft) => Reflect.deleteProperty(m, 'sha256')],
  ])('rejects a manifest with a %s', (_, edit) => {
    const json = manifestJson();
    edit(json);
    const error = (() => {
      try {
        parseManifest(json, 'mnist');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).code).toBe('data-corrupt');
    expect((error as DataError).file).toBe('mnist/manifest.json');
  });

  it('rejects what is not an object', () => {
    expect(() => parseManifest(null, 'mnist')).toThrow(DataError);
    expect(() => parseManifest([], 'mnist')).toThrow(/not a JSON object/);
  });

  it('displays the file name without folders or query', () => {
    expect(displayName({ ...manifestJson().files.trainImages, url: 'sub/train-images.idx.gzip?v=1' })).toBe(
      'train-images.idx.gzip',
    );
    expect(dataFileName('fashionMnist', manifestJson().files.testLabels)).toBe('fashion-mnist/test-labels.idx.gzip');
  });
});

describe('classifyBody', () => {
  it('tells gzip, raw IDX, HTML and junk apart', () => {
    expect(classifyBody(new Uint8Array([0x1f, 0x8b, 0x08, 0]))).toBe('gzip');
    expect(classifyBody(new Uint8Array([0, 0, 8, 3, 0, 0, 0xea, 0x60]))).toBe('idx');
    expect(classifyBody(new TextEncoder().encode('<!doctype html>'))).toBe('html');
    expect(classifyBody(new TextEncoder().encode('\ufeff \n<html>'))).toBe('html');
    expect(classifyBody(new TextEncoder().encode('{"a":1}'))).toBe('unknown');
    expect(classifyBody(new Uint8Array([]))).toBe('unknown');
  });

  it('looksLikeHtml ignores leading blanks only', () => {
    expect(looksLikeHtml(new TextEncoder().encode('  <'))).toBe(true);
    expect(looksLikeHtml(new TextEncoder().encode('x<'))).toBe(false);
  });
});

describe('DownloadProgress', () => {
  it('reports in steps of about 1% and ends at the received size', () => {
    const progress = new DownloadProgress(10_000, 50_000);
    let reports = 0;
    for (let i = 0; i < 1000; i++) {
      if (progress.add(10)) {
        reports++;
        progress.reported();
      }
    }
    expect(reports).toBeGreaterThanOrEqual(99);
    expect(reports).toBeLessThanOrEqual(101);
    expect(progress.loaded).toBe(10_000);
    progress.finish();
    expect(progress.total).toBe(10_000);
  });

  it('switches to the inflated size when the body outgrows the gzip size', () => {
    const progress = new DownloadProgress(100, 500);
    progress.add(80);
    expect(progress.total).toBe(100);
    progress.add(80);
    expect(progress.total).toBe(500);
    expect(progress.loaded).toBeLessThanOrEqual(progress.total);
    progress.add(340);
    progress.finish();
    expect([progress.loaded, progress.total]).toEqual([500, 500]);
  });
});
