// Issue 8, "never lose work": a paused run's weights and optimizer state come
// back after a reload (the checkpoint kept in IndexedDB), so Train continues
// it: the same batch, the run history and the run's curve still there, and a
// loss that shows the trained weights, not fresh ones (about ln 10 = 2.30).
import type { Page } from '@playwright/test';
import { expect, numericReadout, openApp, test, waitForState } from './fixtures';

/** Batches trained before the reload: enough for the loss to fall well below a fresh network's. */
const BATCHES_BEFORE_RELOAD = 40;
/** A loss no fresh 10-class network reaches in a batch or two (it starts near ln 10 = 2.30). */
const TRAINED_LOSS = 1.5;

/** Where the run checkpoint kept in IndexedDB (savedWork.ts) stands: its batch and Adam's step counter; null when none is kept. */
function keptCheckpoint(page: Page): Promise<{ batch: number; optimizerSteps: number } | null> {
  return page.evaluate(() => new Promise<{ batch: number; optimizerSteps: number } | null>((resolve) => {
    const opening = indexedDB.open('neural-playground');
    opening.onerror = () => resolve(null);
    opening.onsuccess = () => {
      const db = opening.result;
      if (!db.objectStoreNames.contains('checkpoints')) {
        db.close();
        resolve(null);
        return;
      }
      const reading = db.transaction('checkpoints').objectStore('checkpoints').get('current');
      reading.onsuccess = () => {
        db.close();
        const kept = reading.result as { batch: number; optimizerState: { values: Int32Array }[] } | undefined;
        resolve(kept ? { batch: kept.batch, optimizerSteps: kept.optimizerState[0]?.values[0] ?? -1 } : null);
      };
      reading.onerror = () => resolve(null);
    };
  }));
}

test('a paused run comes back after a reload, and Train continues it from its weights', async ({ page }) => {
  await openApp(page, '?backend=wasm');
  // An earlier run in the history: one batch, then Reset.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch')).toBe(1);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByTestId('run-record')).toHaveCount(1);

  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThanOrEqual(BATCHES_BEFORE_RELOAD);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await waitForState(page, ['paused']);
  const batch = await numericReadout(page, 'metric-batch');
  // The running mean of the epoch, early high losses included: the weights are clearly trained.
  const loss = await numericReadout(page, 'metric-train-loss');
  expect(loss).toBeLessThan(TRAINED_LOSS);
  // The pause's checkpoint is kept asynchronously: reload once it is in IndexedDB.
  await expect.poll(() => keptCheckpoint(page)).toEqual({ batch, optimizerSteps: batch });

  await page.reload();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 90_000 });
  await waitForState(page, ['paused'], 30_000);
  expect(await numericReadout(page, 'metric-batch')).toBe(batch);
  await expect(page.getByTestId('run-record')).toHaveCount(1);
  await expect(page.getByTestId('current-run')).toBeVisible();
  // The paused run's curve came back with it: the same loss readout, a line on the chart.
  expect(await numericReadout(page, 'metric-train-loss')).toBe(loss);
  await expect(page.getByTestId('loss-chart').locator('path.chart-line').first()).toBeVisible();

  // One batch on: the count goes on from the checkpoint, and its loss is a trained network's.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch')).toBe(batch + 1);
  await waitForState(page, ['paused']);
  expect(await numericReadout(page, 'metric-train-loss')).toBeLessThan(TRAINED_LOSS);

  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 30_000 }).toBeGreaterThanOrEqual(batch + 4);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await waitForState(page, ['paused']);
  const end = await numericReadout(page, 'metric-batch');
  expect(await numericReadout(page, 'metric-train-loss')).toBeLessThan(TRAINED_LOSS);
  // Adam's state came back too: its step counter went on from the checkpoint's, not from 0.
  await expect.poll(() => keptCheckpoint(page)).toEqual({ batch: end, optimizerSteps: end });
  // Still the same run: the history holds only the earlier one.
  await expect(page.getByTestId('run-record')).toHaveCount(1);
});
