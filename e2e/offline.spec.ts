// Offline use and hosting: the service worker precaches the app shell, the
// MNIST files stay in the training worker's own Cache Storage, a new version
// waits for Reload, and a build for a sub-path (as the deploy workflow makes)
// works from that path. Each test runs its own static server over a build, so
// it can switch the server off, change a file, or serve another folder; each
// gets a fresh browser context, so no service worker survives from another test.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { serveStatic, type Override, type StaticServer } from '../scripts/serve-subpath.mjs';
import { expect, readout, test } from './fixtures';

const train = (page: Page) => page.getByRole('button', { name: 'Train', exact: true });

/** Waits until a service worker is active and controls the page; returns its scope. */
async function waitForServiceWorker(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 60_000 });
  return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}

/** Every Cache Storage cache of the page's origin with the URLs it holds. */
function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) all[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return all;
  });
}

async function withServer(
  options: { root?: string; base?: string; override?: (path: string) => Override | undefined },
  body: (server: StaticServer) => Promise<void>,
) {
  const server = await serveStatic({ root: options.root ?? 'dist', base: options.base ?? '/np-offline/', override: options.override });
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

test('after one visit, with no network, a reload shows the app and Step trains one batch', async ({ page, context }) => {
  await withServer({}, async (server) => {
    // WASM, so the offline run needs a precached .wasm file too.
    await page.goto(`${server.url}?backend=wasm`);
    await expect(train(page)).toBeEnabled({ timeout: 90_000 });
    await waitForServiceWorker(page);
    await expect(page.getByTestId('formula-loss')).toBeVisible();

    const caches = await cachedUrls(page);
    const precache = Object.entries(caches).find(([name]) => name.startsWith('workbox-precache'))?.[1] ?? [];
    const dataCaches = Object.entries(caches).filter(([name]) => name.startsWith('neural-playground-mnist-'));
    const paths = precache.map((url) => new URL(url).pathname.replace('/np-offline/', ''));
    expect(paths).toContain('index.html');
    expect(paths.filter((path) => /^assets\/tfjs-backend-wasm.*\.wasm/.test(path))).toHaveLength(3);
    expect(paths.some((path) => /^assets\/KaTeX_Main-Regular-.*\.woff2/.test(path))).toBe(true);
    expect(paths.some((path) => path.startsWith('data/')), 'the service worker must not precache the data sets').toBe(false);
    // The MNIST files live once, in the worker's cache, and nowhere else.
    expect(dataCaches).toHaveLength(1);
    expect(dataCaches[0][1].filter((url) => url.includes('.idx.gzip'))).toHaveLength(4);
    const otherCachesWithData = Object.entries(caches).filter(
      ([name, urls]) => !name.startsWith('neural-playground-mnist-') && urls.some((url) => url.includes('/data/')),
    );
    expect(otherCachesWithData).toEqual([]);

    // No network: the browser is offline and the server is gone as well.
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Neural Playground' })).toBeVisible();
    await expect(train(page)).toBeEnabled({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByTestId('metric-batch')).toHaveAttribute('data-value', '1', { timeout: 60_000 });
    expect(await readout(page, 'backend')).toBe('wasm');
    // KaTeX's fonts come from the precache too.
    await expect(page.getByTestId('formula-loss')).toBeVisible();
    const fonts = await page.evaluate(async () => (await document.fonts.load('16px KaTeX_Main', 'x')).length);
    expect(fonts).toBeGreaterThan(0);
  });
});

test('a new version waits until Reload, then takes over', async ({ page }) => {
  let nextVersion = false;
  const sw = readFileSync('dist/sw.js', 'utf8');
  // A changed byte in sw.js is what a new build looks like to the browser.
  const override = (path: string): Override | undefined =>
    path === 'sw.js' && nextVersion ? { status: 200, body: `${sw}\n// next version\n`, type: 'text/javascript' } : undefined;
  await withServer({ override }, async (server) => {
    await page.goto(server.url);
    await waitForServiceWorker(page);
    const banner = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
    await expect(banner).toHaveCount(0);

    nextVersion = true;
    await page.reload();
    await expect(banner).toBeVisible({ timeout: 60_000 });
    // It waits: the page still runs the old version until asked.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
    await page.evaluate(() => Object.assign(window, { __beforeReload: true }));

    await banner.getByRole('button', { name: 'Reload', exact: true }).click();
    await page.waitForFunction(() => !('__beforeReload' in window), undefined, { timeout: 30_000 });
    await waitForServiceWorker(page);
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: r?.waiting ?? null, active: r?.active?.state };
    });
    expect(registration).toEqual({ waiting: null, active: 'activated' });
    await expect(banner).toHaveCount(0);
  });
});

test('a build for a sub-path (BASE_PATH) loads from that path', async ({ page }, testInfo) => {
  const base = '/some/sub/path/';
  const outDir = testInfo.outputPath('dist');
  // vite build alone (no typecheck; the data step already ran for dist/): one build, a few seconds.
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, BASE_PATH: base },
    stdio: 'pipe',
    timeout: 120_000,
  });
  const html = readFileSync(`${outDir}/index.html`, 'utf8');
  expect(html).toContain(`src="${base}assets/`);
  const manifest = JSON.parse(readFileSync(`${outDir}/manifest.webmanifest`, 'utf8'));
  expect([manifest.start_url, manifest.scope]).toEqual([base, base]);

  await withServer({ root: outDir, base }, async (server) => {
    await page.goto(server.url);
    await expect(train(page)).toBeEnabled({ timeout: 90_000 });
    expect(new URL(await waitForServiceWorker(page)).pathname).toBe(base);
    expect(server.requests.filter((path) => path.endsWith('.idx.gzip'))).toHaveLength(4);
  });
});
