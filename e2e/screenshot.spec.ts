// Takes the README's screenshot after a short real training run, in light
// and dark themes. Set UPDATE_SCREENSHOTS=1 to refresh e2e/screenshots/.
import { choose, expect, numericReadout, openApp, setField, test, waitForState } from './fixtures';

const target = process.env.UPDATE_SCREENSHOTS ? 'e2e/screenshots' : 'test-results/screenshots';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the app after training, at 1280x720, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await choose(page, 'Preset', 'MLP 128-64-10');
    await setField(page, 'Epochs', '1');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBeGreaterThan(150);
    await page.getByRole('button', { name: 'Pause' }).click();
    await waitForState(page, ['paused']);
    await expect(page.getByTestId('loss-chart').locator('svg').first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    const name = colorScheme === 'light' ? 'app.png' : 'app-dark.png';
    await page.screenshot({ path: `${target}/${name}` });
    // The whole page is for looking at, not for the README: it stays out of git.
    await page.screenshot({ path: `test-results/screenshots/full-${name}`, fullPage: true });
  });
}
