// The static file serving shared by the local servers of the production build
// (scripts/serve-dist.mjs for the e2e tests, scripts/lighthouse.mjs): files under `root`, an SPA
// fallback to index.html for anything that is not a file, 403 outside `root`. Loopback test
// tooling only; production is scripts/serve-prod.mjs.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The build's file types; anything else is application/octet-stream. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

/**
 * A `node:http` request listener serving `root`.
 * - `gzip`: text files gzipped when the request accepts it (each compressed once, then cached),
 *   as a production web server does.
 * - `rewriteIndex(html)`: applied to index.html as it is served (the file is untouched).
 */
export function staticFiles(root, { gzip = false, rewriteIndex } = {}) {
  const gzipped = new Map();
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(path)).isFile()) throw new Error('not a file');
    } catch {
      path = join(root, 'index.html');
    }
    const ext = extname(path);
    const headers = { 'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream' };
    let body = await readFile(path);
    if (rewriteIndex && path.endsWith('index.html'))
      body = Buffer.from(rewriteIndex(body.toString('utf8')));
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(body));
      body = gzipped.get(path);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers).end(body);
  };
}
