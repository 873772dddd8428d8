// docs/BENCHMARKS.md from the figures of one run (the same figures as docs/benchmarks.json).
import { BACKEND_LABELS } from './options.mjs';

const number = (value) => (value === null || value === undefined || Number.isNaN(value) ? '—' : Math.round(value).toLocaleString('en'));
const percent = (value) => (value === null || value === undefined ? '—' : `${value.toFixed(1)} %`);
const decimal = (value, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));
const kB = (bytes) => `${(bytes / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} kB`;
const MB = (bytes) => (bytes < 1e5 ? kB(bytes) : `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 2 })} MB`);
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const APP_VIEWS = { curves: 'app, curves on screen', predictions: 'app, scrolled to predictions' };

function windowCells(window, ratio) {
  return [
    window.samplesPerSecond === null ? `under 2 batches in ${decimal(window.wallSeconds)} s` : number(window.samplesPerSecond),
    ratio === null ? '—' : `${ratio.toFixed(2)}x`,
    percent(window.busyPercent),
    percent(window.cpuPercent),
    decimal(window.longTasksPerMinute),
    window.longestTaskMs > 0 ? `${number(window.longestTaskMs)} ms` : 'none',
    decimal(window.fps),
  ];
}

function unmeasuredRow(label, page, result) {
  const reason = result.status === 'measured' ? '' : `${result.status}: ${result.reason}`;
  return `| ${label} | ${page} | ${cell(reason)} | — | — | — | — | — | — |`;
}

function backendRows(entry) {
  const label = entry.backend === 'auto' ? `Auto (${entry.app.backend ?? '?'}) vs reference on ${BACKEND_LABELS[entry.referenceBackend]}` : BACKEND_LABELS[entry.backend];
  const rows = [];
  if (entry.app.status === 'measured') {
    for (const [view, page] of Object.entries(APP_VIEWS)) {
      rows.push(`| ${label} | ${page} | ${windowCells(entry.app.views[view], entry.ratio[view]).join(' | ')} |`);
    }
  } else {
    rows.push(unmeasuredRow(label, 'app', entry.app));
  }
  const referencePage = `reference (model.fit${entry.backend === 'auto' ? `, ${BACKEND_LABELS[entry.referenceBackend]}` : ''})`;
  rows.push(entry.reference.status === 'measured'
    ? `| ${label} | ${referencePage} | ${windowCells(entry.reference.window, null).join(' | ')} |`
    : unmeasuredRow(label, referencePage, entry.reference));
  return rows;
}

function networkSection(network, batchSize) {
  const params = network.params === null ? '' : ` (${number(network.params)} parameters)`;
  return [
    `## ${network.label}${params}, batch ${batchSize}`,
    '',
    '| Backend | Page | Samples/s | vs reference | Main thread busy | Main thread CPU | Long tasks/min | Longest task | Frames/s |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...network.backends.flatMap(backendRows),
    '',
  ];
}

function machineSection(machine, finishedLoad) {
  return [
    '## Machine',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${cell(machine.cpu)}, ${machine.cores} cores (\`navigator.hardwareConcurrency\` ${machine.hardwareConcurrency}) |`,
    `| RAM | ${machine.ramGiB} GiB |`,
    `| OS | ${cell(machine.os)} |`,
    `| Browser | Chromium ${machine.chromium}, headless (Playwright), flags of scripts/chromium.mjs |`,
    `| WebGL renderer | ${cell(machine.webglRenderer ?? 'none')} |`,
    `| WebGPU adapter | ${cell(machine.webgpuAdapter ?? 'none')} |`,
    `| Load average (1, 5, 15 min) | ${machine.loadAverageAtStart.join(', ')} at the start, ${finishedLoad.join(', ')} at the end |`,
    `| Date | ${machine.date} |`,
    '',
  ];
}

function loadingSection(loading) {
  if (!loading) return ['## Loading', '', 'Not measured in this run (`--no-load`).', ''];
  const row = (name, visit) => (visit.status === 'measured'
    ? `| ${name} | ${decimal(visit.trainEnabledSeconds, 2)} s | ${decimal(visit.firstBatchSeconds, 2)} s | ${MB(visit.bytes)} | ${MB(visit.dataBytes)} | ${visit.requests} |`
    : `| ${name} | ${cell(`${visit.status}: ${visit.reason}`)} | — | — | — | — |`);
  return [
    '## Loading the app (Auto, the first preset)',
    '',
    '| Visit | Train enabled | First trained batch | Downloaded | of which MNIST | Requests |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('cold (fresh profile)', loading.cold),
    row('warm (second visit)', loading.warm),
    '',
  ];
}

function bundleSection(bundle) {
  const row = (name, part) => `| ${name} | ${part.files} | ${kB(part.bytes)} | ${kB(part.gzipBytes)} |`;
  return [
    '## Main-thread JavaScript (dist/)',
    '',
    '| Part | Files | Size | gzip -9 |',
    '| --- | ---: | ---: | ---: |',
    row('loaded by index.html (entry, its imports)', bundle.initial),
    row('lazy views (dynamic imports)', bundle.lazy),
    row('**main thread, total**', bundle.total),
    row('worker bundle (not main thread; holds tfjs)', bundle.worker),
    '',
    `tfjs in the main-thread chunks: ${bundle.tfjsInMainThread ? '**yes** (it should not be)' : 'no'}.`,
    '',
  ];
}

const METHOD = [
  '## How each figure is measured',
  '',
  '- **One browser session**: one headless Chromium (the flags and executable of the end-to-end tests), the production build served by `scripts/serve-subpath.mjs` from a sub-path; each measurement opens its own page (viewport 1280 x 720) and closes it after.',
  '- **The app** is driven through its UI: `?backend=` (none for Auto), the `Preset` menu, `Epochs` set to 100 so no run ends while measured, then `Train`. The window starts after a warm-up (the first batch, which compiles shaders, then `warmup` seconds and `warmupBatches` batches). It is measured twice: at the top of the page (the run and its curves on screen), then with the prediction grid scrolled to the top of the viewport (predictions and evaluation on screen).',
  '- **The reference** (`bench/reference.html`, built into `dist/bench/`) trains the same preset the way tfjs-examples/mnist does: on the main thread, `model.fit` over the 55,000 training images held in one float32 tensor, shuffled, validation on the same 5,000 images as the app at each epoch end, a status line per batch and `await tf.nextFrame()` after each batch. It uses the app\'s network builder (same layers, initialisers and parameter count), optimizer (Adam 0.001), MNIST loader and backend switch, and draws no charts or predictions, so it is the fastest form of that page. Auto is compared with the reference on WebGL, tfjs\'s default backend.',
  '- **Samples/s**: batches that ended inside the window (from the first to the last change of the page\'s `metric-batch` readout in the window, seen by a MutationObserver) times the batch size, over the time between those two changes. Epoch-end validation that falls inside a window is counted as time, in both pages. *vs reference* is the app\'s samples/s over the reference\'s on the same backend.',
  '- **Main thread busy**: the growth of Chromium\'s `TaskDuration` (CDP `Performance.getMetrics`: the summed wall-clock duration of every task the page\'s main thread ran) over the window, divided by the window\'s wall time. A task that waits for a core while running counts as busy, so on a loaded machine this exceeds the CPU figure.',
  '- **Main thread CPU**: the growth of `ThreadTime` (CPU time of the page\'s main thread) over the window\'s wall time.',
  '- **Long tasks/min** and **longest task**: `PerformanceObserver` entries of type `longtask` (main-thread tasks over 50 ms) that started in the window.',
  '- **Frames/s**: `requestAnimationFrame` callbacks per second in a short window right after the measured one (a probe counts them in both pages, only then: its frame loop alone keeps a page drawing 60 frames a second, and made an idle page about 5 % busy).',
  '- **Loading**: a fresh persistent profile in its own browser; the app opened with no query, `Train` clicked as soon as it is enabled. *Train enabled* and *first trained batch* are seconds from navigation start (the click time includes Playwright\'s reaction, tens of ms). The second visit opens a new page in the same profile: MNIST comes from Cache Storage and the rest from the HTTP cache (the server sends GitHub Pages\' `Cache-Control: max-age=600`). *Downloaded* is the body bytes the server sent from navigation to the first batch.',
  '- **Main-thread JavaScript**: the chunks reachable from `dist/index.html` (its script and preloads, their static imports, and dynamic imports), gzip level 9; the worker bundle is found through `new URL(...)` and kept out.',
  '',
];

/** The Markdown report of one run. */
export function renderReport(run) {
  const header = [
    '# Benchmarks',
    '',
    `> Generated by \`npm run bench${run.mode === 'quick' ? ' -- --quick' : ''}\` on ${run.machine.date.slice(0, 10)} in ${decimal(run.durationSeconds / 60)} min.`,
    ...(run.note ? ['>', `> ${run.note}`] : []),
    ...(run.mode === 'quick' ? ['>', '> Quick mode: short windows, rough figures.'] : []),
    '',
    `Windows: warm-up ${run.timings.warmup} s and ${run.timings.warmupBatches} batches after the first batch, then at least ${run.timings.window} s and ${run.timings.minBatches} batches (at most ${run.timings.maxWindow} s) per measurement. Goals of issue 10: the app at least 1.5x the reference on the same backend, LeNet-5 with Auto at least 4x the reference on WebGL, main thread busy under 3 % with no task over 50 ms in steady training.`,
    '',
  ];
  return [
    ...header,
    ...run.networks.flatMap((network) => networkSection(network, run.batchSize)),
    ...loadingSection(run.loading),
    ...bundleSection(run.bundle),
    ...machineSection(run.machine, run.loadAverageAtEnd),
    ...METHOD,
  ].join('\n');
}
