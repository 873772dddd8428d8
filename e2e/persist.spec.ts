// Issue 8 must-show 1 (the reload part) and issue 12 must-show 1 (corrupted
// local storage): an edited preset comes back after a reload exactly as it
// was; garbage in the saved entry is set aside with an alert, and the app
// starts from a usable network. One page for both, no training.
import { choose, expect, openApp, readout, test } from './fixtures';
import { editNetwork, snapshot } from './networkSnapshot';

/** The local-storage key the app saves its work under (savedWork.ts). */
const SAVED_WORK_KEY = 'neural-playground:work';

test('the work survives a reload; unreadable saved work is set aside with an alert', async ({ page }) => {
  await openApp(page);
  // A preset comes back under its name, its cards moved or not.
  const savedWork = () => page.evaluate((key) => localStorage.getItem(key), SAVED_WORK_KEY);
  const before = await savedWork();
  await choose(page, 'Preset', 'LeNet-5');
  await expect.poll(savedWork).not.toBe(before);
  await page.reload();
  const preset = page.getByRole('combobox', { name: 'Preset', exact: true });
  await expect(preset.locator('option:checked')).toHaveText('LeNet-5');

  const edited = await editNetwork(page);
  await expect(preset.locator('option:checked')).toHaveText('Custom network');
  // Saving is done on each change; a reload right away must find it.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) !== null, SAVED_WORK_KEY)).toBe(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 90_000 });
  expect(await snapshot(page)).toEqual(edited);
  await expect(page.getByRole('alert').filter({ hasText: /saved work/i })).toHaveCount(0);

  const garbage = '{"state": {"document": {"format": "neural-playground", "version": 3, "graph": 42}}, "version"';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [SAVED_WORK_KEY, garbage]);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved work could not be read' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('kept aside under');
  // Set aside, not dropped: the unreadable text is still in local storage under another key.
  const keptAside = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:set-aside:`)).map((k) => localStorage.getItem(k)), SAVED_WORK_KEY);
  expect(keptAside).toEqual([garbage]);
  // A usable network: the default one, with its parameter count, and Train ready.
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 90_000 });
  expect(Number(await readout(page, 'param-count'))).toBeGreaterThan(0);
  expect((await snapshot(page)).layers.length).toBeGreaterThan(1);
});
