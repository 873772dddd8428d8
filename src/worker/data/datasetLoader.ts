// Loading a data set (MNIST or Fashion-MNIST, datasets.ts) in the worker:
// <folder>/manifest.json (never cached by HTTP), then the four gzip IDX files
// from Cache Storage or the network, inflated and checked.
//
// Cache Storage, not the HTTP cache, keeps the files across visits: one cache
// per data set, named after it and its hash, so a new build of a data set gets
// a new cache and that data set's old ones are deleted (the other data set's
// cache is kept). A file is stored only after it inflated and parsed, so a bad
// download is never cached; a bad cached copy is deleted and fetched again.
import { DATASETS, type DatasetId } from '../../core/data/datasets';
import { DataError, corruptFile, missingFile } from '../../core/data/errors';
import { checkLabels, parseIdx } from '../../core/data/idx';
import {
  MANIFEST_FILE,
  cacheNameFor,
  dataFileName,
  isCacheOf,
  manifestName,
  parseManifest,
  type ManifestFile,
  type MnistManifest,
} from '../../core/data/manifest';
import { MNIST_FILE_KEYS, MNIST_FILE_SHAPES, NUM_CLASSES, type MnistFileKey } from '../../core/data/mnist';
import { looksLikeHtml } from '../../core/data/body';
import { DownloadProgress } from '../../core/data/progress';
import { splitMnist, type MnistSplit } from '../../core/data/split';
import { isAbort, readBody, toIdxBytes, type Bytes } from './fetchFile';

/** Progress of one file: bytes so far, expected bytes, and whether they come from Cache Storage. */
export type DataProgressHandler = (file: string, loaded: number, total: number, fromCache: boolean) => void;

/** Dependencies, replaceable in tests. */
export interface LoadDatasetOptions {
  fetch?: typeof fetch;
  /** Cache Storage; null turns caching off. Defaults to self.caches when there is one. */
  caches?: CacheStorage | null;
  signal?: AbortSignal;
}

/** The loaded data set: the split plus the hash that names it. */
export interface DatasetData extends MnistSplit {
  dataset: DatasetId;
  /** manifest.json's data set SHA-256. */
  sha256: string;
}

interface LoadContext {
  dataset: DatasetId;
  fetch: typeof fetch;
  cache: Cache | null;
  manifestUrl: URL;
  onProgress: DataProgressHandler;
  signal?: AbortSignal;
}

function defaultCaches(): CacheStorage | null {
  // `caches` is undefined outside secure contexts and in Node.
  try {
    return typeof globalThis.caches === 'undefined' ? null : globalThis.caches;
  } catch {
    return null;
  }
}

async function openCache(caches: CacheStorage | null, name: string): Promise<Cache | null> {
  if (!caches) return null;
  try {
    return await caches.open(name);
  } catch {
    return null; // e.g. SecurityError on opaque origins: load without caching.
  }
}

/** Where a file lives: next to the manifest, with the data hash as a query so HTTP caches cannot serve an old file. */
function fileUrl(file: ManifestFile, manifestUrl: URL): URL {
  const url = new URL(file.url, manifestUrl);
  url.searchParams.set('v', file.sha256.slice(0, 12));
  return url;
}

async function fetchOrMissing(ctx: LoadContext, url: URL, fileName: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await ctx.fetch(url, { ...init, signal: ctx.signal });
  } catch (error) {
    if (isAbort(error, ctx.signal)) throw error;
    throw missingFile(fileName, 'network error', error);
  }
  if (!response.ok) throw missingFile(fileName, `HTTP ${response.status}`);
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw missingFile(fileName, 'the server answered with a web page instead of the file');
  }
  return response;
}

/** Fetches and validates manifest.json, bypassing the HTTP cache; falls back to a cached copy when offline. */
async function loadManifest(
  ctx: Omit<LoadContext, 'cache' | 'onProgress'>,
  caches: CacheStorage | null,
): Promise<MnistManifest> {
  const name = manifestName(ctx.dataset);
  let text: string;
  try {
    const response = await fetchOrMissing({ ...ctx, cache: null, onProgress: () => {} }, ctx.manifestUrl, name, {
      cache: 'no-cache',
    });
    text = await response.text();
  } catch (error) {
    const offline = error instanceof DataError ? await cachedManifest(caches, ctx.dataset, ctx.manifestUrl) : null;
    if (offline) return offline;
    throw error;
  }
  if (looksLikeHtml(new TextEncoder().encode(text.slice(0, 64)))) {
    throw missingFile(name, 'the server answered with a web page instead of the file');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw corruptFile(name, 'not JSON', error);
  }
  return parseManifest(json, ctx.dataset);
}

/** The manifest stored with a complete earlier download of `dataset`, if any. */
async function cachedManifest(caches: CacheStorage | null, dataset: DatasetId, manifestUrl: URL): Promise<MnistManifest | null> {
  if (!caches) return null;
  try {
    for (const name of await caches.keys()) {
      if (!isCacheOf(name, dataset)) continue;
      const hit = await (await caches.open(name)).match(manifestUrl);
      if (!hit) continue;
      const manifest = parseManifest(await hit.json(), dataset);
      if (cacheNameFor(manifest) === name) return manifest;
    }
  } catch {
    // A damaged cache is no better than none.
  }
  return null;
}

/** Deletes the caches of other builds of this data set (other data sets keep theirs). */
async function dropOtherCaches(caches: CacheStorage | null, dataset: DatasetId, keep: string): Promise<void> {
  if (!caches) return;
  try {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => isCacheOf(n, dataset) && n !== keep).map((n) => caches.delete(n)));
  } catch {
    // Cleaning up is best effort.
  }
}

/** Body -> raw IDX -> checked pixels or labels (a view of the one raw buffer). */
async function decode(body: Bytes, key: MnistFileKey, file: ManifestFile, name: string): Promise<Uint8Array> {
  const raw = await toIdxBytes(body, file.rawBytes, name);
  const { data } = parseIdx(raw, name, MNIST_FILE_SHAPES[key]);
  if (MNIST_FILE_SHAPES[key].dims.length === 1) checkLabels(data, name, NUM_CLASSES);
  return data;
}

async function loadFile(ctx: LoadContext, key: MnistFileKey, file: ManifestFile): Promise<Uint8Array> {
  const name = dataFileName(ctx.dataset, file);
  const url = fileUrl(file, ctx.manifestUrl);
  const cache = ctx.cache;
  const read = async (response: Response, fromCache: boolean): Promise<Bytes> => {
    const progress = new DownloadProgress(file.bytes, file.rawBytes);
    ctx.onProgress(name, 0, progress.total, fromCache);
    const report = () => ctx.onProgress(name, progress.loaded, progress.total, fromCache);
    return readBody(response, name, progress, file.rawBytes, report, ctx.signal);
  };

  if (cache) {
    const hit = await cache.match(url).catch(() => undefined);
    if (hit) {
      try {
        return await decode(await read(hit, true), key, file, name);
      } catch (error) {
        if (isAbort(error, ctx.signal)) throw error;
        // A bad cached copy: forget it and download the file again below.
        await cache.delete(url).catch(() => false);
      }
    }
  }

  const body = await read(await fetchOrMissing(ctx, url, name, {}), false);
  const data = await decode(body, key, file, name);
  if (cache) {
    const stored = new Response(body, { headers: { 'content-type': 'application/octet-stream' } });
    await cache.put(url, stored).catch(() => undefined); // Quota exceeded: work without the cache.
  }
  return data;
}

/**
 * Loads a data set from `<dataUrl>/<folder>/` (dataUrl is the folder holding
 * every data set's folder; give an absolute URL: a relative one resolves
 * against the worker script, not the page) and splits it 55,000 / 5,000 / 10,000.
 *
 * Reports each file's progress through `onProgress`. Throws DataError with
 * code 'data-missing' (404, network failure, not built) or 'data-corrupt'
 * (bad manifest, header, length or gzip), naming the file (with its folder)
 * in `file`. Holds one Uint8Array per file; the split is views into them.
 */
export async function loadDataset(
  dataUrl: string,
  dataset: DatasetId,
  onProgress: DataProgressHandler,
  options: LoadDatasetOptions = {},
): Promise<DatasetData> {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const caches = options.caches === undefined ? defaultCaches() : options.caches;
  const root = new URL(dataUrl.endsWith('/') ? dataUrl : `${dataUrl}/`, globalThis.location?.href);
  const manifestUrl = new URL(`${DATASETS[dataset].folder}/${MANIFEST_FILE}`, root);

  const manifest = await loadManifest({ dataset, fetch: fetchFn, manifestUrl, signal: options.signal }, caches);
  const cacheName = cacheNameFor(manifest);
  const cache = await openCache(caches, cacheName);
  const ctx: LoadContext = { dataset, fetch: fetchFn, cache, manifestUrl, onProgress, signal: options.signal };

  const data = {} as Record<MnistFileKey, Uint8Array>;
  for (const key of MNIST_FILE_KEYS) data[key] = await loadFile(ctx, key, manifest.files[key]);

  if (cache) {
    // Stored last, so a cached manifest always means all four files are cached.
    await cache.put(manifestUrl, new Response(JSON.stringify(manifest), {
      headers: { 'content-type': 'application/json' },
    })).catch(() => undefined);
    await dropOtherCaches(caches, dataset, cacheName);
  }

  const split = splitMnist(
    { images: data.trainImages, labels: data.trainLabels },
    { images: data.testImages, labels: data.testLabels },
  );
  return { ...split, dataset, sha256: manifest.sha256 };
}
