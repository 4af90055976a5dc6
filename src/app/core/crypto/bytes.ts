/** Base64 for sealed values and key records (native `Uint8Array` base64 where the browser has it). */
interface Base64Native {
  toBase64?: (this: Uint8Array) => string;
}
interface Base64Ctor {
  fromBase64?: (s: string) => Uint8Array<ArrayBuffer>;
}

export function toBase64(bytes: Uint8Array): string {
  const native = (Uint8Array.prototype as unknown as Base64Native).toBase64;
  if (native) return native.call(bytes);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as Base64Ctor).fromBase64;
  if (native) return native(text);
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export const randomBytes = (n: number): Uint8Array<ArrayBuffer> =>
  crypto.getRandomValues(new Uint8Array(n));

/** A User Timing measure (read by e2e/perf-unlock.spec.ts); one entry per name, the latest. */
export function measure(name: string, start: number, end = performance.now()): void {
  performance.clearMeasures(name);
  performance.measure(name, { start, end });
}
