// Benchmark: trains one epoch of a preset on every backend in headless
// Chromium, through the real UI, and reports epoch time, throughput and test
// accuracy; then the size of the main-thread JavaScript. Figures, not tests.
// Usage: npm run build && node scripts/bench.mjs [--preset "MLP 128-64-10"] [--backends wasm,webgl] [--batch 64]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const preset = option('preset', 'MLP 128-64-10');
const backends = option('backends', 'wasm,webgl,cpu,webgpu').split(',');
const batch = option('batch', '64');
const PORT = 4188;
const base = '/neural-playground/';

if (!existsSync('dist/index.html')) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}

const server = spawn('node', ['scripts/serve-subpath.mjs', 'dist', String(PORT), base], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const scratch = mkdtempSync(join(tmpdir(), 'np-bench-'));
const bundled = chromium.executablePath();
const browser = await chromium.launch({
  executablePath: existsSync(bundled) ? undefined : (process.env.CHROMIUM ?? '/usr/bin/chromium'),
  args: ['--no-sandbox', '--enable-unsafe-webgpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache') },
});

const rows = [];
for (const backend of backends) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.goto(`http://127.0.0.1:${PORT}${base}?backend=${backend}`);
    const train = page.getByRole('button', { name: 'Train', exact: true });
    await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: preset });
    await page.getByLabel('Batch size', { exact: true }).fill(batch);
    await page.getByLabel('Epochs', { exact: true }).fill('1');
    await page.waitForFunction(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Train');
      return button !== undefined && !button.disabled;
    }, null, { timeout: 120_000 });
    const started = Date.now();
    await train.click();
    await page.waitForFunction(() => ['done', 'error', 'paused'].includes(document.querySelector('[data-testid="training-state"]')?.getAttribute('data-value') ?? ''), null, { timeout: 900_000, polling: 500 });
    const seconds = (Date.now() - started) / 1000;
    const value = (id) => page.getByTestId(id).getAttribute('data-value');
    rows.push({
      backend: await value('backend'),
      state: await value('training-state'),
      'train+eval s': seconds.toFixed(1),
      'overall samples/s': Math.round(55_000 / seconds),
      'last samples/s': Math.round(Number(await value('metric-throughput'))),
      'val acc': Number(await value('metric-val-accuracy')).toFixed(4),
      'test acc': Number(await value('metric-test-accuracy')).toFixed(4),
    });
  } catch (error) {
    rows.push({ backend, state: `failed: ${error.message.split('\n')[0]}` });
  } finally {
    await page.close();
  }
}
await browser.close();
server.kill();

console.log(`\n${preset}, batch ${batch}, 1 epoch of 55,000 images, then the 10,000 test images`);
console.table(rows);

const assets = readdirSync('dist/assets');
const entry = readFileSync('dist/index.html', 'utf8').match(/assets\/(index-[^"]+\.js)/)?.[1];
const mainJs = assets.filter((file) => file.endsWith('.js') && !file.includes('entry') && !file.includes('worker'));
console.log('\nMain-thread JavaScript (dist/assets):');
for (const file of mainJs) {
  const bytes = readFileSync(join('dist/assets', file));
  console.log(`  ${file}${file === entry ? ' (entry)' : ''}: ${(bytes.length / 1024).toFixed(0)} KiB, gzip ${(gzipSync(bytes).length / 1024).toFixed(0)} KiB`);
}
for (const file of assets.filter((name) => name.includes('entry') || name.includes('worker'))) {
  console.log(`  worker ${file}: ${(statSync(join('dist/assets', file)).size / 1024).toFixed(0)} KiB`);
}
