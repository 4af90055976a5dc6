import { test } from '@playwright/test';
test('scratch', async ({ page }) => {
  await page.goto('/rules');
  const r = await page.evaluate(async () => {
    const out: Record<string, unknown> = { native: typeof (Uint8Array as any).fromBase64, nativeTo: typeof (Uint8Array.prototype as any).toBase64 };
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const plain = new TextEncoder().encode('x'.repeat(700));
    const N = 10000;
    const rows: { iv: string; data: string }[] = [];
    for (let i = 0; i < N; i++) { const iv = crypto.getRandomValues(new Uint8Array(12)); const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain)); rows.push({ iv: (iv as any).toBase64(), data: (ct as any).toBase64() }); }
    let t = performance.now();
    const bytes = rows.map((r) => ({ iv: (Uint8Array as any).fromBase64(r.iv), d: (Uint8Array as any).fromBase64(r.data) }));
    out.b64decode = performance.now() - t;
    t = performance.now();
    const pts = await Promise.all(bytes.map((b) => crypto.subtle.decrypt({ name: 'AES-GCM', iv: b.iv }, key, b.d)));
    out.decrypt = performance.now() - t;
    t = performance.now();
    const dec = new TextDecoder(); pts.forEach((p) => dec.decode(p));
    out.textdecode = performance.now() - t;
    t = performance.now();
    await Promise.all(rows.map(async (r) => { const pt = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: (Uint8Array as any).fromBase64(r.iv) }, key, (Uint8Array as any).fromBase64(r.data)); return JSON.parse(JSON.stringify(dec.decode(pt))); }));
    out.allInOne = performance.now() - t;
    return out;
  });
  console.log(JSON.stringify(r));
});
