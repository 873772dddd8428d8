// Serves a folder as plain static files under a sub-path, with no special
// headers (like GitHub Pages): proves the build works from any sub-path.
// CLI: node scripts/serve-subpath.mjs <dir> <port> </sub/path/>
// Tests import serveStatic() to count requests or to answer some paths
// differently (a missing or corrupt data file).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.ttf': 'font/ttf', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

/**
 * Starts a static server. `override(path)` may return {status, body, type?} to
 * answer a path (relative to base) itself (type defaults to octet-stream);
 * `headers` are added to every file served (e.g. GitHub Pages' Cache-Control).
 * Resolves with the base URL, a log of requested paths and a log of the files
 * served with their sizes; `close()` also ends open keep-alive connections, so
 * the browser can no longer reach it.
 */
export function serveStatic({ root = 'dist', port = 0, base = '/neural-playground/', override, headers = {} } = {}) {
  const folder = resolve(root);
  const requests = [];
  const served = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404).end('not under the base path');
      return;
    }
    const path = decodeURIComponent(url.pathname.slice(base.length));
    requests.push(path);
    const replacement = override?.(path);
    if (replacement) {
      response.writeHead(replacement.status, { 'Content-Type': replacement.type ?? 'application/octet-stream' }).end(replacement.body);
      return;
    }
    let file = normalize(join(folder, path));
    if (!file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
      response.end(body);
      served.push({ path, bytes: body.length });
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolveServer) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      const close = () =>
        new Promise((done) => {
          server.close(done);
          server.closeAllConnections();
        });
      resolveServer({ server, requests, served, url: `http://127.0.0.1:${actual}${base}`, close });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '4179', base = '/neural-playground/'] = process.argv.slice(2);
  const { url } = await serveStatic({ root, port: Number(port), base });
  process.stdout.write(`serving ${resolve(root)} at ${url}\n`);
}
