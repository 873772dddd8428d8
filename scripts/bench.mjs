// `npm run bench`: in one headless Chromium session, trains MLP 128-64-10 and
// LeNet-5 in the app (through its UI) and in the reference page
// (bench/reference.html: model.fit on the main thread) on every backend, and
// measures speed, main-thread load, loading and bundle size. Writes
// docs/BENCHMARKS.md and docs/benchmarks.json. Figures, not tests.
// Usage: npm run build && npm run bench -- [--quick] [--backends ...] [--networks ...] (see scripts/bench/options.mjs)
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, scratchEnv } from './chromium.mjs';
import { serveStatic } from './serve-subpath.mjs';
import { measureBundle } from './bench/bundle.mjs';
import { measureLoading } from './bench/loading.mjs';
import { describeMachine } from './bench/machine.mjs';
import { BATCH_SIZE, USAGE, parseOptions } from './bench/options.mjs';
import { measureTraining } from './bench/training.mjs';
import { installProbe } from './bench/probe.mjs';
import { renderReport } from './bench/report.mjs';

/** GitHub Pages' caching header, so a second visit finds the JavaScript in the HTTP cache as it would there. */
const PAGES_HEADERS = { 'Cache-Control': 'max-age=600' };

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error.message}\nUsage: ${USAGE}`);
  process.exit(2);
}
for (const file of ['dist/index.html', 'dist/bench/reference.html']) {
  if (!existsSync(file)) {
    console.error(`No ${file}: run \`npm run build\` first.`);
    process.exit(1);
  }
}
warnIfStale();

const began = Date.now();
const elapsed = () => (Date.now() - began) / 1000;
const log = (text) => process.stdout.write(`[${elapsed().toFixed(0).padStart(3)} s] ${text}\n`);
const server = await serveStatic({ root: 'dist', port: options.port, headers: PAGES_HEADERS });

let loading = null;
if (!options.skipLoad) {
  log('loading: cold and warm visits in a fresh profile');
  loading = await measureLoading(server, options.mode);
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, env: scratchEnv('np-bench-') });
const networks = [];
let machine;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(installProbe);
  const probePage = await context.newPage();
  await probePage.goto(`${server.url}data/mnist/manifest.json`);
  machine = await describeMachine(browser, probePage);
  await probePage.close();

  networks.push(...(await measureTraining(context, server.url, options, machine, log, elapsed)));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const run = {
  format: 'neural-playground/benchmarks',
  version: 1,
  mode: options.modeName,
  note: options.note,
  durationSeconds: Math.round(elapsed()),
  batchSize: BATCH_SIZE,
  timings: options.mode,
  machine,
  loadAverageAtEnd: loadavg().map((value) => Math.round(value * 100) / 100),
  networks,
  loading,
  bundle: measureBundle('dist'),
};
mkdirSync(options.outDir, { recursive: true });
writeFileSync(join(options.outDir, 'benchmarks.json'), `${JSON.stringify(run, null, 2)}\n`);
writeFileSync(join(options.outDir, 'BENCHMARKS.md'), `${renderReport(run)}\n`);
log(`wrote ${join(options.outDir, 'BENCHMARKS.md')} and benchmarks.json in ${(elapsed() / 60).toFixed(1)} min`);

/** Warns when a source file is newer than the build, since the benchmark measures dist/. */
function warnIfStale() {
  const built = statSync('dist/index.html').mtimeMs;
  const newest = (folder) => readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((latest, entry) => Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
  if (Math.max(newest('src'), newest('bench')) > built) console.warn('Warning: src/ or bench/ changed after the last build; run `npm run build` to measure the current code.');
}
