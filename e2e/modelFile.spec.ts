// Issue 8 must-show 5: a model trained, downloaded and loaded into a fresh
// profile scores the same test accuracy there, and Train goes on from it.
// A cut-short model file raises an alert and changes nothing.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { choose, expect, numericReadout, openApp, readout, setField, test, waitForState } from './fixtures';

/** Presses Evaluate now and returns the test accuracy it reports. */
async function evaluate(page: Page): Promise<number> {
  await expect(page.getByTestId('metric-test-accuracy')).toHaveAttribute('data-value', '');
  await page.getByRole('button', { name: 'Evaluate now' }).click();
  await expect.poll(() => numericReadout(page, 'metric-test-accuracy'), { timeout: 60_000 }).toBeGreaterThan(0);
  return numericReadout(page, 'metric-test-accuracy');
}

test('Download model, then Load model in a fresh profile: the same test accuracy, and Train goes on', async ({ page, browser }) => {
  await openApp(page, '?backend=wasm');
  await choose(page, 'Preset', 'MLP 128-64-10');
  await setField(page, 'Training samples', '512');
  await setField(page, 'Epochs', '20');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThanOrEqual(20);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await waitForState(page, ['paused']);
  const batch = await numericReadout(page, 'metric-batch');
  const accuracy = await evaluate(page);
  // Better than chance: the weights are trained ones.
  expect(accuracy).toBeGreaterThan(0.5);
  const params = await readout(page, 'param-count');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download model' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.model\.zip$/);
  const bytes = readFileSync(await download.path());

  const fresh = await (await browser.newContext()).newPage();
  await openApp(fresh, '?backend=wasm');
  const blankParams = await readout(fresh, 'param-count');
  const loadModel = fresh.getByLabel('Load model', { exact: true });
  await loadModel.setInputFiles({ name: 'cut.model.zip', mimeType: 'application/zip', buffer: bytes.subarray(0, bytes.length >> 1) });
  await expect(fresh.getByRole('alert').filter({ hasText: 'The model could not be loaded' })).toContainText('cut.model.zip');
  expect(await readout(fresh, 'param-count')).toBe(blankParams);
  expect(await readout(fresh, 'training-state')).toBe('idle');

  await loadModel.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: bytes });
  await waitForState(fresh, ['paused'], 30_000);
  expect(await readout(fresh, 'param-count')).toBe(params);
  expect(await numericReadout(fresh, 'metric-batch')).toBe(batch);
  expect(await evaluate(fresh)).toBe(accuracy);
  await fresh.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => numericReadout(fresh, 'metric-batch'), { timeout: 30_000 }).toBeGreaterThan(batch + 3);
  await fresh.getByRole('button', { name: 'Pause', exact: true }).click();
  await waitForState(fresh, ['paused']);
  await fresh.context().close();
});
