// The spine, end to end: real MNIST, real tfjs training in a Web Worker,
// driven through the UI by accessible names.
import { choose, expect, longTasks, numericReadout, openApp, pageTime, readout, recordLongTasks, setField, test, waitForState } from './fixtures';

/** Longest main-thread task allowed during steady training: a margin that keeps CI stable (docs/BENCHMARKS.md has the strict figures). */
const MAX_STEADY_TASK_MS = 150;
/** Epochs of the spine's run: enough that it still trains while every view is looked at (about 15 s
 * with the page's beat lag), at the 10,000-13,000 samples/s Auto reaches on WASM here. */
const EPOCHS = 5;

test('MLP 128-64-10 with Adam trains five epochs to >= 95% test accuracy without freezing the page', async ({ page }) => {
  await recordLongTasks(page);
  await openApp(page);
  await choose(page, 'Preset', 'MLP 128-64-10');
  await choose(page, 'Optimizer', 'Adam');
  await setField(page, 'Learning rate', '0.001');
  await setField(page, 'Batch size', '64');
  await setField(page, 'Epochs', String(EPOCHS));
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '109386');

  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForState(page, ['running', 'done']);
  // Steady training: past the first batches (the backend warms up, the learning views load), with
  // each learning view on screen in turn (the predictions, the evaluation, the curves), each
  // measured once it has settled (bringing a view on screen lays it out and paints it once).
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(40);
  const steady: [number, number][] = [];
  const views = [page.getByTestId('prediction-grid'), page.getByRole('button', { name: 'Evaluate now' }), page.getByTestId('loss-chart')];
  for (const view of views) {
    await view.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(1_000);
    const from = await pageTime(page);
    await page.waitForTimeout(2_500);
    steady.push([from, await pageTime(page)]);
  }
  expect(await readout(page, 'training-state'), 'the run is still training after the views were shown').toBe('running');
  expect(await waitForState(page, ['done', 'error', 'paused'], 170_000)).toBe('done');

  expect(await numericReadout(page, 'metric-test-accuracy')).toBeGreaterThanOrEqual(0.95);
  expect(await numericReadout(page, 'metric-epoch')).toBe(EPOCHS);
  expect(await numericReadout(page, 'metric-batch')).toBe(EPOCHS * Math.ceil(55_000 / 64));
  expect(await numericReadout(page, 'metric-val-accuracy')).toBeGreaterThan(0.9);
  expect(await numericReadout(page, 'metric-throughput')).toBeGreaterThan(0);
  expect(['webgpu', 'webgl', 'wasm', 'cpu']).toContain(await readout(page, 'backend'));

  // The loss chart drew a line through many points.
  const line = page.getByTestId('loss-chart').locator('svg path.chart-line').first();
  await expect(line).toBeVisible();
  const points = ((await line.getAttribute('d')) ?? '').split('L').length;
  expect(points).toBeGreaterThan(20);

  const slow = (await longTasks(page))
    .filter((task) => steady.some(([from, to]) => task.start >= from && task.start < to) && task.duration > MAX_STEADY_TASK_MS)
    .map((task) => Math.round(task.duration));
  expect(slow, `main-thread tasks over ${MAX_STEADY_TASK_MS} ms during steady training: ${slow.join(', ')}`).toEqual([]);
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
