// The machine a run came from, as the report names it.
import { cpus, loadavg, release, totalmem, type } from 'node:os';

/** Cores, RAM, OS, Chromium version, the browser's own view of the device, and the load when the run began. */
export async function describeMachine(browser, page) {
  const inBrowser = await page.evaluate(async () => {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const webglRenderer = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : null;
    const adapter = await navigator.gpu?.requestAdapter().catch(() => null);
    const webgpuAdapter = adapter
      ? `${adapter.info?.vendor || '?'} ${adapter.info?.architecture || ''}${adapter.info?.isFallbackAdapter ? ' (fallback adapter)' : ''}`.trim()
      : null;
    const webgpuFallback = adapter ? Boolean(adapter.info?.isFallbackAdapter) : null;
    return { hardwareConcurrency: navigator.hardwareConcurrency, webglRenderer, webgpuAdapter, webgpuFallback };
  });
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    ...inBrowser,
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}
