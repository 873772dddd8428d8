import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, scratchEnv } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4179);

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
      args: CHROMIUM_ARGS,
      // Chromium writes to ~/.config and ~/.cache; keep test runs out of the user's profile.
      env: scratchEnv('np-e2e-'),
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
