// The main-thread JavaScript count follows the page's imports and leaves the
// worker out, on a small dist/ laid out the way Vite writes it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBundle } from './bundle.mjs';

const folders = [];

function dist(files) {
  const root = mkdtempSync(join(tmpdir(), 'np-bundle-'));
  folders.push(root);
  mkdirSync(join(root, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

const gzip = (...texts) => texts.reduce((sum, text) => sum + gzipSync(Buffer.from(text), { level: 9 }).length, 0);

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('measureBundle', () => {
  const entry = 'import{a}from"./shared-1.js";const v=()=>import(`./View-2.js`);new Worker(new URL(new URL(`entry-3.js`,import.meta.url).href,import.meta.url),{type:`module`});';
  const shared = 'export const a=1;';
  const view = 'import{a}from"./shared-1.js";export default a;';
  const worker = 'import"./tfjs-4.js";';
  const tfjs = "throw Error(`Kernel 'x' not registered for backend 'wasm'`)";
  const files = {
    'index.html': '<script type="module" crossorigin src="./assets/index-0.js"></script><link rel="modulepreload" crossorigin href="./assets/shared-1.js">',
    'assets/index-0.js': entry,
    'assets/shared-1.js': shared,
    'assets/View-2.js': view,
    'assets/entry-3.js': worker,
    'assets/tfjs-4.js': tfjs,
    'assets/unrelated-5.js': 'export {};',
  };

  it('counts the entry, its static imports and the lazy views, and not the worker or unreachable files', () => {
    const result = measureBundle(dist(files));
    expect(result.initial).toEqual({ files: 2, bytes: entry.length + shared.length, gzipBytes: gzip(entry, shared) });
    expect(result.lazy).toEqual({ files: 1, bytes: view.length, gzipBytes: gzip(view) });
    expect(result.total.files).toBe(3);
    expect(result.worker).toEqual({ files: 2, bytes: worker.length + tfjs.length, gzipBytes: gzip(worker, tfjs) });
    expect(result.tfjsInMainThread).toBe(false);
  });

  it('says so when tfjs reaches a main-thread chunk', () => {
    const result = measureBundle(dist({ ...files, 'assets/shared-1.js': `${shared}${tfjs}` }));
    expect(result.tfjsInMainThread).toBe(true);
  });
});
