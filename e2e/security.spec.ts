// Nothing leaves the page: the production build carries a Content-Security-Policy
// that the browser enforces (and every spec fails on a violation, see
// fixtures.ts), and a whole visit asks nothing of any other origin.
import type { Page, Request } from '@playwright/test';
import { choose, expect, numericReadout, openApp, setField, test, waitForState } from './fixtures';

/** Draws a short diagonal stroke on the drawing canvas with the mouse. */
async function drawStroke(page: Page): Promise<void> {
  const canvas = page.locator('canvas[aria-label="Draw a digit"]');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the drawing canvas is not visible');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1) {
    await page.mouse.move(box.x + box.width * (0.3 + 0.04 * step), box.y + box.height * (0.2 + 0.06 * step));
  }
  await page.mouse.up();
}

test('the Content-Security-Policy is in force: inline script, eval and a foreign fetch are refused, and reported', async ({ page, cspLog }) => {
  await openApp(page, '?backend=cpu');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toMatch(/style-src 'self';/);
  expect(policy).not.toMatch(/'unsafe-eval'/);
  expect(policy).toContain("connect-src 'self'");

  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    // A string timer is eval: the policy refuses it (page.evaluate itself is exempt, a timer is not).
    setTimeout('window.__evalRan = true', 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    let fetchOutcome = 'fetched';
    try {
      await fetch('https://example.com/collect');
    } catch (error) {
      fetchOutcome = (error as Error).name;
    }
    const flags = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
    return { inlineRan: flags.__inlineRan ?? false, evalRan: flags.__evalRan ?? false, fetchOutcome };
  });
  expect(outcome).toEqual({ inlineRan: false, evalRan: false, fetchOutcome: 'TypeError' });

  // The guard every spec runs under saw each one, as the page's own report and as Chromium's console
  // line; they are taken out here, so this test passes.
  const seen: string[] = [];
  await expect
    .poll(() => (seen.push(...cspLog.take()), seen.filter((entry) => !entry.startsWith('console:'))), { timeout: 5_000 })
    .toEqual([
      expect.stringMatching(/^script-src-elem refused inline/),
      expect.stringMatching(/^script-src refused eval/),
      expect.stringMatching(/^connect-src refused https:\/\/example\.com/),
    ]);
  expect(seen.filter((entry) => entry.startsWith('console:')).length).toBeGreaterThanOrEqual(3);
});
test('a whole visit (load, train, every view, draw) requests nothing from another origin', async ({ page, context }) => {
  test.setTimeout(150_000);
  const requests: string[] = [];
  context.on('request', (request: Request) => requests.push(request.url()));

  await openApp(page, '?backend=wasm');
  await choose(page, 'Preset', 'MLP 128-64-10');
  await setField(page, 'Training samples', '2048');
  await setField(page, 'Epochs', '1');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  expect(await waitForState(page, ['done', 'error'], 120_000)).toBe('done');
  expect(await numericReadout(page, 'metric-test-accuracy')).toBeGreaterThan(0.5);

  // Every view, scrolled into sight one after another (each lazy view fetches its chunk and styles).
  for (const region of await page.locator('main section, main [role="region"]').all()) await region.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('confusion-matrix').locator('td')).toHaveCount(100);
  await expect(page.getByTestId('formula-loss').locator('annotation')).toHaveCount(1);
  await drawStroke(page);
  await expect(page.getByTestId('draw-prediction')).toHaveAttribute('data-value', /^\d$/);
  await expect(page.locator('.katex-error')).toHaveCount(0);

  const origin = new URL(page.url()).origin;
  const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
  // The record holds the worker's requests too: the data set and the WASM binary it fetched.
  expect(requests.some((url) => url.includes('/data/mnist/'))).toBe(true);
  expect(requests.some((url) => url.endsWith('.wasm'))).toBe(true);
});
