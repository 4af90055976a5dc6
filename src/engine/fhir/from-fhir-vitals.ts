/**
 * Measured orthostatic hypotension from an EHR's vital signs (round 22's A6): blood pressure
 * lying or sitting, then standing. Section 5: a systolic drop of 20 mmHg or more, or a
 * diastolic drop of 10 or more, within 3 minutes of standing contraindicates collar-zone
 * massage, as a tendency to orthostatic reactions does. Read as present only: readings without
 * a drop never make the finding absent. Plain TypeScript.
 */
import type { CodeableConcept, Extension, FhirResource, Observation } from 'fhir/r4';
import type { FindingValue } from '../model';
import { SYS } from './codes';
import type { Concept } from './from-fhir-findings';
import { hornerPair } from './from-fhir-refs';
import { reducedConsciousness } from './from-fhir-scores';
import { list } from './read-helpers';

type Posture = 'lying' | 'sitting' | 'standing';
type Kind = 'systolic' | 'diastolic';

/** LOINC codes of blood pressure in a posture. */
const POSTURE_CODES: Readonly<Record<string, readonly [Kind, Posture]>> = {
  '8461-6': ['systolic', 'lying'], // supine
  '8459-0': ['systolic', 'sitting'],
  '8460-8': ['systolic', 'standing'],
  '8455-8': ['diastolic', 'lying'],
  '8453-3': ['diastolic', 'sitting'],
  '8454-1': ['diastolic', 'standing'],
};
/** LOINC codes of blood pressure whose posture is given apart (US Core's body position). */
const PLAIN_CODES: Readonly<Record<string, Kind>> = { '8480-6': 'systolic', '8462-4': 'diastolic' };
/** SNOMED body positions. */
const POSITIONS: Readonly<Record<string, Posture>> = {
  '40199007': 'lying', // supine
  '102538003': 'lying', // recumbent
  '33586001': 'sitting',
  '10904000': 'standing', // orthostatic body position
};
const BODY_POSITION = 'http://hl7.org/fhir/StructureDefinition/observation-bodyPosition';

/** How long after the reading lying or sitting one standing is compared with it. */
const PAIR_MINUTES = 10;
const DROP: Readonly<Record<Kind, number>> = { systolic: 20, diastolic: 10 };
/** The least pressure read as one (mmHg); a smaller value is a change or a slip. */
const LEAST: Readonly<Record<Kind, number>> = { systolic: 40, diastolic: 20 };
/** Words naming a change, not a pressure ("Systolic BP reduction on standing", "diff"). */
const CHANGE =
  /\b(?:drop|fall|fell|(?<!\b(?:position|postural|posture)\s)change|difference|diff|delta|decrease|reduction|decline|reduced by|lower by)\b/i;

interface Reading {
  kind: Kind;
  posture: Posture;
  mmHg: number;
  /** The time as given: a day, or a day and a time. */
  at: string;
}

function postureOf(
  concepts: readonly (CodeableConcept | undefined)[],
  ext: readonly Extension[],
): Posture | null {
  for (const e of ext)
    if (e.url === BODY_POSITION)
      for (const c of list(e.valueCodeableConcept?.coding))
        if (POSITIONS[c.code ?? '']) return POSITIONS[c.code ?? '']!;
  // The first concept naming a posture decides (a component's own words before its panel's).
  for (const cc of concepts) {
    const words = [cc?.text, ...list(cc?.coding).map((c) => c.display)].join(' ');
    const posture = postureIn(words);
    if (posture !== undefined) return posture;
  }
  return null;
}

/**
 * The posture words name: standing wins ("BP standing (3 min after lying)", "Standing BP, from
 * sitting"), unless they name a change ("lying to standing", "postural drop"); undefined when
 * they name none.
 */
function postureIn(words: string): Posture | null | undefined {
  const standing = /\b(?:standing|upright|stood)\b/i.test(words);
  if (standing && /\b(?:to|→|->)\s+(?:standing|upright)\b|\bdifference\b/i.test(words)) return null;
  if (standing) return 'standing';
  if (/\b(?:supine|lying|laying|recumbent)\b/i.test(words)) return 'lying';
  if (/\b(?:sitting|seated)\b/i.test(words)) return 'sitting';
  // "Orthostatic BP" alone: the reading taken upright.
  if (/\borthostatic\b/i.test(words)) return 'standing';
  return undefined;
}

function readingsOf(o: Observation): Reading[] {
  const at = o.effectiveDateTime ?? o.effectiveInstant ?? o.effectivePeriod?.start;
  if (!at || /^(?:entered-in-error|cancelled)$/.test(o.status)) return [];
  const out: Reading[] = [];
  const parts = [o, ...list(o.component)];
  for (const p of parts) {
    const mmHg = p.valueQuantity?.value;
    if (typeof mmHg !== 'number') continue;
    // A small value named a change ("Systolic drop on standing": 8) is no pressure: by its own
    // words (a panel's "fall risk assessment" or "position change" names no component's).
    const named = [p.code?.text, ...list(p.code?.coding).map((c) => c.display)].join(' ');
    const change = mmHg < 40 && CHANGE.test(named);
    for (const c of list(p.code?.coding)) {
      if (c.system !== SYS.loinc || change) continue;
      const coded = POSTURE_CODES[c.code ?? ''];
      const plain = PLAIN_CODES[c.code ?? ''];
      const posture = coded?.[1] ?? (plain ? postureOf([p.code, o.code], list(o.extension)) : null);
      const kind = coded?.[0] ?? plain;
      // Below these no one stands: a change or a typing slip, not a pressure.
      if (kind && posture && mmHg >= LEAST[kind]) out.push({ kind, posture, mmHg, at });
    }
  }
  return out;
}

/** Minutes from `a` to `b`; with either given as a day only, 0 on the same day, else null. */
function minutesBetween(a: string, b: string): number | null {
  if (a.length <= 10 || b.length <= 10) return a.slice(0, 10) === b.slice(0, 10) ? 0 : null;
  const ms = Date.parse(b) - Date.parse(a);
  return Number.isFinite(ms) ? ms / 60_000 : null;
}

/**
 * Orthostatic hypotension measured: a standing reading 20 (systolic) or 10 (diastolic) mmHg
 * below one lying or sitting taken up to 10 minutes before it (the same day when either has
 * no time). Present from the standing reading's day; null when no pair shows the drop.
 */
export function orthostaticDrop(
  resources: readonly FhirResource[],
  day: (v: string | undefined) => string | undefined,
): FindingValue | null {
  const readings = resources.flatMap((r) =>
    r.resourceType === 'Observation' ? readingsOf(r) : [],
  );
  for (const s of readings) {
    if (s.posture !== 'standing') continue;
    for (const b of readings) {
      if (b.posture === 'standing' || b.kind !== s.kind) continue;
      const minutes = minutesBetween(b.at, s.at);
      if (minutes === null || minutes < 0 || minutes > PAIR_MINUTES) continue;
      if (b.mmHg - s.mmHg < DROP[s.kind]) continue;
      const note = `measured: ${s.kind} ${b.mmHg} ${b.posture}, ${s.mmHg} standing`;
      const onset = day(s.at);
      return onset ? { present: true, onset, note } : { present: true, note };
    }
  }
  return null;
}

/**
 * Findings read from several records together, present only: ptosis and miosis recorded apart
 * (Horner's signs), a Glasgow Coma Scale below 15 (reduced consciousness), blood pressure
 * lying then standing (orthostatic hypotension).
 */
export function together(
  resources: readonly FhirResource[],
  day: (v: string | undefined) => string | undefined,
): { concept: Concept; value: FindingValue; where: string }[] {
  const out: { concept: Concept; value: FindingValue; where: string }[] = [];
  const horner = hornerPair(resources, day);
  if (horner)
    out.push({
      concept: { finding: 'horner-signs', exact: false },
      value: horner,
      where: 'ptosis with miosis',
    });
  const gcs = reducedConsciousness(resources, day);
  if (gcs)
    out.push({
      concept: { finding: 'reduced-consciousness', exact: false },
      value: gcs,
      where: 'Glasgow Coma Scale below 15',
    });
  const drop = orthostaticDrop(resources, day);
  if (drop)
    out.push({
      concept: { finding: 'orthostatic-reactions', exact: false },
      value: drop,
      where: 'blood pressure lying or sitting, then standing',
    });
  return out;
}
