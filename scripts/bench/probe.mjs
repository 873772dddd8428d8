// Measuring a page the same way for the app and the reference: a probe
// installed before any page script (frames, long tasks, batch count changes,
// clicks) and Chromium's own main-thread counters read over CDP.

/**
 * Runs in the page before its own scripts (page.addInitScript). Keeps in
 * window.__benchProbe: a requestAnimationFrame count (only while
 * `countFrames(true)`: a frame loop keeps the page drawing 60 frames a second,
 * which alone made an idle page about 5 % busy, so the busy figures are taken
 * with it off), every long task
 * (PerformanceObserver 'longtask': main-thread tasks over 50 ms) as
 * [start, duration], every change of the `metric-batch` readout's data-value as
 * [time, batches], and every button click as [time, text]. Times are
 * performance.now() (ms since navigation start).
 */
export function installProbe() {
  let loop = 0;
  const frame = () => {
    probe.frames += 1;
    loop = requestAnimationFrame(frame);
  };
  const probe = {
    frames: 0, longTasks: [], batches: [], clicks: [],
    countFrames(on) {
      cancelAnimationFrame(loop);
      loop = on ? requestAnimationFrame(frame) : 0;
    },
  };
  window.__benchProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let last = Number.NaN;
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      if (target.getAttribute('data-testid') !== 'metric-batch') continue;
      const value = Number(target.getAttribute('data-value'));
      if (Number.isFinite(value) && value !== last) {
        last = value;
        probe.batches.push([performance.now(), value]);
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-value'] });
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button) probe.clicks.push([performance.now(), button.textContent?.trim() ?? '']);
  }, true);
}

/** Batches completed so far, from the probe (0 before the first change). */
export function batchesSoFar(page) {
  return page.evaluate(() => window.__benchProbe.batches.at(-1)?.[1] ?? 0);
}

/** The page time of the first batch-count change to at least `count`, or null. */
export function batchReachedAt(page, count) {
  return page.evaluate((n) => window.__benchProbe.batches.find(([, value]) => value >= n)?.[0] ?? null, count);
}

async function snapshot(page, cdp) {
  const inPage = await page.evaluate(() => ({
    now: performance.now(),
    batches: window.__benchProbe.batches.at(-1)?.[1] ?? 0,
  }));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  return { ...inPage, timestamp: metric('Timestamp'), taskSeconds: metric('TaskDuration'), threadSeconds: metric('ThreadTime') };
}

/** What the probe saw between two page times: batches counted batch-aligned, long tasks started in the window. */
function summarize([from, to]) {
  const points = window.__benchProbe.batches;
  const first = points.find(([time]) => time >= from);
  const last = points.findLast(([time]) => time <= to);
  const aligned = first && last && last[0] > first[0]
    ? { batches: last[1] - first[1], seconds: (last[0] - first[0]) / 1000 }
    : { batches: 0, seconds: 0 };
  const tasks = window.__benchProbe.longTasks.filter(([start]) => start >= from && start < to);
  return { ...aligned, longTasks: tasks.length, longestTaskMs: tasks.reduce((max, [, duration]) => Math.max(max, duration), 0) };
}

const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * Measures one steady-state window on a training page: at least
 * `mode.window` seconds, longer until `mode.minBatches` batches ended in it, at
 * most `mode.maxWindow`. Needs Performance.enable on `cdp`.
 * - samplesPerSecond: batches ended between the first and the last batch-count
 *   change inside the window, times the batch size, over the time between them;
 * - busyPercent: main-thread task time (CDP TaskDuration, wall clock) / wall time;
 * - cpuPercent: main-thread CPU time (CDP ThreadTime) / wall time;
 * - longTasksPerMinute and longestTaskMs: PerformanceObserver 'longtask' entries;
 * - fps: requestAnimationFrame callbacks per second, counted in `mode.fpsWindow`
 *   seconds after the window (a frame loop would make the busy figures its own).
 */
export async function measureWindow(page, cdp, mode, batchSize) {
  const start = await snapshot(page, cdp);
  await sleep(mode.window);
  let end = await snapshot(page, cdp);
  while (end.batches - start.batches < mode.minBatches && end.timestamp - start.timestamp < mode.maxWindow) {
    await sleep(0.5);
    end = await snapshot(page, cdp);
  }
  const seen = await page.evaluate(summarize, [start.now, end.now]);
  const fps = await framesPerSecond(page, mode.fpsWindow);
  const wallSeconds = end.timestamp - start.timestamp;
  const minutes = (end.now - start.now) / 60_000;
  return {
    wallSeconds: round(wallSeconds, 1),
    batches: seen.batches,
    samplesPerSecond: seen.batches > 0 ? round((seen.batches * batchSize) / seen.seconds, 0) : null,
    busyPercent: round((100 * (end.taskSeconds - start.taskSeconds)) / wallSeconds, 1),
    cpuPercent: round((100 * (end.threadSeconds - start.threadSeconds)) / wallSeconds, 1),
    longTasksPerMinute: round(seen.longTasks / minutes, 1),
    longestTaskMs: Math.round(seen.longestTaskMs),
    fps,
  };
}

/** requestAnimationFrame callbacks per second over `seconds`, with the probe's frame loop on. */
async function framesPerSecond(page, seconds) {
  const from = await page.evaluate(() => {
    window.__benchProbe.countFrames(true);
    return { now: performance.now(), frames: window.__benchProbe.frames };
  });
  await sleep(seconds);
  const to = await page.evaluate(() => {
    window.__benchProbe.countFrames(false);
    return { now: performance.now(), frames: window.__benchProbe.frames };
  });
  return round((to.frames - from.frames) / ((to.now - from.now) / 1000), 1);
}

/**
 * Waits until training is warm: `mode.warmup` seconds and `mode.warmupBatches`
 * batches after the first batch (shaders compiled, caches filled), at most `mode.maxWarmup` s.
 */
export async function warmUp(page, mode) {
  const first = await batchesSoFar(page);
  const started = Date.now();
  await sleep(mode.warmup);
  while ((await batchesSoFar(page)) < first + mode.warmupBatches && Date.now() - started < mode.maxWarmup * 1000) {
    await sleep(0.5);
  }
}

/** Rounds to `digits` decimals. */
export function round(value, digits) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
