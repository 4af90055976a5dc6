/**
 * An Encounter's or a ServiceRequest's reasons (split from from-fhir.ts): a coded reason for the
 * visit or the referral, a visit's words and diagnoses, present at the latest on the visit's
 * day; a visit for a neck injury, or naming a mechanism to the neck, is recent neck trauma; a
 * referral's free-text reason is its reason, as in a case file. Plain TypeScript.
 */
import type { CodeableConcept, Encounter, ServiceRequest } from 'fhir/r4';
import type { Referral } from '../model';
import { injuryOnset, NECK_INJURY, recentTrauma, type Findings } from './from-fhir-findings';
import { mechanismToNeck, olderInjury } from './from-fhir-injury';
import { reasonsOf, referralOf } from './from-fhir-refs';
import { conceptOf, conceptWords, detail } from './read-helpers';

export interface VisitContext {
  collected: Findings;
  warnings: string[];
  day: (v: string | undefined, aheadByZone?: boolean) => string | undefined;
  latest: string;
  conditionIds: ReadonlySet<string>;
}

export function readVisit(
  r: Encounter | ServiceRequest,
  where: string,
  { collected, warnings, day, latest, conditionIds }: VisitContext,
): { referral?: Referral } {
  const { conceptsOf, answer } = collected;
  // A coded reason for the visit or the referral (a visit's words and diagnoses too; a
  // referral's text is its free-text reason, as in a case file): present, at the latest
  // on the visit's day.
  const visit = r.resourceType === 'Encounter';
  // A visit that did not happen (planned, cancelled, in error, in the future) says nothing.
  if (
    visit &&
    (/^(?:planned|cancelled|entered-in-error)$/.test(r.status ?? '') ||
      (day(r.period?.start) ?? '') > latest)
  ) {
    warnings.push(`${where}: status ${r.status}, not read`);
    return {};
  }
  // (A visit dates its reasons, or the year they name: "whiplash 2015".)
  const end = visit ? (r.period?.end ?? r.period?.start) : undefined;
  const seen = (f: string, cc: CodeableConcept) =>
    visit ? detail(true, injuryOnset(f, cc, day(end, true), false, latest), undefined) : true;
  const reasons = reasonsOf(r, conditionIds);
  for (const cc of reasons) {
    const coded = conceptOf(cc);
    const cs = visit ? conceptsOf(cc, where) : coded ? [coded] : [];
    const words = conceptWords(cc);
    for (const c of cs) {
      answer({ ...c, exact: false }, seen(c.finding, cc), `${where}.reasonCode`);
      // A visit for a neck injury: recent trauma by the visit's day (at the latest).
      const trauma =
        visit && !olderInjury(words, latest)
          ? recentTrauma(c, cc, day(r.period?.start), latest)
          : null;
      if (trauma) answer({ finding: 'recent-neck-trauma', exact: false }, trauma, where);
    }
    if (visit && mechanismToNeck(words, latest)) {
      const how = 'an injury to the neck (its mechanism named)';
      const at = day(r.period?.start);
      const trauma = recentTrauma(NECK_INJURY, cc, at, latest, how);
      if (trauma) answer({ finding: 'recent-neck-trauma', exact: false }, trauma, where);
    }
  }
  return r.resourceType === 'ServiceRequest' ? { referral: referralOf(r) } : {};
}
