// Accessibility with axe-core: no serious or critical violation on the loaded
// app and after a short run, in the light and the dark theme; one page, a few
// batches on the WASM backend (the fastest here to train and evaluate them).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { choose, expect, openApp, setField, test, waitForState } from './fixtures';

/** The rules a change of theme can change the outcome of: the theme changes colours only. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The serious and critical violations axe finds on the page as it is (all rules, or only `rules`), one line per rule. */
async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Violations only: axe then skips the details of every passing node, which take most of its time.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.length} × ${violation.nodes[0]?.target.join(' ')}; ${violation.help}`);
}

/** Every rule in the light theme, then the colour rules in the dark one (axe takes seconds a pass); ends light. */
async function expectNoSeriousViolations(page: Page, moment: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await seriousViolations(page), `${moment}, light theme`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page, COLOUR_RULES), `${moment}, dark theme`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Elements that take the focus with Tab: enabled, rendered (not inside a closed <details>), not taken out with tabindex="-1". */
const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]';

/**
 * Tabs through the whole page once and returns the controls Tab never reached
 * and those that showed no focus indicator: the outline, shadow, border or
 * stroke of the control or of something inside it must change when it has the focus.
 */
async function tabThrough(page: Page): Promise<{ unreached: string[]; unmarked: string[] }> {
  const total = await page.evaluate((selector) => {
    const signature = (element: Element) =>
      [element, ...element.querySelectorAll('*')]
        .slice(0, 40)
        .map((node) => {
          const style = getComputedStyle(node);
          return [style.outlineStyle, style.outlineColor, style.boxShadow, style.borderColor, style.stroke, style.strokeWidth].join();
        })
        .join('|');
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) => !(element as HTMLButtonElement).disabled && element.tabIndex >= 0 && element.checkVisibility(),
    );
    const store = window as unknown as { __npFocus: { signature: (element: Element) => string; unfocused: string[] } };
    store.__npFocus = { signature, unfocused: [] };
    controls.forEach((element, i) => {
      element.dataset.npFocus = String(i);
      store.__npFocus.unfocused.push(signature(element));
    });
    return controls.length;
  }, FOCUSABLE);
  // The page notes each focus itself, so the walk is key presses only (one round trip each, not two).
  await page.evaluate(() => {
    const store = window as unknown as { __npFocus: { signature: (element: Element) => string; unfocused: string[]; reached: Record<number, { name: string; marked: boolean }> } };
    store.__npFocus.reached = {};
    document.addEventListener('focusin', (event) => {
      const element = event.target as HTMLElement;
      const index = element.dataset?.npFocus;
      if (index === undefined) return;
      const name = `${element.tagName.toLowerCase()} "${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? ''}"`;
      store.__npFocus.reached[Number(index)] = { name, marked: store.__npFocus.signature(element) !== store.__npFocus.unfocused[Number(index)] };
    });
  });
  await page.locator('body').focus();
  for (let press = 0; press < total + 10; press += 1) await page.keyboard.press('Tab');
  const reached = new Map(
    Object.entries(
      await page.evaluate(() => (window as unknown as { __npFocus: { reached: Record<number, { name: string; marked: boolean }> } }).__npFocus.reached),
    ).map(([index, entry]) => [Number(index), entry]),
  );
  const names = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-np-focus]')].map(
      (element) => `${element.tagName.toLowerCase()} "${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? ''}"`,
    ),
  );
  return {
    unreached: names.filter((_, i) => !reached.has(i)),
    unmarked: [...reached.values()].filter((entry) => !entry.marked).map((entry) => entry.name),
  };
}

test('axe finds no serious or critical violation, in either theme, before and after a run; Tab reaches every control with a visible focus; reduced motion honoured', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page, '?backend=wasm');
  await expect(page.getByTestId('formula-loss').locator('annotation')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'loaded');
  const keyboard = await tabThrough(page);
  expect(keyboard, 'controls Tab does not reach, and those with no visible focus').toEqual({ unreached: [], unmarked: [] });

  // Asked for less motion, the page stops its transitions (a button's colour fades in 120 ms otherwise).
  const train = page.getByRole('button', { name: 'Train', exact: true });
  const transition = () => train.evaluate((button) => parseFloat(getComputedStyle(button).transitionDuration));
  expect(await transition()).toBeGreaterThan(0.05);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await transition()).toBeLessThan(0.001);
  await page.emulateMedia({ reducedMotion: 'no-preference' });

  await choose(page, 'Preset', 'MLP 128-64-10');
  await setField(page, 'Training samples', '1024');
  await setField(page, 'Epochs', '1');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  expect(await waitForState(page, ['done', 'error'], 120_000)).toBe('done');
  await expect(page.getByTestId('confusion-matrix').locator('td')).toHaveCount(100);
  await expectNoSeriousViolations(page, 'after a run');
});
