/** Text hygiene for names and free text from case files (no dependencies: the shell uses it). */

/** Bidi controls (embeddings, overrides, isolates, marks) and C0 / C1 controls. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_TEXT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A name as it may be shown: no control or bidi characters, spaces collapsed. */
export const cleanName = (s: string): string => s.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
/** Free text keeps tabs and line breaks; other controls and bidi overrides go. */
export const cleanText = (s: string): string => s.replace(UNSAFE_TEXT, '');
export const hasUnsafeChars = (s: string): boolean => {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(s);
};
