// How every script here starts Chromium: the same executable choice and the
// same flags for the end-to-end tests (playwright.config.ts) and the benchmark.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Flags from TFJS-NOTES.md: every backend (WebGPU, WebGL, WASM, CPU) starts
 * headless, and Chromium makes no calls to the outside network.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-webgpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright's own Chromium where it is installed (undefined: let Playwright find it), else the system one ($CHROMIUM or /usr/bin/chromium). */
export function chromiumPath() {
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return undefined;
  const system = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(system)) return system;
  throw new Error(`No Chromium found: run \`npx playwright install chromium\` or install Debian's chromium (${system}).`);
}

/** Environment that keeps Chromium's ~/.config and ~/.cache writes in a fresh temp folder. */
export function scratchEnv(prefix = 'np-chromium-') {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  return { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache') };
}
