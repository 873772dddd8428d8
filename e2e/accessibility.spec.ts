// Accessibility with axe-core: no serious or critical violation on the loaded
// app and after a short run, in the light and the dark theme; one page, a few
// batches on the CPU backend.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { choose, expect, openApp, setField, test, waitForState } from './fixtures';

/** The serious and critical violations axe finds on the page as it is, one line per rule. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.length} × ${violation.nodes[0]?.target.join(' ')}; ${violation.help}`);
}

/** Checks both themes, leaving the page in the light one. */
async function expectNoSeriousViolations(page: Page, moment: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), `${moment}, ${colorScheme} theme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('axe finds no serious or critical violation, in either theme, before and after a run', async ({ page }) => {
  test.setTimeout(150_000);
  await openApp(page, '?backend=cpu');
  await expect(page.getByTestId('formula-loss').locator('annotation')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'loaded');

  await choose(page, 'Preset', 'MLP 128-64-10');
  await setField(page, 'Training samples', '1024');
  await setField(page, 'Epochs', '1');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  expect(await waitForState(page, ['done', 'error'], 120_000)).toBe('done');
  await expect(page.getByTestId('confusion-matrix').locator('td')).toHaveCount(100);
  await expectNoSeriousViolations(page, 'after a run');
});
