// Measuring the reference page (bench/reference.html: model.fit on the main thread).
import { BATCH_SIZE } from './options.mjs';
import { firstLine } from './pageText.mjs';
import { measureWindow, warmUp } from './probe.mjs';

/**
 * Trains `network` on the reference page on `backend` in a new page of
 * `context`. Returns { status: 'measured', window, ... } or
 * { status: 'not available' | 'failed', reason }.
 */
export async function measureReference(context, baseUrl, network, backend, mode) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${baseUrl}bench/reference.html?backend=${backend}&network=${network.id}&batch=${BATCH_SIZE}`);
    await page.waitForFunction(
      () => window.__benchResult?.batches > 0 || window.__benchResult?.state === 'error',
      null,
      { timeout: mode.firstBatchTimeout * 1000, polling: 250 },
    );
    const started = await page.evaluate(() => window.__benchResult);
    if (started.state === 'error') return { status: 'not available', reason: started.error };
    await warmUp(page, mode);
    const measured = await measureWindow(page, cdp, mode, BATCH_SIZE);
    const result = await page.evaluate(() => window.__benchResult);
    await page.evaluate(() => window.__benchStop());
    return { status: 'measured', backend: result.backend, params: result.params, window: measured };
  } catch (error) {
    const reason = await page.evaluate(() => window.__benchResult?.error).catch(() => null);
    return { status: 'failed', reason: reason ?? firstLine(error) };
  } finally {
    await page.close();
  }
}
