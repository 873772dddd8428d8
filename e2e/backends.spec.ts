// Every backend this browser offers trains one batch through the same UI.
import type { Page } from '@playwright/test';
import { choose, expect, numericReadout, openApp, readout, test, waitForState } from './fixtures';

for (const backend of ['cpu', 'wasm', 'webgl', 'webgpu'] as const) {
  test(`?backend=${backend} forces ${backend}, and Step trains exactly one batch`, async ({ page }) => {
    await openApp(page, `?backend=${backend}`);
    await expect(page.getByTestId('backend')).toHaveAttribute('data-value', backend);
    await choose(page, 'Preset', 'MLP 128-64-10');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForState(page, ['paused']);
    expect(await numericReadout(page, 'metric-batch')).toBe(1);
    const loss = await numericReadout(page, 'metric-train-loss');
    expect(Number.isFinite(loss)).toBe(true);
    expect(loss).toBeGreaterThan(0);
    expect(await readout(page, 'backend')).toBe(backend);
  });
}

/** Batches completed and the running mean of the training loss over them, read in one go. */
async function lossSnapshot(page: Page): Promise<{ batches: number; meanLoss: number }> {
  return page.evaluate(() => {
    const value = (id: string) => Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value'));
    return { batches: value('metric-batch'), meanLoss: value('metric-train-loss') };
  });
}

/** Mean loss of the batches between two snapshots, from the epoch's running means. */
function meanLossBetween(from: { batches: number; meanLoss: number }, to: { batches: number; meanLoss: number }): number {
  return (to.batches * to.meanLoss - from.batches * from.meanLoss) / (to.batches - from.batches);
}

test('Auto trains LeNet-5 on WASM past 20 batches on a machine without a GPU, and its loss falls', async ({ page }) => {
  await openApp(page);
  await choose(page, 'Preset', 'LeNet-5');
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '61706');
  // Three single Steps give the loss of the first batches exactly; Train then continues the same run.
  for (let step = 1; step <= 3; step++) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByTestId('metric-batch')).toHaveAttribute('data-value', String(step), { timeout: 120_000 });
    await waitForState(page, ['paused']);
  }
  const early = await lossSnapshot(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 120_000 }).toBeGreaterThanOrEqual(20);
  const middle = await lossSnapshot(page);
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 120_000 }).toBeGreaterThanOrEqual(middle.batches + 10);
  await page.getByRole('button', { name: 'Pause' }).click();
  await waitForState(page, ['paused']);
  const late = await lossSnapshot(page);

  expect(await readout(page, 'backend')).toBe('wasm');
  // Without a hardware GPU, WASM is the one fast backend: Auto takes it without timing, and names the slow ones it left out.
  await expect(page.getByRole('status').filter({ hasText: /Auto chose WASM/ })).toContainText(
    /Auto chose WASM: with no hardware GPU here it is the one fast backend, so there was nothing to time \(not timed: .*CPU/,
  );
  expect(early.batches).toBe(3);
  expect(late.batches).toBeGreaterThan(20);
  // Untrained, the loss is about ln 10 = 2.3; 20 batches of Adam take it well under 60 % of that.
  expect(early.meanLoss).toBeGreaterThan(1.8);
  expect(meanLossBetween(middle, late)).toBeLessThan(0.6 * early.meanLoss);
});

test('?backend=wasm trains a residual convolutional network (Small ResNet) one Step', async ({ page }) => {
  await openApp(page, '?backend=wasm');
  await choose(page, 'Preset', 'Small ResNet');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await waitForState(page, ['paused'], 120_000);
  expect(await numericReadout(page, 'metric-batch')).toBe(1);
  expect(await readout(page, 'backend')).toBe('wasm');
  const loss = await numericReadout(page, 'metric-train-loss');
  expect(loss).toBeGreaterThan(1);
  expect(loss).toBeLessThan(5);
  await expect(page.getByRole('alert').filter({ hasText: /WASM/ })).toHaveCount(0);
});
