// Every backend this browser offers trains one batch through the same UI.
import { expect, test } from '@playwright/test';
import { choose, numericReadout, openApp, readout, waitForState } from './fixtures';

for (const backend of ['cpu', 'wasm', 'webgl', 'webgpu'] as const) {
  test(`?backend=${backend} forces ${backend}, and Step trains exactly one batch`, async ({ page }) => {
    await openApp(page, `?backend=${backend}`);
    await expect(page.getByTestId('backend')).toHaveAttribute('data-value', backend);
    await choose(page, 'Preset', 'MLP 128-64-10');
    await page.getByRole('button', { name: 'Step' }).click();
    await waitForState(page, ['paused']);
    expect(await numericReadout(page, 'metric-batch')).toBe(1);
    const loss = await numericReadout(page, 'metric-train-loss');
    expect(Number.isFinite(loss)).toBe(true);
    expect(loss).toBeGreaterThan(0);
    expect(await readout(page, 'backend')).toBe(backend);
  });
}

test('Auto never trains a convolutional network on WASM, and LeNet-5 steps', async ({ page }) => {
  await openApp(page);
  await choose(page, 'Preset', 'LeNet-5');
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '61706');
  await page.getByRole('button', { name: 'Step' }).click();
  await waitForState(page, ['paused'], 120_000);
  expect(await numericReadout(page, 'metric-batch')).toBe(1);
  expect(await readout(page, 'backend')).not.toBe('wasm');
  await expect(page.getByRole('status').filter({ hasText: /Auto chose/ })).toBeVisible();
});

test('forcing WASM for a convolutional network says why it cannot, and keeps the network', async ({ page }) => {
  await openApp(page, '?backend=wasm');
  await choose(page, 'Preset', 'LeNet-5');
  await page.getByRole('button', { name: 'Step' }).click();
  const alert = page.getByRole('alert').filter({ hasText: /WASM/ });
  await expect(alert).toContainText(/convolution/i);
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '61706');
});
