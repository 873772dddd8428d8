// The main-thread JavaScript of the production build: the chunks the page
// loads (index.html's script and preloads, their static imports, and the lazy
// views' dynamic imports), never the worker bundle (loaded with `new Worker(new URL(...))`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A string every build of tfjs-core carries (its kernel registry error), so a main-thread chunk holding tfjs is caught. */
const TFJS_MARKER = 'not registered for backend';

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]\.\/([\w.-]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g;
const WORKER_URL = /\bnew URL\(\s*["'`](?:\.\/)?([\w.-]+\.js)["'`]/g;

function matches(text, pattern) {
  return [...text.matchAll(pattern)].map((match) => match[1]);
}

/** Sizes of dist/'s main-thread chunks: initial (before first render), lazy, total, the worker, and whether tfjs is in them. */
export function measureBundle(dist = 'dist') {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\.\/assets\/([\w.-]+\.js)"/g)].map((match) => match[1]);
  const initial = new Set();
  const lazy = new Set();
  const visit = (file, set) => {
    if (initial.has(file) || set.has(file) || !existsSync(join(assets, file))) return;
    set.add(file);
    const text = readFileSync(join(assets, file), 'utf8');
    for (const next of matches(text, STATIC_IMPORT)) visit(next, set);
    for (const next of matches(text, DYNAMIC_IMPORT)) visit(next, lazy);
  };
  for (const entry of entries) visit(entry, initial);
  for (const file of initial) lazy.delete(file);
  const sizes = (files) => {
    let bytes = 0;
    let gzip = 0;
    for (const file of files) {
      const body = readFileSync(join(assets, file));
      bytes += body.length;
      gzip += gzipSync(body, { level: 9 }).length;
    }
    return { files: files.length, bytes, gzipBytes: gzip };
  };
  const mainThread = [...initial, ...lazy];
  const worker = new Set();
  const visitWorker = (file) => {
    if (worker.has(file) || !existsSync(join(assets, file))) return;
    worker.add(file);
    const text = readFileSync(join(assets, file), 'utf8');
    for (const next of [...matches(text, STATIC_IMPORT), ...matches(text, DYNAMIC_IMPORT)]) visitWorker(next);
  };
  for (const file of mainThread) for (const entry of matches(readFileSync(join(assets, file), 'utf8'), WORKER_URL)) visitWorker(entry);
  return {
    initial: sizes([...initial]),
    lazy: sizes([...lazy]),
    total: sizes(mainThread),
    tfjsInMainThread: mainThread.some((file) => readFileSync(join(assets, file), 'utf8').includes(TFJS_MARKER)),
    worker: sizes([...worker]),
  };
}
