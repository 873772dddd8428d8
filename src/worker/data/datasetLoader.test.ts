// loadDataset in Node: Node 20 has fetch's Response, ReadableStream and
// DecompressionStream, so only the server and Cache Storage are faked.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../core/data/errors';
import type { DatasetId } from '../../core/data/datasets';
import { cachePrefixFor } from '../../core/data/manifest';
import { dataErrorToWorkerError } from './dataErrors';
import { loadDataset } from './datasetLoader';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BASE = 'http://test.local/app/data/';
const FILES = ['manifest.json', 'train-images.idx.gzip', 'train-labels.idx.gzip', 'test-images.idx.gzip', 'test-labels.idx.gzip'];
const CACHE_PREFIX = cachePrefixFor('mnist');

/** Served bytes by path under BASE, e.g. `mnist/manifest.json`. */
const served = new Map<string, Uint8Array>();

beforeAll(() => {
  execFileSync(process.execPath, [`${ROOT}scripts/build-data.mjs`], { stdio: 'pipe' });
  for (const folder of ['mnist', 'fashion-mnist']) {
    for (const name of FILES) served.set(`${folder}/${name}`, new Uint8Array(readFileSync(`${ROOT}public/data/${folder}/${name}`)));
  }
}, 300_000);

type Fault = 'missing' | 'html' | 'inflated' | 'corrupt' | 'network';

/** A body streamed in 64 KiB chunks, like a real download. */
function chunked(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 65536));
      offset += 65536;
    },
  });
}

/**
 * A static server for BASE with optional faults per file (by name; MNIST's
 * files unless the name has a folder); records the MNIST file names and the
 * other paths asked for.
 */
function server(faults: Partial<Record<string, Fault>> = {}) {
  const requests: string[] = [];
  const fetchFn = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(String(input));
    expect(url.href.startsWith(BASE)).toBe(true);
    const path = url.pathname.slice(new URL(BASE).pathname.length);
    const name = path.startsWith('mnist/') ? path.slice('mnist/'.length) : path;
    requests.push(name);
    const fault = faults[name];
    if (fault === 'network') throw new TypeError('Failed to fetch');
    if (fault === 'html') return new Response('<!doctype html><title>app</title>', { headers: { 'content-type': 'text/html' } });
    const bytes = served.get(path);
    if (!bytes || fault === 'missing') return new Response('not found', { status: 404 });
    let body = bytes;
    if (fault === 'inflated') body = new Uint8Array(gunzipSync(bytes));
    if (fault === 'corrupt') {
      body = bytes.slice();
      for (let i = 100; i < 200; i++) body[i] ^= 0xff;
    }
    return new Response(chunked(body));
  };
  return { fetch: fetchFn as typeof fetch, requests };
}

/** Cache Storage kept in maps. */
class FakeCache {
  readonly entries = new Map<string, { body: ArrayBuffer; type: string }>();
  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    const entry = this.entries.get(String(request));
    return entry && new Response(entry.body.slice(0), { headers: { 'content-type': entry.type } });
  }
  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    const type = response.headers.get('content-type') ?? '';
    this.entries.set(String(request), { body: await response.arrayBuffer(), type });
  }
  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(String(request));
  }
}

class FakeCacheStorage {
  readonly stores = new Map<string, FakeCache>();
  async open(name: string): Promise<FakeCache> {
    if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
    return this.stores.get(name)!;
  }
  async keys(): Promise<string[]> {
    return [...this.stores.keys()];
  }
  async delete(name: string): Promise<boolean> {
    return this.stores.delete(name);
  }
  /** The only cache, with the data set's files in it. */
  only(): FakeCache {
    expect(this.stores.size).toBe(1);
    return [...this.stores.values()][0];
  }
  asCacheStorage(): CacheStorage {
    return this as unknown as CacheStorage;
  }
}

/** Byte equality (toEqual on millions of elements takes a minute). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

interface ProgressEvent {
  file: string;
  loaded: number;
  total: number;
  fromCache: boolean;
}

async function load(fetchFn: typeof fetch, caches: FakeCacheStorage | null, dataset: DatasetId = 'mnist') {
  const events: ProgressEvent[] = [];
  const data = await loadDataset(
    BASE,
    dataset,
    (file, loaded, total, fromCache) => events.push({ file: file.replace(/^mnist\//, ''), loaded, total, fromCache }),
    { fetch: fetchFn, caches: caches && caches.asCacheStorage() },
  );
  const last = (file: string) => events.filter((e) => e.file === file).at(-1)!;
  return { data, events, last };
}

async function loadError(fetchFn: typeof fetch, caches: FakeCacheStorage | null = null): Promise<DataError> {
  const error = await loadDataset(BASE, 'mnist', () => {}, { fetch: fetchFn, caches: caches && caches.asCacheStorage() }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

function manifestBytes(file: string): { bytes: number; rawBytes: number } {
  const manifest = JSON.parse(new TextDecoder().decode(served.get('mnist/manifest.json')));
  return Object.values(manifest.files as Record<string, { url: string; bytes: number; rawBytes: number }>).find(
    (f) => f.url === file,
  )!;
}

describe('loadDataset', { timeout: 60_000 }, () => {
  it('downloads, splits 55,000 / 5,000 / 10,000 and caches the files', async () => {
    const caches = new FakeCacheStorage();
    const { fetch, requests } = server();
    const { data, events, last } = await load(fetch, caches);

    expect([data.train.count, data.validation.count, data.test.count]).toEqual([55_000, 5_000, 10_000]);
    expect(data.train.images.length).toBe(55_000 * 784);
    expect(data.validation.images.buffer).toBe(data.train.images.buffer); // views, no copies
    expect(Math.max(...data.test.labels)).toBe(9);
    expect(data.test.images.some((p) => p === 255)).toBe(true);

    expect(requests.sort()).toEqual([...FILES].sort());
    for (const file of FILES.slice(1)) {
      const { bytes } = manifestBytes(file);
      expect(last(file)).toEqual({ file, loaded: bytes, total: bytes, fromCache: false });
      const mine = events.filter((e) => e.file === file);
      expect(mine[0].loaded).toBe(0);
      expect(mine.length).toBeLessThan(110); // thinned to ~1% steps
    }
    expect(events.filter((e) => e.file === 'train-images.idx.gzip').length).toBeGreaterThan(50);
    const cache = caches.only();
    expect(cache.entries.size).toBe(5);
    expect([...caches.stores.keys()][0].startsWith(CACHE_PREFIX)).toBe(true);
  });

  it('reads a second load from the cache and fetches only the manifest', async () => {
    const caches = new FakeCacheStorage();
    const first = await load(server().fetch, caches);
    const { fetch, requests } = server();
    const second = await load(fetch, caches);
    expect(requests).toEqual(['manifest.json']);
    expect(second.events.every((e) => e.fromCache)).toBe(true);
    expect(sameBytes(second.data.test.images, first.data.test.images)).toBe(true);
    expect(sameBytes(second.data.train.images, first.data.train.images)).toBe(true);
    expect(second.data.sha256).toBe(first.data.sha256);
  });

  it('works without Cache Storage', async () => {
    const { data } = await load(server().fetch, null);
    expect(data.test.count).toBe(10_000);
  });

  it('accepts bodies the server already inflated', async () => {
    const caches = new FakeCacheStorage();
    const { data, last } = await load(server({ 'test-images.idx.gzip': 'inflated' }).fetch, caches);
    expect(data.test.count).toBe(10_000);
    const { rawBytes } = manifestBytes('test-images.idx.gzip');
    expect(last('test-images.idx.gzip')).toMatchObject({ loaded: rawBytes, total: rawBytes });
    const again = await load(server().fetch, caches); // the inflated copy in the cache is usable too
    expect(sameBytes(again.data.test.images, data.test.images)).toBe(true);
  });

  it('reports a missing file as data-missing, naming it', async () => {
    const error = await loadError(server({ 'test-labels.idx.gzip': 'missing' }).fetch);
    expect(error.code).toBe('data-missing');
    expect(error.file).toBe('mnist/test-labels.idx.gzip');
    expect(error.message).toContain('mnist/test-labels.idx.gzip');
    expect(error.message).toContain('HTTP 404');
    expect(error.message).toContain('npm run data');
  });

  it('reports a network failure and a dev-server HTML fallback as data-missing', async () => {
    const offline = await loadError(server({ 'manifest.json': 'network' }).fetch);
    expect([offline.code, offline.file]).toEqual(['data-missing', 'mnist/manifest.json']);
    const html = await loadError(server({ 'train-labels.idx.gzip': 'html' }).fetch);
    expect([html.code, html.file]).toEqual(['data-missing', 'mnist/train-labels.idx.gzip']);
    const noManifest = await loadError(server({ 'manifest.json': 'missing' }).fetch);
    expect(noManifest.file).toBe('mnist/manifest.json');
  });

  it('reports a damaged download as data-corrupt and does not cache it', async () => {
    const caches = new FakeCacheStorage();
    const error = await loadError(server({ 'test-images.idx.gzip': 'corrupt' }).fetch, caches);
    expect([error.code, error.file]).toEqual(['data-corrupt', 'mnist/test-images.idx.gzip']);
    const cached = [...caches.only().entries.keys()];
    expect(cached.some((url) => url.includes('test-images'))).toBe(false);
    expect(cached.some((url) => url.includes('manifest.json'))).toBe(false);
  });

  it('deletes a damaged cached copy and downloads the file again', async () => {
    const caches = new FakeCacheStorage();
    await load(server().fetch, caches);
    const cache = caches.only();
    const key = [...cache.entries.keys()].find((url) => url.includes('train-labels'))!;
    cache.entries.set(key, { body: new Uint8Array([1, 2, 3, 4, 5]).buffer, type: '' });
    const { fetch, requests } = server();
    const { data, last } = await load(fetch, caches);
    expect(requests).toEqual(['manifest.json', 'train-labels.idx.gzip']);
    expect(last('train-labels.idx.gzip').fromCache).toBe(false);
    expect(data.train.labels.length).toBe(55_000);
    expect(cache.entries.get(key)!.body.byteLength).toBe(manifestBytes('train-labels.idx.gzip').bytes);
  });

  it('drops caches of other builds of the data set and loads from the cache when offline', async () => {
    const caches = new FakeCacheStorage();
    await caches.open(`${CACHE_PREFIX}0123456789abcdef`);
    await load(server().fetch, caches);
    expect(caches.stores.size).toBe(1);
    const { data, events } = await load(server({ 'manifest.json': 'network' }).fetch, caches);
    expect(data.train.count).toBe(55_000);
    expect(events.every((e) => e.fromCache)).toBe(true);
  });
});

describe('loadDataset of Fashion-MNIST', { timeout: 60_000 }, () => {
  it('loads from its own folder into its own cache, keeping MNIST\'s', async () => {
    const caches = new FakeCacheStorage();
    await load(server().fetch, caches, 'mnist');
    const { fetch, requests } = server();
    const { data, events } = await load(fetch, caches, 'fashionMnist');
    expect(data.dataset).toBe('fashionMnist');
    expect([data.train.count, data.validation.count, data.test.count]).toEqual([55_000, 5_000, 10_000]);
    expect(requests.sort()).toEqual(FILES.map((name) => `fashion-mnist/${name}`).sort());
    expect(events.some((e) => e.file === 'fashion-mnist/train-images.idx.gzip')).toBe(true);
    expect([...caches.stores.keys()].map((name) => name.replace(/[0-9a-f]{16}$/, '')).sort()).toEqual([
      cachePrefixFor('fashionMnist'),
      CACHE_PREFIX,
    ]);
    const again = server();
    await load(again.fetch, caches, 'mnist');
    expect(again.requests).toEqual(['manifest.json']); // MNIST still comes from its cache
  });

  it('names the folder when one of its files is missing', async () => {
    const error = await loadDataset(BASE, 'fashionMnist', () => {}, {
      fetch: server({ 'fashion-mnist/test-images.idx.gzip': 'missing' }).fetch,
      caches: null,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).file).toBe('fashion-mnist/test-images.idx.gzip');
    expect((error as DataError).code).toBe('data-missing');
  });
});

describe('dataErrorToWorkerError', () => {
  it('carries the code and names the file as the subject', async () => {
    const error = await loadError(server({ 'train-images.idx.gzip': 'missing' }).fetch);
    expect(dataErrorToWorkerError(error)).toMatchObject({
      code: 'data-missing',
      name: 'DataError',
      subject: 'mnist/train-images.idx.gzip',
    });
    expect(dataErrorToWorkerError(new Error('other'))).toBeNull();
  });
});
