// `npm run bundle-size`: what the first page load fetches from a production build
// (`ng build --configuration production --stats-json`): the files index.html names
// (stylesheet, module preloads, main script), their raw size and gzip size (the transfer
// size over a compressing server), and which packages fill them (from stats.json).
// Usage: node scripts/bundle-size.mjs [dist/vas-dashboard] [--top N]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt === -1 ? 12 : Number(args[topAt + 1]);
const dist =
  args.find((a, i) => !a.startsWith('--') && (topAt === -1 || i !== topAt + 1)) ??
  'dist/vas-dashboard';
const browser = join(dist, 'browser');
const html = readFileSync(join(browser, 'index.html'), 'utf8');
const named = [
  ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href="([^"]+)"/g),
  ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
].map((m) => m[1].replace(/^\//, '')); // deployUrl '/' (no <base>): absolute hrefs
// index.html preloads only some chunks: the initial files are what the page's scripts import
// statically, followed through stats.json (the esbuild metafile) when it is there.
const statsFile = join(dist, 'stats.json');
const stats = existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, 'utf8')) : undefined;
const initial = [...named];
if (stats) {
  for (let i = 0; i < initial.length; i++) {
    for (const imp of stats.outputs[initial[i]]?.imports ?? []) {
      if (imp.kind === 'import-statement' && !initial.includes(imp.path)) initial.push(imp.path);
    }
  }
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
let raw = 0;
let gz = 0;
let br = 0;
const rows = [];
for (const f of initial) {
  const bytes = readFileSync(join(browser, f));
  const g = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += g;
  br += brotliCompressSync(bytes).length;
  rows.push([f, bytes.length, g]);
}
console.log('initial files (index.html):');
for (const [f, r, g] of rows.sort((a, b) => b[1] - a[1]))
  console.log(`  ${f.padEnd(28)}${kB(r).padStart(11)}${kB(g).padStart(11)} gzip`);
console.log(
  `initial total: ${kB(raw)} raw; transfer ${kB(gz)} gzip -9, ${kB(br)} brotli (per file, summed)`,
);

if (stats) {
  const byPackage = new Map();
  for (const [out, meta] of Object.entries(stats.outputs ?? {})) {
    if (!initial.includes(out.split('/').pop())) continue;
    for (const [input, { bytesInOutput }] of Object.entries(meta.inputs ?? {})) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const key = m
        ? m[1]
        : input.startsWith('src/')
          ? input.split('/').slice(0, 4).join('/')
          : input;
      byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
    }
  }
  console.log(`largest contributors to the initial files (raw, minified):`);
  for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${k.padEnd(48)}${kB(v).padStart(11)}`);
}
