// Issue 12, must-show 3: the training worker hangs in a kernel, then closes
// itself (as a killed worker does), in the middle of a run. Each time the heartbeat notices, an alert
// says what happened, a new worker starts and training goes on from the main
// thread's checkpoint: the network is intact and the loss does not go back
// to where it started.
import type { Page } from '@playwright/test';
import { choose, expect, numericReadout, openApp, readout, setField, test, waitForState } from './fixtures';

async function provoke(page: Page, fault: 'hang' | 'close'): Promise<void> {
  await page.evaluate((kind) => (window as unknown as { npTestFault: (f: string) => void }).npTestFault(kind), fault);
}

test('a worker that hangs or closes mid-run is replaced and training goes on from the checkpoint', async ({ page }) => {
  await openApp(page, '?backend=wasm&test-faults=1');
  await choose(page, 'Preset', 'MLP 128-64-10');
  await setField(page, 'Training samples', '512');
  await setField(page, 'Batch size', '32');
  await setField(page, 'Epochs', '50');
  const params = await readout(page, 'param-count');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  // The run's first epoch end (16 batches) takes a checkpoint; an untrained network's loss is near ln(10) = 2.3.
  await expect.poll(() => numericReadout(page, 'metric-epoch'), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  const startLoss = Math.log(10) / 2;

  for (const fault of ['hang', 'close'] as const) {
    const faultAt = Date.now();
    await provoke(page, fault);
    const alert = page.getByRole('alert').filter({ hasText: 'a new one took over' }).last();
    await expect(alert).toBeVisible({ timeout: 15_000 });
    expect(Date.now() - faultAt).toBeLessThan(15_000);
    await expect(alert).toContainText('goes on from the checkpoint at batch');
    const checkpointBatch = Number(/checkpoint at batch ([\d,]+)/.exec((await alert.textContent()) ?? '')?.[1].replace(/,/g, ''));
    expect(checkpointBatch).toBeGreaterThanOrEqual(16);
    await waitForState(page, ['running'], 30_000);
    // The run goes on from the checkpoint: the batch count never falls below it and rises past it.
    expect(await numericReadout(page, 'metric-batch')).toBeGreaterThanOrEqual(checkpointBatch);
    await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 30_000 }).toBeGreaterThan(checkpointBatch + 5);
    expect(await numericReadout(page, 'metric-train-loss')).toBeLessThan(startLoss);
    expect(await readout(page, 'param-count')).toBe(params);
    await page.getByRole('button', { name: 'Dismiss: The training worker stopped; a new one took over' }).click();
    await expect(alert).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await waitForState(page, ['paused']);
});
