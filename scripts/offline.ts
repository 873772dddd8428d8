// Offline use: a Workbox service worker (vite-plugin-pwa, generateSW) that
// precaches the app shell, and the web app manifest with its icons.
//
// generateSW, not injectManifest: the worker needs nothing but a precache and
// a navigation fallback, which Workbox writes and tests itself; a hand-written
// service worker would only add code to keep right.
//
// Precached (every file of one build, revisioned, so a version is whole or absent):
// index.html, every JS and CSS chunk (the lazily loaded views and the training
// worker bundle included), the three tfjs-backend-wasm*.wasm files (imported with
// `?url`, so they are hashed files in assets/), KaTeX's woff2 fonts, the icons and
// the manifest.
//
// Not precached, and not routed at all: data/** (MNIST 11 MB, Fashion-MNIST 31 MB).
// The training worker already keeps those files in its own Cache Storage, one
// cache per data set named after its hash, and falls back to that copy of
// manifest.json when offline (src/worker/data/datasetLoader.ts). A Workbox runtime
// cache for data/ would store the same files twice and could answer the manifest from its cache while the
// worker asks the network for a fresh one; with no route, the service worker
// leaves those requests to the network and the worker's cache does the rest.
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';
import { ICON_BACKGROUND, ICON_SVG, PNG_ICONS, appIcons } from './appIcons';

/**
 * Largest file the service worker precaches. The training worker bundle (tfjs
 * with four backends, about 2.4 MB) is over Workbox's 2 MiB default, which
 * would leave it out without failing the build; the offline e2e test fails then.
 */
const MAX_PRECACHE_BYTES = 5 * 1024 * 1024;

/** Files of the build the service worker precaches (paths relative to the build folder). */
const PRECACHE_GLOBS = ['**/*.{html,js,css,wasm,woff2,svg,png}'];

/**
 * Left out of the precache: the data sets (cached at runtime by the worker), the
 * benchmark's reference page (bench/, see vite.config.ts), and
 * KaTeX's woff and ttf fonts: its CSS lists woff2 first, every browser that can
 * run this app reads woff2, so the other two are never fetched.
 */
const PRECACHE_IGNORES = ['data/**', 'bench/**', '**/*.woff', '**/*.ttf'];

/** Background of the page while the installed app starts (the app's --color-bg). */
const PAGE_BACKGROUND = '#f3f5f8';

/** The service worker, the web app manifest and the icons, for vite.config.ts. */
export function offlinePlugins(iconSvgPath: string): PluginOption[] {
  return [
    appIcons(iconSvgPath),
    VitePWA({
      // A new version waits until the user says Reload (src/app/features/offline/UpdateBanner.tsx).
      registerType: 'prompt',
      // The app registers the worker itself (src/app/services/appUpdates.ts).
      injectRegister: false,
      showMaximumFileSizeToCacheInBytesWarning: true,
      includeManifestIcons: false, // the icons are in PRECACHE_GLOBS; listing them twice would add them twice
      manifest: {
        name: 'Neural Playground',
        short_name: 'NN Playground',
        description: 'Build a neural network, train it on real MNIST digits in your browser, and watch it learn.',
        lang: 'en',
        display: 'standalone',
        theme_color: ICON_BACKGROUND,
        background_color: PAGE_BACKGROUND,
        icons: [
          { src: ICON_SVG, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          ...PNG_ICONS.filter((icon) => icon.fileName.startsWith('icon-')).map((icon) => ({
            src: icon.fileName,
            sizes: `${icon.size}x${icon.size}`,
            type: 'image/png',
            purpose: icon.fullBleed ? 'maskable' : 'any',
          })),
        ],
      },
      workbox: {
        globPatterns: PRECACHE_GLOBS,
        globIgnores: PRECACHE_IGNORES,
        maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
        // Any page URL (with ?backend=, ?present=, ...) opens the precached index.html,
        // except a data file opened directly.
        navigateFallback: 'index.html',
        // The data files and the benchmark's reference page are not the app: a navigation to them must not get index.html.
        navigateFallbackDenylist: [/\/data\//, /\/bench\//],
        // A first install takes over the open page at once, so it is offline-ready
        // without a second visit. An update still waits for Reload (no skipWaiting).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ];
}
