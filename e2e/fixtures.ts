// Shared steps for the end-to-end specs: open the app, wait for the data,
// pick settings by their accessible names, and read data-value readouts.
import { expect, type Page } from '@playwright/test';

/** A main-thread long task (> 50 ms): when it started (ms since navigation) and how long it took. */
export interface LongTask {
  start: number;
  duration: number;
}

/** Records main-thread long tasks (> 50 ms) from page load on. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The long tasks seen so far. */
export function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks.slice());
}

/** The page's clock (performance.now(), ms since navigation), to compare with long tasks' start times. */
export function pageTime(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Opens the app (optionally with a query such as `?backend=cpu`) and waits until MNIST is loaded. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 90_000 });
}

/** The raw data-value of a readout. */
export async function readout(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).getAttribute('data-value')) ?? '';
}

/** The numeric data-value of a readout (NaN when empty). */
export async function numericReadout(page: Page, testId: string): Promise<number> {
  const raw = await readout(page, testId);
  return raw === '' ? Number.NaN : Number(raw);
}

/** Picks an option of a labelled combobox by its visible label. */
export async function choose(page: Page, name: string, label: string): Promise<void> {
  await page.getByRole('combobox', { name, exact: true }).selectOption({ label });
}

/** Types a value into a labelled number or text field. */
export async function setField(page: Page, name: string, value: string): Promise<void> {
  const field = page.getByLabel(name, { exact: true });
  await field.fill(value);
  await field.blur();
}

/** Waits for the training-state readout to reach one of the given states. */
export async function waitForState(page: Page, states: string[], timeout = 150_000): Promise<string> {
  const state = page.getByTestId('training-state');
  await expect(state).toHaveAttribute('data-value', new RegExp(`^(${states.join('|')})$`), { timeout });
  return (await state.getAttribute('data-value')) ?? '';
}
