/**
 * A condition that counts only while it lasts (an infection, an exacerbation, a mental
 * disorder, steroids, the weeks after a birth) or one that lasts (diabetes, hypertension,
 * smoking, a circulation disorder), told as over in a letter's part (split from
 * finding-text.ts). Plain TypeScript, no Angular.
 */
import type { FindingId } from '../finding-ids';
import { NAMES } from './finding-names';
import {
  CURRENT_ONLY,
  GOES_ON_NOW,
  LASTING,
  LASTING_ENDED,
  namesEarlierYear,
  OVER_NOW,
  RELATIVE_FIRST,
} from './letter-words';

/** Words of a later part that say the condition goes on ("(dx 2009, currently relapsing)"). */
const GOES_ON_AFTER =
  /\b(?:relapsing|relapsed|flaring|ongoing|still|now (?:relapsed|worse|flaring|active|back)|currently (?:on|relapsing|flaring|unwell|symptomatic|under|taking|treated))\b/i;

/** Whether part k starts a new sentence. */
const newSentence = (parts: readonly string[], k: number): boolean =>
  parts[k - 1] === '.' || parts[k - 1] === '\n';

/**
 * Removes from `got` (the readings of part i of `parts`, the letter split into parts and their
 * separators) the conditions its own part or the next parts of its sentence that name nothing
 * else tell as over ("Pneumonia in 2015, made a full recovery", "with pneumonia, treated and
 * resolved"; not "PMH: T2DM, HTN, depression, cholecystectomy 2008.", "asthma as a child,
 * hypertension"), unless they say it goes on ("since 2012", "currently relapsing"); and a
 * relative's ("Mum diabetic").
 */
export function withoutOverConditions(
  got: Set<FindingId>,
  parts: readonly string[],
  i: number,
  on: string | undefined,
): void {
  if (![...CURRENT_ONLY, ...LASTING].some((f) => got.has(f))) return;
  const clause = parts[i] ?? '';
  let goesOn = GOES_ON_NOW.test(clause);
  for (let k = i + 2; !goesOn && k < Math.min(parts.length, i + 6); k += 2) {
    const next = parts[k] ?? '';
    if (newSentence(parts, k)) break;
    if (GOES_ON_AFTER.test(next)) goesOn = true;
    if (NAMES.some(([, re]) => re.test(next))) break;
  }
  let endedAfter = false;
  for (let k = i + 2; k < Math.min(parts.length, i + 8); k += 2) {
    const next = parts[k] ?? '';
    if (newSentence(parts, k)) break;
    if (NAMES.some(([, re]) => re.test(next))) break;
    if (OVER_NOW.test(next)) endedAfter = true;
  }
  const ended = (OVER_NOW.test(clause) || endedAfter) && !goesOn;
  const earlier = namesEarlierYear(clause, on) && !goesOn;
  const relative = RELATIVE_FIRST.test(clause);
  for (const f of CURRENT_ONLY) if (got.has(f) && (ended || earlier || relative)) got.delete(f);
  // (Its own end, not a drug's said in brackets: "Hypertension (stopped amlodipine …)".)
  const stopped =
    LASTING_ENDED.test(clause.replace(/\([^)]*\)?/g, ' ')) ||
    (endedAfter && LASTING_ENDED.test(parts[i + 2] ?? ''));
  for (const f of LASTING) if (got.has(f) && (stopped || relative)) got.delete(f);
}
