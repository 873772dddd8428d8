import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { offlinePlugins } from './scripts/offline';

/**
 * The URL path the app is served from. By default './': every asset URL is
 * relative, so dist/ works from any sub-path (GitHub Pages serves a project at
 * /<repo>/) with no rewrite rules. BASE_PATH=/<repo>/ builds for one path
 * (the deploy workflow does), with absolute URLs.
 */
function basePath(): string {
  const base = process.env.BASE_PATH;
  if (!base) return './';
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`BASE_PATH must start and end with "/", e.g. /neural-playground/ (got ${base}).`);
  return base;
}

export default defineConfig({
  base: basePath(),
  plugins: [react(), offlinePlugins(fileURLToPath(new URL('./public/icon.svg', import.meta.url)))],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
