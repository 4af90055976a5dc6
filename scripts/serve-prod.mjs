// Production static server for the built app (npm run build, then npm run serve:prod).
//
// Serves dist/vas-dashboard/browser with an SPA fallback (a path without a file extension
// gets index.html) and nothing else: no directory listing, no other routes, GET/HEAD only.
// Every response carries the security headers below. The CSP header narrows connect-src to
// 'self' plus the clinic's FHIR and authorisation origins, given at deploy time:
//
//   CSP_CONNECT_SRC="https://fhir.example.org https://auth.example.org" \
//   CSP_FRAME_ANCESTORS="https://ehr.example.org" \
//   HOST=0.0.0.0 PORT=8080 npm run serve:prod
//
// CSP_FRAME_ANCESTORS names the EHRs that may show the app in a frame (SMART EHR launch);
// without it no page may frame the app.
//
// (The meta tag in index.html carries only what holds for every deployment; a browser
// enforces both policies, so the header's narrower connect-src wins.)
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { join } from 'node:path';

const root = join(process.cwd(), 'dist/vas-dashboard/browser');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);

/** `https://a.example https://b.example:8443` → their origins; anything else is refused. */
export function connectOrigins(value = '', name = 'CSP_CONNECT_SRC') {
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((item) => {
      let url;
      try {
        url = new URL(item);
      } catch {
        throw new Error(`${name}: not a URL: ${item}`);
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new Error(`${name}: not http(s): ${item}`);
      return url.origin;
    });
}

/**
 * `frameAncestors`: the EHR origins allowed to frame the app (a SMART EHR launch inside the
 * EHR's window), from CSP_FRAME_ANCESTORS; none by default.
 */
export function productionCsp(origins, frameAncestors = []) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    frameAncestors.length
      ? `frame-ancestors ${frameAncestors.join(' ')}`
      : "frame-ancestors 'none'",
    "font-src 'self'",
    "img-src 'self' data:",
    // Angular Material and the animations set inline styles.
    "style-src 'self' 'unsafe-inline'",
    ["connect-src 'self'", ...origins].join(' '),
  ].join('; ');
}

const HEADERS = {
  'content-security-policy': productionCsp(
    connectOrigins(process.env.CSP_CONNECT_SRC),
    connectOrigins(process.env.CSP_FRAME_ANCESTORS, 'CSP_FRAME_ANCESTORS'),
  ),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), interest-cohort=()',
};
/** Angular's output names carry a content hash (main-ABCD1234.js, media/roboto-…-QMHKB7XT.woff2). */
const HASHED = /-[A-Z0-9]{8}\.(js|css|woff2?|ttf|svg|png)$/;

const app = Fastify({ logger: false });
await app.register(compress, { global: true, threshold: 1024 });
await app.register(fastifyStatic, {
  root,
  index: 'index.html',
  list: false,
  redirect: false,
  serveDotFiles: false,
  cacheControl: false,
  setHeaders(reply, path) {
    reply.header(
      'cache-control',
      HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  },
});
app.addHook('onSend', async (_req, reply) => {
  reply.headers(HEADERS);
});
app.setNotFoundHandler((req, reply) => {
  const path = new URL(req.url, 'http://x').pathname;
  if ((req.method === 'GET' || req.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(path))
    return reply.sendFile('index.html');
  return reply.code(404).type('text/plain').send('Not found');
});

await app.listen({ host, port });
const { port: bound } = app.server.address();
console.log(`serve-prod: listening on http://${host}:${bound} (serving ${root})`);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => app.close().then(() => process.exit(0)));
