// Measuring the app: the real UI (`?backend=`, the Preset menu, Train), with
// the curves on screen and then scrolled to the predictions and evaluation.
import { BATCH_SIZE } from './options.mjs';
import { alertText, firstLine, readout } from './pageText.mjs';
import { batchReachedAt, measureWindow, warmUp } from './probe.mjs';

/** Epochs asked of the app: more than any window needs, so no run ends while measured. */
const EPOCHS = '100';

/** Waits for `ready()` in the page, or for an alert; returns the alert text ('' when ready). */
async function readyOrAlert(page, ready, timeoutSeconds) {
  await page.waitForFunction(ready, null, { timeout: timeoutSeconds * 1000, polling: 250 });
  return alertText(page);
}

const trainEnabledOrAlert = () => {
  const train = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Train');
  const alert = [...document.querySelectorAll('[role="alert"]')].some((element) => element.textContent?.trim());
  return (train !== undefined && !train.disabled) || alert;
};

const trainedOrAlert = () => {
  const batches = window.__benchProbe.batches.at(-1)?.[1] ?? 0;
  const state = document.querySelector('[data-testid="training-state"]')?.getAttribute('data-value');
  const alert = [...document.querySelectorAll('[role="alert"]')].some((element) => element.textContent?.trim());
  return batches >= 1 || state === 'error' || alert;
};

/** Chooses the network, starts training and waits for its first batch; returns a reason when the app refuses. */
async function startTraining(page, network, mode) {
  await page.getByRole('combobox', { name: 'Preset', exact: true }).selectOption({ label: network.label });
  const epochs = page.getByLabel('Epochs', { exact: true });
  await epochs.fill(EPOCHS);
  await epochs.blur();
  const before = await readyOrAlert(page, trainEnabledOrAlert, mode.firstBatchTimeout);
  if (before) return before;
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  return readyOrAlert(page, trainedOrAlert, mode.firstBatchTimeout);
}

/**
 * Trains `network` in the app on `backend` ('auto': no query) in a new page of
 * `context`. Returns { status: 'measured', views: { curves, predictions } } or
 * { status: 'not available' | 'failed', reason }.
 */
export async function measureApp(context, baseUrl, network, backend, mode) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(backend === 'auto' ? baseUrl : `${baseUrl}?backend=${backend}`);
    const refused = await startTraining(page, network, mode);
    if (refused) return { status: 'not available', reason: refused };
    await page.waitForFunction(() => document.querySelector('[data-testid="backend"]')?.getAttribute('data-value'), null, { timeout: 30_000 });
    const inUse = await readout(page, 'backend');
    if (backend !== 'auto' && inUse !== backend) return { status: 'not available', reason: `the app trained on ${inUse} instead` };
    const clickedAt = await page.evaluate(() => window.__benchProbe.clicks.findLast(([, text]) => text === 'Train')?.[0] ?? null);
    const firstBatchAt = await batchReachedAt(page, 1);
    await warmUp(page, mode);
    await page.evaluate(() => window.scrollTo(0, 0));
    const curves = await measureWindow(page, cdp, mode, BATCH_SIZE);
    const curvesReported = Number(await readout(page, 'metric-throughput'));
    await page.getByTestId('prediction-grid').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(mode.settle * 1000);
    const predictions = await measureWindow(page, cdp, mode, BATCH_SIZE);
    const predictionsReported = Number(await readout(page, 'metric-throughput'));
    return {
      status: 'measured',
      backend: inUse,
      params: Number(await readout(page, 'param-count')),
      firstBatchSeconds: clickedAt !== null && firstBatchAt !== null ? Math.round(firstBatchAt - clickedAt) / 1000 : null,
      views: {
        curves: { ...curves, appReportedSamplesPerSecond: Math.round(curvesReported) },
        predictions: { ...predictions, appReportedSamplesPerSecond: Math.round(predictionsReported) },
      },
    };
  } catch (error) {
    const alert = await alertText(page).catch(() => '');
    return { status: 'failed', reason: alert || firstLine(error) };
  } finally {
    await page.close();
  }
}
