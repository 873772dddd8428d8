// Settings: out-of-range values are kept and flagged, and the seed makes a
// run repeatable.
import { choose, expect, numericReadout, openApp, setField, test, waitForState } from './fixtures';

test('an out-of-range batch size is kept as typed, named in an alert, and blocks Train', async ({ page }) => {
  await openApp(page);
  await setField(page, 'Batch size', '0');
  await expect(page.getByLabel('Batch size', { exact: true })).toHaveValue('0');
  await expect(page.getByRole('alert')).toContainText('Batch size');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeDisabled();
  await setField(page, 'Batch size', '32');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});

test('schedule, regularization and augmentation settings are there and train', async ({ page }) => {
  await openApp(page);
  await choose(page, 'Learning rate schedule', 'Warmup + cosine');
  await setField(page, 'Training samples', '2560');
  await setField(page, 'Weight decay', '0.0001');
  await setField(page, 'Clip gradient norm', '5');
  await page.getByRole('checkbox', { name: 'Augment data' }).check();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  expect(await waitForState(page, ['done', 'error'], 120_000)).toBe('done');
  expect(await numericReadout(page, 'metric-batch')).toBe(40);
  expect(await numericReadout(page, 'metric-test-accuracy')).toBeGreaterThan(0.5);
});

test('a learning rate typed during a run is marked in the run history and on the charts, and the run goes on; a batch size ends the run with a notice', async ({ page }) => {
  await openApp(page);
  await choose(page, 'Preset', 'MLP 128-64-10');
  await setField(page, 'Epochs', '3');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(5);

  await setField(page, 'Learning rate', '0.002');
  await expect(page.getByTestId('current-run').getByTestId('live-changes')).toContainText(/Learning rate 0\.001 → 0\.002 after batch \d+/);
  await expect(page.getByTestId('loss-chart')).toContainText('Learning rate 0.001 → 0.002');
  const marked = await numericReadout(page, 'metric-batch');
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(marked + 5);
  await expect(page.getByTestId('training-state')).toHaveAttribute('data-value', 'running');

  await setField(page, 'Batch size', '32');
  await waitForState(page, ['idle']);
  const notice = page.getByRole('status').filter({ hasText: 'Run 1 ended after' });
  await expect(notice).toContainText('the batch size (64 → 32)');
  await expect(notice).toContainText('Run 1 is kept under Runs; Train starts a new run.');
  await expect(page.getByTestId('run-record')).toHaveCount(1);
  await expect(page.getByTestId('run-record')).toContainText('Learning rate 0.001 → 0.002');
  expect(await numericReadout(page, 'metric-batch')).toBe(0);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});
