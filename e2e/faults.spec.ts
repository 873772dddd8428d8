// Backend faults, provoked through the test-only door (?test-faults=1): an
// alert says what failed, and training goes on with the next backend.
import type { Page } from '@playwright/test';
import { choose, expect, numericReadout, openApp, readout, setField, test, waitForState } from './fixtures';

type FaultKind = 'start-failed' | 'device-lost' | 'context-lost' | 'out-of-memory';

/** Makes the worker fail as tfjs would, through the page's test-only hook. */
async function provoke(page: Page, fault: FaultKind): Promise<void> {
  await page.evaluate((kind) => (window as unknown as { npTestFault(kind: string): Promise<void> }).npTestFault(kind), fault);
}

test('A network too large is refused; WebGL fails to start: an alert, and the run trains on WASM; out of memory there moves it to CPU from the same weights', async ({ page }) => {
  await openApp(page, '?backend=webgl&test-faults=1');
  expect(await readout(page, 'backend')).toBe('webgl');
  // First, a network too large for a browser tab is refused before training, with its memory and the layer to blame.
  await choose(page, 'Preset', 'Small ResNet');
  await setField(page, 'Batch size', '4096');
  const tooLarge = page.getByRole('alert').filter({ hasText: 'Training this network needs about' });
  await expect(tooLarge).toContainText(/needs about 2\.6\d? GB .* more than the [\d.]+ [GM]B a browser tab can use on this device\. Layer conv2d_2 takes the most/);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await setField(page, 'Batch size', '64');
  await expect(tooLarge).toHaveCount(0);

  await choose(page, 'Preset', 'MLP 128-64-10');
  await provoke(page, 'start-failed');
  await page.getByRole('button', { name: 'Train', exact: true }).click();

  const failedStart = page.getByRole('alert').filter({ hasText: 'The WebGL backend failed' });
  await expect(failedStart).toContainText('WebGL failed to start');
  await expect(failedStart).toContainText('Training runs with WASM instead.');
  await expect(page.getByTestId('backend')).toHaveAttribute('data-value', 'wasm');
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(5);
  expect(await readout(page, 'training-state')).toBe('running');

  await provoke(page, 'out-of-memory');
  const outOfMemory = page.getByRole('alert').filter({ hasText: 'The WASM backend failed' });
  await expect(outOfMemory).toContainText(/WASM ran out of memory at batch \d+ \(Aborted\(OOM\)/);
  await expect(outOfMemory).toContainText('Training goes on with CPU from the current weights');
  await expect(page.getByTestId('backend')).toHaveAttribute('data-value', 'cpu');
  const struckAt = Number(/at batch (\d+)/.exec((await outOfMemory.textContent()) ?? '')?.[1]);
  // The same run goes on: the batch count continues from where the fault struck.
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(struckAt);
  expect(await readout(page, 'training-state')).toBe('running');
  await page.getByRole('button', { name: 'Pause' }).click();
  await waitForState(page, ['paused']);
});

test('WebGL loses its context for real (WEBGL_lose_context): an alert, and a fresh run goes on with WASM', async ({ page }) => {
  await openApp(page, '?backend=webgl&test-faults=1');
  await choose(page, 'Preset', 'MLP 128-64-10');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(3);
  await provoke(page, 'context-lost');

  const lost = page.getByRole('alert').filter({ hasText: 'The WebGL backend failed' });
  await expect(lost).toContainText(/WebGL lost its graphics context at batch \d+ \(WebGL context lost \(WEBGL_lose_context\)\)/);
  await expect(lost).toContainText('Training starts again with WASM from new weights');
  await expect(page.getByTestId('backend')).toHaveAttribute('data-value', 'wasm');
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(0);
  expect(await readout(page, 'training-state')).toBe('running');
  await page.getByRole('button', { name: 'Pause' }).click();
  await waitForState(page, ['paused']);
});
