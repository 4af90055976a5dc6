// Serves the production build on localhost for the end-to-end tests (SPA fallback to
// index.html). Loopback only; no other network. This is the TEST server, not production
// (that is scripts/serve-prod.mjs): it rewrites the CSP meta tag of index.html on the fly
// to add http://127.0.0.1:* and http://localhost:* to connect-src, because the e2e tests
// run their FHIR and authorisation servers over plain http on loopback. The built file and
// the production headers are untouched.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { staticFiles } from './static-files.mjs';

const root = join(process.cwd(), 'dist/vas-dashboard/browser');
const port = Number(process.env.PORT ?? 4300);

createServer(staticFiles(root, { rewriteIndex: loosenCsp })).listen(port, '127.0.0.1', () =>
  console.log(`serving ${root} on http://127.0.0.1:${port}`),
);

/** Test only: lets the page reach the loopback test servers (see the comment at the top). */
function loosenCsp(html) {
  return html.replace(
    /(http-equiv="Content-Security-Policy"\s+content="[^"]*connect-src 'self')/,
    '$1 http://127.0.0.1:* http://localhost:*',
  );
}
