// The first screen at 1280x720 (a classroom projector): Train, the numbers, the
// curves and every layer of the network, its text readable; the `?hide=` and
// `?present=1` flags; the keyboard shortcuts.
import type { Page } from '@playwright/test';
import { choose, expect, openApp, test, waitForState } from './fixtures';

// One browser profile for the four, in order: each test opens the app anew with
// its own address (a navigation, so no state of the page carries over), and a
// load in a profile that has the data cached takes half a fresh profile's.
// The first test has the fresh profile; the flags live in the address only.
test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
});

test.afterAll(async () => {
  await page.close();
});

/** Smallest on-screen text height (font size times the canvas zoom) over every text in every layer node. */
async function smallestNodeText(page: Page): Promise<number> {
  return page.evaluate(() => {
    let smallest = Infinity;
    for (const card of document.querySelectorAll<HTMLElement>('.react-flow__node .layer-card')) {
      const scale = card.getBoundingClientRect().width / card.offsetWidth;
      for (const element of card.querySelectorAll<HTMLElement>('*')) {
        if (![...element.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim())) continue;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize) * scale);
      }
    }
    return smallest;
  });
}

/** Asserts the element lies wholly inside the 1280x720 first screen. */
function expectOnFirstScreen(name: string, box: { x: number; y: number; width: number; height: number } | null): void {
  expect(box, name).not.toBeNull();
  if (!box) return;
  expect(box.x, `${name} left`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(1280);
  expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(720);
}

test('at 1280x720 the first screen holds Train, the metrics, the curves and every layer, readable', async () => {
  await openApp(page);
  for (const preset of ['LeNet-5', 'Small ResNet']) {
    await choose(page, 'Preset', preset);
    await page.getByRole('button', { name: 'Fit view' }).click();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await page.waitForTimeout(300);
    await page.evaluate(() => window.scrollTo(0, 0));
    expectOnFirstScreen('Train', await page.getByRole('button', { name: 'Train', exact: true }).boundingBox());
    for (const id of ['metric-epoch', 'metric-batch', 'metric-train-loss', 'metric-train-accuracy', 'loss-chart', 'accuracy-chart']) {
      expectOnFirstScreen(id, await page.getByTestId(id).boundingBox());
    }
    const canvas = await page.locator('.builder-canvas').boundingBox();
    const nodes = page.getByRole('group', { name: /^Layer / });
    const count = await nodes.count();
    expect(count).toBeGreaterThan(8);
    for (let i = 0; i < count; i++) {
      const box = await nodes.nth(i).boundingBox();
      expectOnFirstScreen(`${preset} node ${i}`, box);
      // Inside the canvas too, not merely somewhere on the screen.
      expect(box && canvas && box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height).toBe(true);
    }
    expect(await smallestNodeText(page), `${preset} node text`).toBeGreaterThanOrEqual(12);
  }
});

test('?hide= leaves out the panels it names and keeps the rest', async () => {
  await openApp(page, '?hide=builder,runs,drawing');
  await expect(page.getByRole('heading', { name: 'Formulas' })).toBeVisible();
  await expect(page.getByTestId('prediction-grid')).toBeAttached();
  await expect(page.getByTestId('confusion-matrix').or(page.getByRole('heading', { name: 'Evaluation on the test set' }))).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Network builder' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Runs' })).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Draw a digit' }).or(page.locator('canvas[aria-label="Draw a digit"]'))).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Preset' })).toBeVisible();
  await expect(page.getByTestId('loss-chart')).toBeVisible();
});

test('Present folds the settings away, keeps the flag in the address and comes back', async () => {
  await openApp(page, '?present=1&hide=runs');
  const present = page.getByRole('button', { name: 'Present' });
  await expect(present).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'Preset' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Network builder' })).toBeVisible();
  await present.click();
  await expect(page.getByRole('combobox', { name: 'Preset' })).toBeVisible();
  expect(new URL(page.url()).search).toBe('?hide=runs');
  await present.click();
  expect(new URL(page.url()).searchParams.get('present')).toBe('1');
});

test('Space trains and pauses, S steps, ? lists the shortcuts', async () => {
  await openApp(page);
  await choose(page, 'Preset', 'MLP 128-64-10');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('s');
  await waitForState(page, ['paused'], 20_000);
  await expect(page.getByTestId('metric-batch')).toHaveAttribute('data-value', '1');
  await page.keyboard.press(' ');
  await waitForState(page, ['running'], 20_000);
  await page.keyboard.press(' ');
  await waitForState(page, ['paused'], 20_000);
  // Enter on Train hands the focus to Pause, and Pause back to Train: it never falls to the page.
  await page.getByRole('button', { name: 'Train', exact: true }).focus();
  await page.keyboard.press('Enter');
  await waitForState(page, ['running'], 20_000);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Enter');
  await waitForState(page, ['paused'], 20_000);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeFocused();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Space', { exact: true })).toBeVisible();
  await expect(dialog.getByText('Step: train one batch')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toHaveAttribute('title', /Space/);
});
