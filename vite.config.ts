import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The benchmark's reference page (bench/reference.html, see docs/BENCHMARKS.md)
// is built in an environment of its own into dist/bench/: as a second input of
// the app's build it would share chunks with the app and change its bundles.
// Only `vite build` has it; the dev server serves bench/reference.html as is.
const benchReferenceBuild: UserConfig = {
  environments: {
    benchReference: {
      consumer: 'client',
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        copyPublicDir: false,
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

// base './' keeps every asset URL relative, so dist/ works from any sub-path
// (GitHub Pages serves a project at /<repo>/) with no rewrite rules.
export default defineConfig(({ command }) => ({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  ...(command === 'build' ? benchReferenceBuild : {}),
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
  },
}));
