// The Content-Security-Policy of the production build, as a <meta> tag in every
// HTML page it writes (the app and the benchmark's reference page). The dev
// server has none: Vite's hot reload injects inline scripts and styles.
//
// A meta policy binds the page it is in. The training worker and the service
// worker are scripts of their own, and a browser applies to them the policy
// of the response that served them; a static host such as GitHub Pages sends
// none, so there the page's meta tag is the whole of it. A host that can send
// headers may send this same policy with every file (`CSP_DIRECTIVES` below).
import type { Plugin } from 'vite';

/**
 * What the app needs, and nothing more:
 * - scripts only from its own files; 'wasm-unsafe-eval' lets WebAssembly
 *   compile (tfjs-backend-wasm; the benchmark's reference page trains on the
 *   main thread), with no 'unsafe-eval' and no 'unsafe-inline';
 * - style sheets only from its own CSS files (no <style> element); KaTeX and
 *   React set inline styles through the CSSOM, which a policy does not
 *   restrict (the app renders KaTeX with katex.render, never as an HTML
 *   string), but KaTeX's tall delimiters (the brace of `cases`) also set a
 *   `style` attribute on their SVG, so style attributes are allowed
 *   (`style-src-attr`): a style attribute cannot run script;
 * - fonts (KaTeX's), images (the icons), fetches and workers from the origin;
 * - no plugins, no frames, no forms, no <base> elsewhere.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'style-src-attr': "'unsafe-inline'",
  'font-src': "'self'",
  'img-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

/** The policy as one header or meta value. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/**
 * Adds the policy to the head of every HTML page of `vite build`, before any
 * script or style, and keeps fonts as files: Vite would inline KaTeX's smallest
 * font as a data: URL, which `font-src 'self'` refuses.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'neural-playground:content-security-policy',
    apply: 'build',
    config: () => ({
      build: { assetsInlineLimit: (file: string) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined) },
    }),
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}
