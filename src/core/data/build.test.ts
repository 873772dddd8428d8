// The real data, as scripts/build-data.mjs packs it (the script is run here
// first; it returns at once when its outputs are up to date).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASETS, DATASET_IDS } from './datasets';
import { checkLabels, parseIdx } from './idx';
import { parseManifest, type MnistManifest } from './manifest';
import { MNIST_FILE_KEYS, MNIST_FILE_SHAPES, NUM_CLASSES, type MnistFileKey } from './mnist';
import { splitMnist } from './split';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'build-data.mjs');
const folder = (id: keyof typeof DATASETS) => join(ROOT, 'public', 'data', DATASETS[id].folder);

beforeAll(() => {
  execFileSync(process.execPath, [SCRIPT], { stdio: 'pipe' });
}, 300_000);

/** The inflated IDX bytes of one file, checked against the manifest. */
function inflated(id: keyof typeof DATASETS, manifest: MnistManifest, key: MnistFileKey): Uint8Array {
  const file = manifest.files[key];
  const packed = readFileSync(join(folder(id), file.url));
  expect(packed.length).toBe(file.bytes);
  expect([packed[0], packed[1]]).toEqual([0x1f, 0x8b]);
  const raw = new Uint8Array(gunzipSync(packed));
  expect(raw.length).toBe(file.rawBytes);
  expect(createHash('sha256').update(raw).digest('hex')).toBe(file.sha256);
  return raw;
}

/** Images per class in a label array. */
function perClass(labels: Uint8Array): number[] {
  const counts = new Array<number>(NUM_CLASSES).fill(0);
  for (const label of labels) counts[label]++;
  return counts;
}

describe.each(DATASET_IDS)('build-data output for %s', (id) => {
  let manifest: MnistManifest;
  beforeAll(() => {
    manifest = parseManifest(JSON.parse(readFileSync(join(folder(id), 'manifest.json'), 'utf8')), id);
  });

  it('writes a valid manifest naming .gzip files (not .gz), from the data set\'s package', () => {
    expect(Object.keys(manifest.files).sort()).toEqual([...MNIST_FILE_KEYS].sort());
    for (const key of MNIST_FILE_KEYS) expect(manifest.files[key].url).toMatch(/\.idx\.gzip$/);
    expect(manifest.source?.startsWith(`${DATASETS[id].source}@`)).toBe(true);
  });

  it.each(MNIST_FILE_KEYS)('%s inflates to the IDX file the manifest describes', (key) => {
    const file = manifest.files[key];
    const { dims, data } = parseIdx(inflated(id, manifest, key), file.url, MNIST_FILE_SHAPES[key]);
    expect(dims[0]).toBe(file.count);
    expect(dims[0]).toBe(key.startsWith('train') ? 60_000 : 10_000);
    if (key.endsWith('Labels')) {
      checkLabels(data, file.url, NUM_CLASSES);
      expect(perClass(data).every((n) => n > 0)).toBe(true);
    }
  });

  it('compresses the images', () => {
    const { trainImages, testImages } = manifest.files;
    expect(trainImages.bytes).toBeLessThan(trainImages.rawBytes / 1.5);
    expect(testImages.bytes).toBeLessThan(testImages.rawBytes / 1.5);
  });
});

describe('Fashion-MNIST split as built', () => {
  it('is stratified: 5,500 / 500 / 1,000 of each class in train / validation / test, mixed in every batch', () => {
    const manifest = parseManifest(JSON.parse(readFileSync(join(folder('fashionMnist'), 'manifest.json'), 'utf8')), 'fashionMnist');
    const data = (key: MnistFileKey) => parseIdx(inflated('fashionMnist', manifest, key), key, MNIST_FILE_SHAPES[key]).data;
    const split = splitMnist(
      { images: data('trainImages'), labels: data('trainLabels') },
      { images: data('testImages'), labels: data('testLabels') },
    );
    expect(perClass(split.train.labels)).toEqual(new Array(10).fill(5_500));
    expect(perClass(split.validation.labels)).toEqual(new Array(10).fill(500));
    expect(perClass(split.test.labels)).toEqual(new Array(10).fill(1_000));
    // 10,000 training samples (the e2e setting) are balanced, and a batch of 64 holds at least 6 classes.
    expect(perClass(split.train.labels.subarray(0, 10_000))).toEqual(new Array(10).fill(1_000));
    expect(new Set(split.train.labels.subarray(0, 64)).size).toBeGreaterThanOrEqual(6);
    // Pixels are real photos: bright garments on black, not empty entries.
    const first = split.test.images.subarray(0, 784);
    expect(Math.max(...first)).toBeGreaterThan(100);
  });
});

describe('build-data', () => {
  it('skips work when the outputs are up to date, and says so', () => {
    const watched = DATASET_IDS.map((id) => join(folder(id), 'train-images.idx.gzip'));
    const before = watched.map((path) => statSync(path).mtimeMs);
    const out = execFileSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(out).toContain('public/data/mnist is up to date');
    expect(out).toContain('public/data/fashion-mnist is up to date');
    expect(watched.map((path) => statSync(path).mtimeMs)).toEqual(before);
  });
});
