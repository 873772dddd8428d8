// The benchmark's reference page (bench/reference.html in dist/bench/) trains
// the app's presets with model.fit on the main thread, on the backend it is asked for.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface ReferenceResult {
  state: string;
  backend: string;
  params: number;
  batches: number;
  loss: number | null;
  error: string | null;
}

function result(page: Page): Promise<ReferenceResult> {
  return page.evaluate(() => (window as unknown as { __benchResult: ReferenceResult }).__benchResult);
}

async function trainsPast(page: Page, batches: number): Promise<void> {
  await page.waitForFunction(
    (n) => (window as unknown as { __benchResult: ReferenceResult }).__benchResult.batches >= n,
    batches,
    { timeout: 120_000 },
  );
}

test('trains MLP 128-64-10 on WASM with the app\'s parameter count and a falling loss', async ({ page }) => {
  await page.goto('./bench/reference.html?backend=wasm&network=mlp&batch=64');
  await trainsPast(page, 5);
  const early = await result(page);
  await trainsPast(page, 150);
  const later = await result(page);
  expect(later.state).toBe('training');
  expect(later.backend).toBe('wasm');
  expect(later.params).toBe(109_386);
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '109386');
  expect(later.loss).toBeLessThan(early.loss!);
  expect(Number(await page.getByTestId('metric-batch').getAttribute('data-value'))).toBeGreaterThanOrEqual(150);
});

test('trains LeNet-5 on CPU with the app\'s parameter count', async ({ page }) => {
  await page.goto('./bench/reference.html?backend=cpu&network=lenet5');
  await trainsPast(page, 2);
  const trained = await result(page);
  expect(trained.backend).toBe('cpu');
  expect(trained.params).toBe(61_706);
  expect(Number.isFinite(trained.loss)).toBe(true);
});

test('an unknown network is refused in an alert', async ({ page }) => {
  await page.goto('./bench/reference.html?backend=wasm&network=nope');
  await expect(page.getByRole('alert')).toContainText('Unknown network "nope"');
  expect((await result(page)).state).toBe('error');
});
