/**
 * Reduced consciousness measured as a Glasgow Coma Scale below 15 (round 51's FA8, FB13): a
 * total under 15, or an eye, verbal or motor score under its best (4, 5, 6), recorded as an
 * Observation by its LOINC code or its words ("GCS", "Glasgow coma"). Read as present only,
 * dated by the observation: a GCS of 15 never makes the finding absent. Plain TypeScript.
 */
import type { CodeableConcept, FhirResource, Observation } from 'fhir/r4';
import type { FindingValue } from '../model';
import { SYS } from './codes';
import { conceptWords, list } from './read-helpers';

/** LOINC codes of the total and of each part, with the best score each can have. */
const TOTAL = new Set(['9269-2', '35088-4']);
const PARTS: Readonly<Record<string, number>> = { '9267-6': 4, '9270-0': 5, '9268-4': 6 };
const GCS_WORDS = /\b(?:gcs|glasgow\s+coma)\b/i;
const PART_WORDS: readonly [RegExp, number][] = [
  [/\beye\b/i, 4],
  [/\bverbal\b/i, 5],
  [/\bmotor\b/i, 6],
];

const loincOf = (cc: CodeableConcept | undefined): string[] =>
  list(cc?.coding)
    .filter((c) => c.system === SYS.loinc)
    .map((c) => c.code ?? '');
const scoreOf = (o: { valueQuantity?: { value?: number }; valueInteger?: number }) => {
  const n = o.valueInteger ?? o.valueQuantity?.value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

/** The best score a GCS code or its words give (15 for the total), or null: not a GCS. */
function bestOf(cc: CodeableConcept | undefined, withinGcs: boolean): number | null {
  const codes = loincOf(cc);
  if (codes.some((c) => TOTAL.has(c))) return 15;
  for (const c of codes) if (PARTS[c] !== undefined) return PARTS[c]!;
  const words = conceptWords(cc);
  if (!withinGcs && !GCS_WORDS.test(words)) return null;
  for (const [re, best] of PART_WORDS) if (re.test(words)) return best;
  return GCS_WORDS.test(words) ? 15 : null;
}

/** A score under its best (a value out of the scale's range is not read). */
const reduced = (score: number | null, best: number): boolean =>
  score !== null && score >= 1 && score < best && (best !== 15 || score >= 3);

export function reducedConsciousness(
  resources: readonly FhirResource[],
  day: (v: string | undefined) => string | undefined,
): FindingValue | null {
  const onsets: string[] = [];
  let found = false;
  for (const r of resources) {
    if (r.resourceType !== 'Observation') continue;
    if (/^(?:entered-in-error|cancelled|preliminary)$/.test(r.status ?? '')) continue;
    if (r.dataAbsentReason) continue;
    const best = bestOf(r.code, false);
    const parts = list((r as Observation).component);
    const low =
      (best !== null && reduced(scoreOf(r), best)) ||
      (best !== null &&
        parts.some((c) => {
          const b = bestOf(c.code, true);
          return b !== null && !c.dataAbsentReason && reduced(scoreOf(c), b);
        }));
    if (!low) continue;
    found = true;
    const onset = day(r.effectiveDateTime ?? r.effectivePeriod?.start ?? r.issued);
    if (onset) onsets.push(onset);
  }
  if (!found) return null;
  // The latest low score: the most recent time consciousness was found reduced.
  const onset = onsets.sort().at(-1);
  return onset
    ? { present: true, onset, note: 'Glasgow Coma Scale below 15' }
    : { present: true, note: 'Glasgow Coma Scale below 15' };
}
