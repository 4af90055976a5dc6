/**
 * Duplicate keys in a JSON text. JSON.parse keeps the last of two equal keys in one object
 * without a word ({"headache": true, ..., "headache": false} reads as false), and other
 * tools keep the first: which answer was meant is unknown, so a case file that gives a key
 * twice is refused, naming the field. One pass over text that JSON.parse has accepted.
 */

/** The message after the path of a duplicate key. */
export const DUPLICATE_KEY =
  'given twice in one object; keep one (which value was meant is unknown, nothing was read)';

interface Frame {
  readonly parent: Frame | null;
  /** Where this container sits in its parent: a key or an index; null at the root. */
  readonly at: string | number | null;
  /** Objects: true. */
  readonly object: boolean;
  /** The keys seen so far (objects only; a short list is searched, no set is built). */
  readonly keys: string[];
  /** Arrays: index of the current element. */
  index: number;
  /** Objects: the key of the current member. */
  key: string;
}

/** The characters that matter outside strings. */
const STRUCTURE = /["{}[\],]/g;

/** The field path of a frame's child, as validation names fields ("sessions[3].painAfter"). */
function pathOf(frame: Frame | null, last: string | number): string {
  const parts: (string | number)[] = [last];
  for (let f = frame; f !== null && f.at !== null; f = f.parent) parts.push(f.at);
  let out = '';
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k]!;
    out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  }
  return out;
}

/** The end (index of the closing quote) of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let q = text.indexOf('"', start + 1);
  for (;;) {
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
}

/** Members written in the text: the colons outside strings (every member has one). */
function membersInText(text: string): number {
  let count = 0;
  let pos = 0;
  let colon = text.indexOf(':');
  for (;;) {
    const q = text.indexOf('"', pos);
    const stop = q === -1 ? text.length : q;
    while (colon !== -1 && colon < stop) {
      count++;
      colon = text.indexOf(':', colon + 1);
    }
    if (q === -1) return count;
    pos = stringEnd(text, q) + 1;
    if (colon !== -1 && colon < pos) colon = text.indexOf(':', pos); // it was inside the string
  }
}

/**
 * Members of the parsed value's objects (a duplicate leaves one fewer than the text). An
 * explicit stack, not recursion: a hostile file may nest 10,000 levels (refused later, by
 * validation, naming the depth).
 */
function membersParsed(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push(x);
      continue;
    }
    for (const k in v) {
      if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
      count++;
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'object' && x !== null) stack.push(x);
    }
  }
  return count;
}

/**
 * Whether `text` (valid JSON that parsed to `parsed`) gives some key twice in one object:
 * its members are counted in the text and in the value (a quick test, no key compared),
 * and only when they differ is the duplicate looked for, to name it.
 */
export function duplicateKeyOf(text: string, parsed: unknown): string | null {
  return membersInText(text) === membersParsed(parsed) ? null : duplicateKey(text);
}

/**
 * The path of the first key that appears twice in one object ("findings.headache"), or
 * null when every object's keys are distinct. `text` must be valid JSON.
 */
export function duplicateKey(text: string): string | null {
  let top: Frame | null = null;
  let expectKey = false;
  const re = new RegExp(STRUCTURE);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 34) {
      // '"'
      const end = stringEnd(text, i);
      if (expectKey && top !== null && top.object) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.includes(key)) return pathOf(top, key);
        top.keys.push(key);
        top.key = key;
        expectKey = false;
      }
      re.lastIndex = end + 1;
    } else if (c === 123 || c === 91) {
      // '{' or '['
      const at: string | number | null = top === null ? null : top.object ? top.key : top.index;
      top = { parent: top, at, object: c === 123, keys: [], index: 0, key: '' };
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      // '}' or ']'
      top = top === null ? null : (top as Frame).parent;
      expectKey = false;
    } else if (top !== null) {
      // ','
      if (top.object) expectKey = true;
      else top.index++;
    }
  }
  return null;
}
