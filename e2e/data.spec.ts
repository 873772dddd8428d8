// Loading MNIST: Cache Storage on the second visit, and clear messages that
// name the file when one is missing or corrupt. Playwright cannot intercept
// a module worker's fetches in Chromium, so each test runs its own static
// server over dist/ that answers the data files as the test needs.
// The service worker stays allowed (Playwright's default) on purpose: it has no
// route for data/, so every data request still reaches this server and the
// counts below also prove it neither answers nor caches those files.
import { expect, test } from './fixtures';
import { serveStatic, type Override } from '../scripts/serve-subpath.mjs';

async function withServer(override: ((path: string) => Override | undefined) | undefined, body: (url: string, requests: string[]) => Promise<void>) {
  const server = await serveStatic({ root: 'dist', base: '/np/', override });
  try {
    await body(server.url, server.requests);
  } finally {
    await server.close();
  }
}

const dataFiles = (requests: string[]) => requests.filter((path) => path.endsWith('.idx.gzip')).map((path) => path.split('/').pop()).sort();

test('a missing data file is named in an alert that says what to do', async ({ page }) => {
  await withServer((path) => (path.endsWith('train-labels.idx.gzip') ? { status: 404, body: 'not found' } : undefined), async (url) => {
    await page.goto(url);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('train-labels', { timeout: 60_000 });
    await expect(alert).toContainText(/npm run data|reload/i);
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  });
});

test('a corrupt data file is named in an alert', async ({ page }) => {
  const damaged = new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]);
  await withServer((path) => (path.endsWith('test-labels.idx.gzip') ? { status: 200, body: damaged } : undefined), async (url) => {
    await page.goto(url);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('test-labels', { timeout: 60_000 });
    await expect(alert).toContainText(/corrupt|damaged|invalid/i);
  });
});

test('the first visit downloads the four files with progress; the second reads Cache Storage', async ({ page }) => {
  await withServer(undefined, async (url, requests) => {
    await page.goto(url);
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 90_000 });
    expect(dataFiles(requests)).toEqual(['test-images.idx.gzip', 'test-labels.idx.gzip', 'train-images.idx.gzip', 'train-labels.idx.gzip']);
    requests.length = 0;
    await page.reload();
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 60_000 });
    expect(dataFiles(requests)).toEqual([]);
  });
});
