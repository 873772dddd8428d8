// The lesson controls: every one is there under its UI-contract name, the seed
// repeats a run with augmentation and label smoothing to the last digit on the
// WASM backend (the unit tests repeat it on CPU; WASM trains and evaluates these
// runs several times faster here), and a learning rate typed during a run
// reaches the next batches (on CPU, slow enough to count the batches in between).
import type { Page } from '@playwright/test';
import { choose, expect, test, numericReadout, openApp, setField, waitForState } from './fixtures';

/** Trains one short run from scratch and returns its final training loss. */
async function finalTrainLoss(page: Page, seed: string): Promise<number> {
  await setField(page, 'Seed', seed);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  expect(await waitForState(page, ['done', 'error'], 120_000)).toBe('done');
  const loss = await numericReadout(page, 'metric-train-loss');
  await page.getByRole('button', { name: 'Reset' }).click();
  await waitForState(page, ['idle']);
  return loss;
}

test('every control is there; the same seed repeats a run with augmentation and label smoothing exactly, another seed does not', async ({ page }) => {
  await openApp(page, '?backend=wasm');
  await choose(page, 'Preset', 'MLP 128-64-10');
  await choose(page, 'Optimizer', 'Momentum');
  await expect(page.getByRole('checkbox', { name: 'Nesterov' })).toBeVisible();
  await choose(page, 'Optimizer', 'RMSprop');
  await expect(page.getByRole('checkbox', { name: 'Nesterov' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Centered' }).check();
  await choose(page, 'Optimizer', 'Adam');
  for (const option of ['L2 in the loss', 'L1 in the loss', 'Decoupled']) {
    await expect(page.getByRole('combobox', { name: 'Weight decay type' }).locator('option', { hasText: option })).toHaveCount(1);
  }
  await page.getByRole('checkbox', { name: 'Early stopping' }).check();
  await expect(page.getByLabel('Patience', { exact: true })).toHaveValue('3');
  await page.getByRole('checkbox', { name: 'Early stopping' }).uncheck();
  await expect(page.getByTestId('learning-rate-chart')).toBeVisible();
  await expect(page.getByTestId('metric-learning-rate')).toHaveAttribute('data-value', '0.001');

  await setField(page, 'Training samples', '640');
  await setField(page, 'Label smoothing', '0.1');
  await choose(page, 'Weight decay type', 'L2 in the loss');
  await setField(page, 'Weight decay', '0.001');
  await expect(page.getByTestId('formula-loss').locator('annotation')).toContainText(String.raw`\tilde{y}_k`);
  await expect(page.getByTestId('formula-loss').locator('annotation')).toContainText(String.raw`\lambda \sum_{w} w^2`);
  await setField(page, 'Clip gradient norm', '1');
  await page.getByRole('checkbox', { name: 'Augment data' }).check();
  await setField(page, 'Rotation (°)', '10');
  await setField(page, 'Scaling (%)', '10');
  await setField(page, 'Pixel noise', '0.1');

  const first = await finalTrainLoss(page, '7');
  const again = await finalTrainLoss(page, '7');
  const other = await finalTrainLoss(page, '8');
  expect(Number.isFinite(first)).toBe(true);
  expect(again).toBe(first);
  expect(other).not.toBe(first);
  await expect(page.getByTestId('gradient-clip-chart')).toBeVisible();
});

test('a learning rate typed during a run shows in metric-learning-rate within a few batches, and the run goes on', async ({ page }) => {
  await openApp(page, '?backend=cpu');
  await choose(page, 'Preset', 'MLP 128-64-10');
  await setField(page, 'Training samples', '6400');
  await setField(page, 'Epochs', '5');
  // Batches of 256 (about 3 a second here): the readouts show the run once per beat (every 2 s), so
  // the batch read when the rate is typed lags by a few batches, not by dozens.
  await setField(page, 'Batch size', '256');
  await page.getByRole('checkbox', { name: 'Augment data' }).check();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(3);
  await expect(page.getByTestId('augment-preview').locator('canvas')).toHaveCount(8);
  expect(await numericReadout(page, 'metric-learning-rate')).toBe(0.001);

  await setField(page, 'Learning rate', '0.005');
  const typedAt = await numericReadout(page, 'metric-batch');
  await expect.poll(() => numericReadout(page, 'metric-learning-rate'), { timeout: 30_000 }).toBe(0.005);
  expect(await numericReadout(page, 'metric-batch')).toBeLessThan(typedAt + 20);
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(typedAt + 5);
  await expect(page.getByTestId('training-state')).toHaveAttribute('data-value', 'running');
  await page.getByRole('button', { name: 'Pause' }).click();
  await waitForState(page, ['paused']);
});
