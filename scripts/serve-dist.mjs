// Serves the production build on localhost for the end-to-end tests (SPA fallback to
// index.html). Loopback only; no other network. This is the TEST server, not production
// (that is scripts/serve-prod.mjs): it rewrites the CSP meta tag of index.html on the fly
// to add http://127.0.0.1:* and http://localhost:* to connect-src, because the e2e tests
// run their FHIR and authorisation servers over plain http on loopback. The built file and
// the production headers are untouched.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const root = join(process.cwd(), 'dist/vas-dashboard/browser');
const port = Number(process.env.PORT ?? 4300);
const types = {
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

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
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
  let body = await readFile(path);
  if (path.endsWith('index.html')) body = Buffer.from(loosenCsp(body.toString('utf8')));
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));

/** Test only: lets the page reach the loopback test servers (see the comment at the top). */
function loosenCsp(html) {
  return html.replace(
    /(http-equiv="Content-Security-Policy"\s+content="[^"]*connect-src 'self')/,
    '$1 http://127.0.0.1:* http://localhost:*',
  );
}
