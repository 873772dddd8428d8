// The web app manifest's PNG icons, rendered at build time from the one
// hand-made public/icon.svg, so no generated binary is committed.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/** The icon SVG in public/, as served from the app's base. */
export const ICON_SVG = 'icon.svg';

/** Brand blue, the icon's background (the app's --color-accent). */
export const ICON_BACKGROUND = '#2452c7';

/** The iOS home-screen icon, linked from index.html (iOS does not read the manifest's icons). */
const APPLE_TOUCH_ICON = 'apple-touch-icon.png';

/** One PNG rendered from icon.svg: file name, square size in px, and whether it is full-bleed (maskable). */
interface PngIcon {
  fileName: string;
  size: number;
  fullBleed: boolean;
}

/** Every PNG the build emits: Chrome's 192 and 512 px icons, a maskable one, and the iOS home-screen icon. */
export const PNG_ICONS: readonly PngIcon[] = [
  { fileName: 'icon-192.png', size: 192, fullBleed: false },
  { fileName: 'icon-512.png', size: 512, fullBleed: false },
  { fileName: 'icon-maskable-512.png', size: 512, fullBleed: true },
  { fileName: APPLE_TOUCH_ICON, size: 180, fullBleed: true },
];

/**
 * The icon on a square background with the glyph scaled into the central 80 %,
 * the safe zone that Android's masks and iOS's rounded corners never cut.
 */
function fullBleed(svg: string): string {
  const inner = svg.replace(/^<svg /, '<svg x="6.4" y="6.4" width="51.2" height="51.2" ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${ICON_BACKGROUND}"/>${inner}</svg>`;
}

/**
 * A Vite plugin that emits PNG_ICONS into the build and links the iOS icon
 * from index.html (only `vite build`; the dev server needs none).
 */
export function appIcons(svgPath: string): Plugin {
  let base = './';
  return {
    name: 'neural-playground:app-icons',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}${APPLE_TOUCH_ICON}` }, injectTo: 'head' }];
    },
    async generateBundle() {
      // Loaded here, not at the top: vite.config.ts (and so Vitest) need no native module.
      const { Resvg } = await import('@resvg/resvg-js');
      const svg = (await readFile(svgPath, 'utf8')).trim();
      for (const icon of PNG_ICONS) {
        const source = new Resvg(icon.fullBleed ? fullBleed(svg) : svg, { fitTo: { mode: 'width', value: icon.size } });
        this.emitFile({ type: 'asset', fileName: icon.fileName, source: source.render().asPng() });
      }
    },
  };
}
