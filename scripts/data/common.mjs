// What every data set's build step shares: IDX headers, gzip -9 files written
// atomically, the manifest the worker reads, and the up-to-date check.
//
// The files end in `.gzip`, not `.gz`: `vite preview` (and some hosts) serve
// `*.gz` with `Content-Encoding: gzip`, the browser then inflates them itself
// and a DecompressionStream on top fails.
//
// The constants mirror src/core/data/ (this script cannot import TypeScript);
// the tests parse the output with that code, which keeps the two in step.
import { createHash } from 'node:crypto';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** The project root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the data sets go: public/data/<folder>/. */
export const DATA_DIR = join(ROOT, 'public', 'data');

/** src/core/data/manifest.ts: MANIFEST_FORMAT, MANIFEST_VERSION. */
export const MANIFEST_FORMAT = 'neural-playground/dataset';
export const MANIFEST_VERSION = 1;

export const MAGIC_IMAGES = 2051;
export const MAGIC_LABELS = 2049;
export const SIDE = 28;
export const PIXELS = SIDE * SIDE;
export const CLASSES = 10;

/** The four files of a data set: manifest key, output name, IDX magic, item count. */
export const FILES = [
  { key: 'trainImages', out: 'train-images.idx.gzip', magic: MAGIC_IMAGES, count: 60000 },
  { key: 'trainLabels', out: 'train-labels.idx.gzip', magic: MAGIC_LABELS, count: 60000 },
  { key: 'testImages', out: 'test-images.idx.gzip', magic: MAGIC_IMAGES, count: 10000 },
  { key: 'testLabels', out: 'test-labels.idx.gzip', magic: MAGIC_LABELS, count: 10000 },
];

/** A failure the script explains in one line (no stack trace). */
export class BuildError extends Error {}

async function mtimeOrNull(path) {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

/** `<name>@<version>` of an installed package, or null when it is not installed. */
export async function packageVersion(name) {
  try {
    const json = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
    return `${name}@${json.version}`;
  } catch {
    return null;
  }
}

/**
 * True when the manifest and every output exist, are newer than every input
 * (source files and the build scripts), and the manifest's `build` record
 * equals `build` (package version, split parameters: npm may keep old mtimes
 * on the files it installs, so time alone is not enough).
 */
export async function upToDate(outDir, inputs, build) {
  const outputs = [join(outDir, 'manifest.json'), ...FILES.map((f) => join(outDir, f.out))];
  const [inputTimes, outputTimes] = await Promise.all([
    Promise.all(inputs.map(mtimeOrNull)),
    Promise.all(outputs.map(mtimeOrNull)),
  ]);
  if (outputTimes.some((t) => t === null)) return false;
  if (Math.min(...outputTimes) < Math.max(...inputTimes.filter((t) => t !== null))) return false;
  try {
    const manifest = JSON.parse(await readFile(outputs[0], 'utf8'));
    return JSON.stringify(manifest.build) === JSON.stringify(build);
  } catch {
    return false;
  }
}

/** An IDX header: magic, then the dims as big-endian uint32. */
export function idxHeader(magic, dims) {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header.writeUInt32BE(magic, 0);
  dims.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
  return header;
}

/** Writes then renames, so an interrupted run never leaves a fresh-looking partial file (the pid keeps parallel runs apart). */
export async function writeAtomic(path, bytes) {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
}

/** Gzips one raw IDX file into outDir; returns its manifest entry. */
export async function packFile(outDir, file, raw) {
  const packed = await gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION });
  await writeAtomic(join(outDir, file.out), packed);
  return {
    url: file.out,
    bytes: packed.length,
    rawBytes: raw.length,
    count: file.count,
    sha256: createHash('sha256').update(raw).digest('hex'),
  };
}

/**
 * Packs the four raw IDX files (`raws[key]`) and writes manifest.json last,
 * so a manifest always describes complete files. zlib runs on the libuv
 * thread pool, so the files compress in parallel. Returns the manifest.
 */
export async function writeDataset(outDir, dataset, raws, build, extra = {}) {
  const entries = await Promise.all(FILES.map((f) => packFile(outDir, f, raws[f.key])));
  const files = Object.fromEntries(FILES.map((f, i) => [f.key, entries[i]]));
  // One hash for the whole data set: the worker names its cache after it.
  const sha256 = createHash('sha256')
    .update(entries.map((e) => e.sha256).join('\n'))
    .digest('hex');
  const manifest = { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, dataset, source: build.source, build, ...extra, sha256, files };
  await writeAtomic(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** "55.0 MB -> 11.2 MB gzip" for a manifest. */
export function sizeSummary(manifest) {
  const entries = Object.values(manifest.files);
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  return `${mb(entries.reduce((s, e) => s + e.rawBytes, 0))} -> ${mb(entries.reduce((s, e) => s + e.bytes, 0))} gzip`;
}
