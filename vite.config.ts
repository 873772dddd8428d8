import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { offlinePlugins } from './scripts/offline';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy';

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

// The benchmark's reference page (bench/reference.html, see docs/BENCHMARKS.md)
// is built in an environment of its own into <outDir>/bench/ (the app's, --outDir included): as a second input of
// the app's build it would share chunks with the app and change its bundles.
// Only `vite build` has it; the dev server serves bench/reference.html as is.
const benchReferenceBuild: UserConfig = {
  environments: {
    benchReference: {
      consumer: 'client',
      build: {
        emptyOutDir: false,
        copyPublicDir: false,
        // Its chunks stay under bench/, which the service worker does not precache.
        assetsDir: 'bench/assets',
        rollupOptions: { input: 'bench/reference.html' },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client);
      await builder.build(builder.environments.benchReference);
    },
  },
};

export default defineConfig(({ command }) => ({
  base: basePath(),
  plugins: [react(), contentSecurityPolicy(), offlinePlugins(fileURLToPath(new URL('./public/icon.svg', import.meta.url)))],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  ...(command === 'build' ? benchReferenceBuild : {}),
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
    // One test file per core, in worker threads. Vitest's default of cores - 1 forks ran the
    // files one after another on a 2-core machine, and a thread starts faster than a process.
    // Each file still gets its own module graph and tfjs engine (isolate stays on: sharing
    // them let one file's tf variables clash with another's).
    pool: 'threads',
    maxWorkers: availableParallelism(),
  },
}));
