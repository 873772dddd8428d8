// Loading the app: from navigation to the first trained batch, on a first
// visit with a fresh profile (cold) and on a second visit (warm: MNIST from
// Cache Storage, the rest from the HTTP cache), with the bytes the server sent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, scratchEnv } from '../chromium.mjs';
import { firstLine } from './pageText.mjs';
import { installProbe } from './probe.mjs';

/** One visit: open the app as a visitor does (Auto, the first preset), click Train as soon as it is enabled. */
async function visit(context, server, mode) {
  const page = await context.newPage();
  const before = server.served.length;
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Train', exact: true }).click({ timeout: mode.firstBatchTimeout * 1000 });
    await page.waitForFunction(() => (window.__benchProbe.batches.at(-1)?.[1] ?? 0) >= 1, null, { timeout: mode.firstBatchTimeout * 1000, polling: 100 });
    const times = await page.evaluate(() => ({
      clicked: window.__benchProbe.clicks.find(([, text]) => text === 'Train')?.[0] ?? null,
      firstBatch: window.__benchProbe.batches.find(([, value]) => value >= 1)?.[0] ?? null,
    }));
    const served = server.served.slice(before);
    const sum = (files) => files.reduce((total, file) => total + file.bytes, 0);
    return {
      status: 'measured',
      trainEnabledSeconds: times.clicked === null ? null : Math.round(times.clicked) / 1000,
      firstBatchSeconds: times.firstBatch === null ? null : Math.round(times.firstBatch) / 1000,
      bytes: sum(served),
      dataBytes: sum(served.filter((file) => file.path.startsWith('data/'))),
      requests: served.length,
    };
  } catch (error) {
    return { status: 'failed', reason: firstLine(error) };
  } finally {
    await page.close();
  }
}

/** Cold and warm visits in a fresh persistent profile of its own browser. */
export async function measureLoading(server, mode) {
  const profile = mkdtempSync(join(tmpdir(), 'np-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    env: scratchEnv('np-bench-'),
    viewport: { width: 1280, height: 720 },
  });
  try {
    await context.addInitScript(installProbe);
    const cold = await visit(context, server, mode);
    const warm = await visit(context, server, mode);
    return { cold, warm };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
