// Issue 8, named saves: an edited preset saved under a name comes back with
// Load after another preset, is still listed after a reload, and Delete
// forgets it. One page, no training.
import { choose, expect, openApp, test } from './fixtures';
import { editNetwork, snapshot } from './networkSnapshot';

test('a named save keeps the network and its settings, survives a reload and can be deleted', async ({ page }) => {
  await openApp(page);
  const edited = await editNetwork(page);
  const saves = page.getByRole('region', { name: 'Saved networks' });
  await saves.getByRole('textbox', { name: 'Save as' }).fill('lesson 1');
  await saves.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “lesson 1” in this browser.' })).toBeVisible();
  await saves.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replaced the earlier save “lesson 1”' })).toBeVisible();
  await expect(saves.getByRole('listitem')).toHaveCount(1);

  await choose(page, 'Preset', 'MLP 128-64-10');
  expect((await snapshot(page)).params).not.toBe(edited.params);
  await saves.getByRole('button', { name: 'Load lesson 1', exact: true }).click();
  await expect.poll(() => snapshot(page)).toEqual(edited);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Saved networks' }).getByRole('button', { name: 'Load lesson 1', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Delete lesson 1', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Load lesson 1', exact: true })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the save “lesson 1”.' })).toBeVisible();
});
