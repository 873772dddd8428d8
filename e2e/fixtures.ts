// Shared steps for the end-to-end specs: open the app, wait for the data,
// pick settings by their accessible names, and read data-value readouts.
// Every spec takes `test` from here (lint enforces it): each test then fails
// on any Content-Security-Policy violation in any page it opened.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };

/** Content-Security-Policy violations seen in any page of the worker's browser, not yet checked by a test. */
export class CspLog {
  private readonly entries: string[] = [];
  private readonly watched = new WeakSet<BrowserContext>();

  /** Starts recording the violations of every page of `context` (once per context). */
  async watch(context: BrowserContext): Promise<BrowserContext> {
    if (this.watched.has(context)) return context;
    this.watched.add(context);
    // The page's own report of each violation, and Chromium's console line for it.
    await context.exposeBinding('__npCspViolation', (_source, text: string) => this.entries.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __npCspViolation: (text: string) => void }).__npCspViolation;
        report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
      });
    });
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) this.entries.push(`console: ${message.text()}`);
    });
    return context;
  }

  /** The violations recorded since the last call, cleared. */
  take(): string[] {
    return this.entries.splice(0);
  }
}

/**
 * `test` with the CSP check on: `cspLog` (one per worker) watches the default
 * context and every context or page a test or a beforeAll hook makes with
 * `browser.newContext()` or `browser.newPage()`; after each test, any violation
 * recorded fails it. A test that provokes violations on purpose takes them
 * out with `cspLog.take()`.
 */
export const test = base.extend<{ cspCheck: void }, { cspLog: CspLog }>({
  cspLog: [
    async ({ browser }, use) => {
      const log = new CspLog();
      const newContext = browser.newContext.bind(browser);
      const newPage = browser.newPage.bind(browser);
      browser.newContext = async (options) => log.watch(await newContext(options));
      browser.newPage = async (options) => {
        const page = await newPage(options);
        await log.watch(page.context());
        return page;
      };
      await use(log);
      browser.newContext = newContext;
      browser.newPage = newPage;
    },
    { scope: 'worker' },
  ],
  cspCheck: [
    async ({ cspLog, context }, use) => {
      await cspLog.watch(context);
      await use();
      expect(cspLog.take(), 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

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
