import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4179);

/** Playwright's own Chromium where it is installed, else the system one ($CHROMIUM or /usr/bin/chromium). */
function chromiumPath(): string | undefined {
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return undefined;
  const system = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(system)) return system;
  throw new Error(`No Chromium found: run \`npx playwright install chromium\` or install Debian's chromium (${system}).`);
}

// Chromium writes to ~/.config and ~/.cache; keep test runs out of the user's profile.
const scratch = mkdtempSync(join(tmpdir(), 'np-e2e-'));

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/neural-playground/`,
    viewport: { width: 1280, height: 720 },
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: chromiumPath(),
      // Flags from TFJS-NOTES.md: every backend (WebGPU, WebGL, WASM, CPU) starts
      // headless, and Chromium makes no calls to the outside network.
      args: [
        '--no-sandbox',
        '--enable-unsafe-webgpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
      env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache') },
    },
  },
  // The production build served from a sub-path, as on GitHub Pages.
  webServer: {
    command: `node scripts/serve-subpath.mjs dist ${PORT} /neural-playground/`,
    url: `http://127.0.0.1:${PORT}/neural-playground/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
