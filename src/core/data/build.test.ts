// The real data, as scripts/build-mnist.mjs packs it (the script is run here
// first; it returns at once when its outputs are up to date).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLabels, parseIdx } from './idx';
import { parseManifest, type MnistManifest } from './manifest';
import { MNIST_FILE_KEYS, MNIST_FILE_SHAPES, NUM_CLASSES } from './mnist';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const OUT = join(ROOT, 'public', 'data', 'mnist');

let manifest: MnistManifest;

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-mnist.mjs')], { stdio: 'pipe' });
  manifest = parseManifest(JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')));
}, 120_000);

describe('build-mnist output', () => {
  it('writes a valid manifest naming .gzip files (not .gz)', () => {
    expect(Object.keys(manifest.files).sort()).toEqual([...MNIST_FILE_KEYS].sort());
    for (const key of MNIST_FILE_KEYS) expect(manifest.files[key].url).toMatch(/\.idx\.gzip$/);
  });

  it.each(MNIST_FILE_KEYS)('%s inflates to the IDX file the manifest describes', (key) => {
    const file = manifest.files[key];
    const packed = readFileSync(join(OUT, file.url));
    expect(packed.length).toBe(file.bytes);
    expect([packed[0], packed[1]]).toEqual([0x1f, 0x8b]);
    const raw = new Uint8Array(gunzipSync(packed));
    expect(raw.length).toBe(file.rawBytes);
    expect(createHash('sha256').update(raw).digest('hex')).toBe(file.sha256);
    const { dims, data } = parseIdx(raw, file.url, MNIST_FILE_SHAPES[key]);
    expect(dims[0]).toBe(file.count);
    expect(dims[0]).toBe(key.startsWith('train') ? 60_000 : 10_000);
    if (key.endsWith('Labels')) {
      checkLabels(data, file.url, NUM_CLASSES);
      const seen = new Set(data);
      expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('compresses the images to about a fifth', () => {
    const { trainImages, testImages } = manifest.files;
    expect(trainImages.bytes).toBeLessThan(trainImages.rawBytes / 4);
    expect(testImages.bytes).toBeLessThan(testImages.rawBytes / 4);
  });

  it('skips work when the outputs are up to date', () => {
    const before = statSync(join(OUT, 'train-images.idx.gzip')).mtimeMs;
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-mnist.mjs')], { encoding: 'utf8' });
    expect(out).toContain('up to date');
    expect(statSync(join(OUT, 'train-images.idx.gzip')).mtimeMs).toBe(before);
  });
});
