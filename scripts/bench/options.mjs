// What `npm run bench` measures and for how long, from its command line.

/** The networks the benchmark knows: a preset id (the reference page's `network=`) and its `Preset` menu label. */
export const NETWORKS = {
  mlp: { id: 'mlp', label: 'MLP 128-64-10' },
  lenet5: { id: 'lenet5', label: 'LeNet-5' },
};

/**
 * Backends in the order they are measured (the ones issue 10's goals name
 * first, so a run that spends its budget drops the slow software backends);
 * `auto` is the app's Auto against the reference on tfjs's default, WebGL.
 */
export const BACKENDS = ['wasm', 'webgl', 'auto', 'cpu', 'webgpu'];

/** Human labels, as the app's Backend menu shows them. */
export const BACKEND_LABELS = { wasm: 'WASM', webgl: 'WebGL', cpu: 'CPU', webgpu: 'WebGPU', auto: 'Auto' };

/** The backend the reference page trains on for an app backend (Auto is compared with tfjs's default). */
export const REFERENCE_BACKEND = { wasm: 'wasm', webgl: 'webgl', cpu: 'cpu', webgpu: 'webgpu', auto: 'webgl' };

/**
 * Networks a software (fallback) WebGPU adapter trains too slowly for the
 * run's budget: LeNet-5 measured 13-30 samples/s there, after up to a minute
 * of shader compiling. Skipped with that reason unless `--slow` is given.
 */
export const SLOW_ON_SOFTWARE_WEBGPU = ['lenet5'];

/** Batch size of every measurement (the presets' default). */
export const BATCH_SIZE = 64;

/**
 * Timings of one mode, in seconds. A window lasts `window` seconds, longer
 * until `minBatches` batches ended in it, at most `maxWindow`; frames are
 * counted for `fpsWindow` seconds after it. Warm-up starts
 * at the first trained batch and lasts `warmup` seconds and `warmupBatches` batches (at most `maxWarmup`).
 */
export const MODES = {
  full: { fpsWindow: 2, warmup: 4, warmupBatches: 5, maxWarmup: 40, window: 10, minBatches: 5, maxWindow: 20, settle: 1, firstBatchTimeout: 150, budget: 520 },
  quick: { fpsWindow: 1, warmup: 2, warmupBatches: 3, maxWarmup: 20, window: 5, minBatches: 3, maxWindow: 12, settle: 1, firstBatchTimeout: 120, budget: 300 },
};

function listOption(args, name, known, fallback) {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const values = (args[at + 1] ?? '').split(',').map((value) => value.trim().toLowerCase()).filter(Boolean);
  const unknown = values.filter((value) => !known.includes(value));
  if (values.length === 0 || unknown.length > 0) {
    throw new Error(`--${name} takes a comma-separated list of ${known.join(', ')} (got "${args[at + 1] ?? ''}").`);
  }
  return values;
}

function valueOption(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
}

/** Parses the command line; throws an Error with a usage hint on a bad flag. */
export function parseOptions(args) {
  const modeName = args.includes('--quick') ? 'quick' : 'full';
  const port = Number(valueOption(args, 'port', process.env.BENCH_PORT ?? '4183'));
  if (!Number.isInteger(port) || port <= 0) throw new Error('--port takes a port number.');
  return {
    modeName,
    mode: MODES[modeName],
    backends: listOption(args, 'backends', BACKENDS, BACKENDS),
    networks: listOption(args, 'networks', Object.keys(NETWORKS), Object.keys(NETWORKS)).map((id) => NETWORKS[id]),
    skipLoad: args.includes('--no-load'),
    slow: args.includes('--slow'),
    outDir: valueOption(args, 'out', 'docs'),
    note: valueOption(args, 'note', ''),
    port,
  };
}

/** One line of help for the usage message. */
export const USAGE = 'npm run bench -- [--quick] [--backends wasm,webgl,cpu,webgpu,auto] [--networks mlp,lenet5] [--no-load] [--slow] [--out docs] [--note "text"] [--port 4183]';
