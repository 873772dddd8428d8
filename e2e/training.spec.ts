// The spine, end to end: real MNIST, real tfjs training in a Web Worker,
// driven through the UI by accessible names.
import { expect, test } from '@playwright/test';
import { choose, longTasks, numericReadout, openApp, readout, recordLongTasks, setField, waitForState } from './fixtures';

test('MLP 128-64-10 with Adam trains one epoch to >= 95% test accuracy without freezing the page', async ({ page }) => {
  await recordLongTasks(page);
  await openApp(page);
  await choose(page, 'Preset', 'MLP 128-64-10');
  await choose(page, 'Optimizer', 'Adam');
  await setField(page, 'Learning rate', '0.001');
  await setField(page, 'Batch size', '64');
  await setField(page, 'Epochs', '1');
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '109386');

  const before = (await longTasks(page)).length;
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForState(page, ['running', 'done']);
  expect(await waitForState(page, ['done', 'error', 'paused'], 170_000)).toBe('done');

  expect(await numericReadout(page, 'metric-test-accuracy')).toBeGreaterThanOrEqual(0.95);
  expect(await numericReadout(page, 'metric-epoch')).toBe(1);
  expect(await numericReadout(page, 'metric-batch')).toBe(Math.ceil(55_000 / 64));
  expect(await numericReadout(page, 'metric-val-accuracy')).toBeGreaterThan(0.9);
  expect(await numericReadout(page, 'metric-throughput')).toBeGreaterThan(0);
  expect(['webgpu', 'webgl', 'wasm', 'cpu']).toContain(await readout(page, 'backend'));

  // The loss chart drew a line through many points.
  const line = page.getByTestId('loss-chart').locator('svg path.recharts-curve').first();
  await expect(line).toBeVisible();
  const points = ((await line.getAttribute('d')) ?? '').split(/[LC]/).length;
  expect(points).toBeGreaterThan(20);

  const slow = (await longTasks(page)).slice(before).filter((ms) => ms > 200);
  expect(slow, `main-thread tasks over 200 ms during training: ${slow.join(', ')}`).toEqual([]);
});

test('SGD with learning rate 10000 diverges: the run ends at the batch the alert names; Train starts afresh', async ({ page }) => {
  await openApp(page);
  await choose(page, 'Preset', 'MLP 128-64-10');
  await choose(page, 'Optimizer', 'SGD');
  await setField(page, 'Learning rate', '10000');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  // A diverged run has ended: not a pause that Train would continue.
  expect(await waitForState(page, ['paused', 'error', 'done'], 120_000)).toBe('error');

  const alert = page.getByRole('alert').filter({ hasText: /diverge/i });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/lower the learning rate/i);
  await expect(alert).toContainText(/starts a fresh run/i);
  const stoppedAt = await numericReadout(page, 'metric-batch');
  expect(stoppedAt).toBeGreaterThan(1);
  // The alert and the tiles agree on the batch.
  await expect(alert).toContainText(`The run diverged at batch ${stoppedAt}:`);
  await expect(page.getByText('Train starts a fresh run.')).toBeVisible();
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '109386');
  await expect(page.getByRole('combobox', { name: 'Optimizer' })).toHaveValue('sgd');
  expect(await numericReadout(page, 'metric-epoch')).toBe(0);

  // With a sane learning rate, the next batch is the first of a new run.
  await setField(page, 'Learning rate', '0.01');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await waitForState(page, ['paused']);
  expect(await numericReadout(page, 'metric-batch')).toBe(1);
  await expect(alert).toHaveCount(0);
});

test('Pause stops a run and Train continues it from the same batch; Reset clears it', async ({ page }) => {
  await openApp(page);
  await choose(page, 'Preset', 'MLP 128-64-10');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Pause' }).click();
  await waitForState(page, ['paused']);
  const paused = await numericReadout(page, 'metric-batch');
  await page.waitForTimeout(500);
  expect(await numericReadout(page, 'metric-batch')).toBe(paused);

  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(paused);
  await page.getByRole('button', { name: 'Pause' }).click();
  await waitForState(page, ['paused']);

  await page.getByRole('button', { name: 'Reset' }).click();
  await waitForState(page, ['idle']);
  expect(await numericReadout(page, 'metric-batch')).toBe(0);
});
