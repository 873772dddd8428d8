// Step through, end to end on the CPU backend: one training step of
// MLP 128-64-10 taken apart stage by stage, on a copy (the run stays idle).
import { choose, expect, openApp, readout, test } from './fixtures';

test('Step through: forward, loss, backward and one weight’s update, every number from the worker', async ({ page }) => {
  await openApp(page, '?backend=cpu');
  await choose(page, 'Preset', 'MLP 128-64-10');
  const panel = page.getByTestId('step-through');
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await page.getByRole('button', { name: 'Step through', exact: true }).click();

  await expect(panel).toHaveAttribute('data-value', 'forward');
  await expect(panel.getByTestId('step-image')).toHaveCount(4);
  await expect(panel.getByTestId('step-layer-output')).toHaveCount(4);
  await expect(panel.getByTestId('step-layer-output').last()).toHaveAttribute('data-value', '4,10');

  await next.click();
  await expect(panel).toHaveAttribute('data-value', 'loss');
  const losses = (await panel.getByTestId('step-image-loss').evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value')))));
  expect(losses).toHaveLength(4);
  expect(losses.every((loss) => Number.isFinite(loss) && loss > 0)).toBe(true);
  const mean = Number(await panel.getByTestId('step-mean-loss').getAttribute('data-value'));
  expect(mean).toBeCloseTo(losses.reduce((a, b) => a + b, 0) / 4, 6);
  if (process.env.STEP_SCREENSHOT) await panel.screenshot({ path: 'test-results/step-loss.png' });
  await expect(panel.getByTestId('formula-step-loss').locator('annotation')).toContainText(String.raw`\frac{1}{4}`);

  await next.click();
  await expect(panel).toHaveAttribute('data-value', 'backward');
  const norms = await panel.getByTestId('step-gradient-norm').evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
  expect(norms).toHaveLength(3);
  expect(norms.every((norm) => norm > 0)).toBe(true);

  await next.click();
  await expect(panel).toHaveAttribute('data-value', 'update');
  await expect(next).toBeDisabled();
  const before = Number(await panel.getByTestId('step-weight-before').getAttribute('data-value'));
  const after = Number(await panel.getByTestId('step-weight-after').getAttribute('data-value'));
  expect(Number.isFinite(after)).toBe(true);
  expect(after).not.toBe(before);
  await expect(panel.getByTestId('formula-step-update').locator('annotation')).toContainText(String.raw`\theta_{t+1}`);

  // Another weight of the same step, by index.
  await page.getByLabel('Weight index', { exact: true }).fill('5');
  await expect(panel.getByTestId('formula-step-update')).toBeVisible();
  await expect(page.getByLabel('Weight index', { exact: true })).toHaveValue('5');

  if (process.env.STEP_SCREENSHOT) await panel.screenshot({ path: 'test-results/step-update.png' });
  // The step was taken on a copy: no run has started.
  expect(await readout(page, 'training-state')).toBe('idle');
  expect(await readout(page, 'metric-batch')).toBe('0');
});
