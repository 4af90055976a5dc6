/** Verdict per modality (brief section 5): contraindicated > not-cleared > caution > clear. */
import { ageOn, daysBetween } from './dates';
import { findingLabel, type FindingId } from './finding-ids';
import type { Facts } from './facts';
import {
  MODALITIES,
  type CaseFile,
  type Modality,
  type ModalityAssessment,
  type Reason,
  type Verdict,
  type VasLevel,
} from './model';
import { MODALITY_ITEMS, type ModalityItem } from './rules/modality-rules';
import { MODALITY_SPECIAL_RULES } from './rules/modality-special-rules';
import { PRINCIPLE_RULES } from './rules/vas-rules';
import type { UrgencyResult } from './urgency';
import { LEVEL_RANK, unknownVasInputs, vasInputs, worstCase, levelRule } from './vas';
import type { CourseResult } from './course';

export const RECENT_STROKE_DAYS = 180;
export const CERVICAL_IMAGING_MISSING = 'cervical-spine-imaging';
const MANUAL: readonly Modality[] = [
  'cervical-manipulation',
  'collar-zone-massage',
  'back-massage',
];
const ITEMS_BY_MODALITY = Object.fromEntries(
  MODALITIES.map((m) => [m, MODALITY_ITEMS.filter((i) => i.modality === m)]),
) as Record<Modality, ModalityItem[]>;
const RANK: Record<Verdict, number> = {
  clear: 0,
  caution: 1,
  'not-cleared': 2,
  contraindicated: 3,
};

class Verdicts {
  private verdict: Verdict = 'clear';
  private readonly reasons: { verdict: Verdict; reason: Reason }[] = [];
  readonly missing = new Set<string>();

  add(verdict: Verdict, reason: Reason): void {
    if (RANK[verdict] > RANK[this.verdict]) this.verdict = verdict;
    this.reasons.push({ verdict, reason });
  }
  need(ids: readonly string[]): void {
    for (const id of ids) this.missing.add(id);
  }
  result(): ModalityAssessment {
    if (this.reasons.length === 0 && this.missing.size === 0)
      return { verdict: 'clear', reasons: [], missing: [] };
    let verdict = this.verdict;
    if (this.missing.size > 0 && RANK[verdict] < RANK['not-cleared']) verdict = 'not-cleared';
    // FS-2 / FS-9: a verdict held for missing data says so, with the items, as a reason.
    if (this.missing.size > 0 && verdict === 'not-cleared') {
      this.reasons.push({
        verdict: 'not-cleared',
        reason: {
          rule: FS2.id,
          source: FS2.source,
          text: `Not cleared: missing data. Answer: ${[...this.missing].map(missingLabel).join(', ')}.`,
        },
      });
    }
    // Most severe first; stable within a severity (one pass per severity, no sort).
    const reasons: Reason[] = [];
    for (let rank = RANK.contraindicated; rank >= RANK.clear; rank--)
      for (const r of this.reasons) if (RANK[r.verdict] === rank) reasons.push(r.reason);
    // Nothing to answer clears a contraindication: missing is listed only below it.
    return { verdict, reasons, missing: verdict === 'contraindicated' ? [] : [...this.missing] };
  }
}

/** `${text} ${detail}`.trim(), without building and trimming a copy when there is no detail. */
const joinText = (text: string, detail: string): string =>
  detail === '' ? text.trim() : `${text} ${detail}`.trim();

const SPECIAL = new Map(MODALITY_SPECIAL_RULES.map((r) => [r.id, r]));
const FS2 = PRINCIPLE_RULES.find((r) => r.id === 'FS-2')!;
const special = (id: string, detail = ''): Reason => {
  const r = SPECIAL.get(id);
  if (!r) throw new Error(`unknown modality rule ${id}`);
  return { rule: r.id, source: r.source, text: joinText(r.text, detail) };
};
const itemReason = (i: ModalityItem, detail = ''): Reason => ({
  rule: i.id,
  source: i.source,
  text: joinText(i.text, detail),
  findings: [i.finding],
});

function applyItem(v: Verdicts, item: ModalityItem, facts: Facts, assessedOn: string): void {
  const fact = facts.get(item.finding);
  if (fact.state === 'unknown') {
    if (item.kind !== 'caution') v.need([item.finding]);
    return;
  }
  if (fact.state !== 'present') return;
  if (item.kind === 'caution') {
    v.add('caution', itemReason(item));
    return;
  }
  if (item.kind === 'recent') {
    const days = fact.onset ? daysBetween(fact.onset, assessedOn) : null;
    if (days !== null && days > RECENT_STROKE_DAYS && item.older) {
      const o = item.older;
      v.add('caution', {
        rule: o.id,
        source: o.source,
        text: `${o.text} (onset ${fact.onset})`,
        findings: [item.finding],
      });
      return;
    }
    const detail =
      days === null ? '(onset not recorded: treated as recent)' : `(onset ${fact.onset})`;
    v.add('contraindicated', itemReason(item, detail));
    return;
  }
  v.add('contraindicated', itemReason(item, fact.uncertain ? '(uncertain on imaging)' : ''));
}

function hasCervicalImaging(c: CaseFile): boolean {
  return (c.imaging ?? []).some(
    (s) => s.region === 'cervical-spine' && ['xray', 'mri', 'msct'].includes(s.modality),
  );
}

const TRIAD_MISSING: readonly FindingId[] = ['headache', 'dizziness', 'visual-disturbance'];

interface VasView {
  level: VasLevel;
  worst: VasLevel;
  unknown: FindingId[];
  triad: FindingId[];
}

function vasView(facts: Facts): VasView {
  const inputs = vasInputs(facts);
  const unknown = unknownVasInputs(facts);
  return {
    level: levelRule(inputs).level,
    worst: levelRule(worstCase(inputs)).level,
    unknown,
    triad: unknown.filter((id) => TRIAD_MISSING.includes(id)),
  };
}

function applyVas(
  v: Verdicts,
  modality: Modality,
  { level, worst, unknown, triad }: VasView,
): void {
  if (modality === 'collar-zone-massage' && level !== 'confirmed') {
    // confirmed-vas is itself an item. High → not cleared. Unknown triad fields (and imaging)
    // block only while they could still make the level high: FS-2 without breaking FS-5.
    if (level === 'high') v.add('not-cleared', special('CZM-VAS-HIGH'));
    else if (LEVEL_RANK[worst] >= LEVEL_RANK.high) {
      v.need(
        unknown.filter((id) => id === 'vertebral-artery-narrowing' || TRIAD_MISSING.includes(id)),
      );
    }
  }
  if (modality === 'cervical-manipulation') {
    if (LEVEL_RANK[level] >= LEVEL_RANK.high) {
      v.add('contraindicated', special('MANIP-VAS-HIGH', `(level ${level})`));
    } else if (level === 'moderate') v.add('not-cleared', special('MANIP-VAS-MODERATE'));
    else if (LEVEL_RANK[worst] >= LEVEL_RANK.moderate) v.need(unknown);
    // The brief: indeterminate → not cleared, even where the unknown could not raise it.
    else if (level === 'indeterminate') v.need(triad);
  }
}

/** Rotation-provoked symptoms (brief §9); a negative test is not done (FS-4) and holds nothing. */
function applyRotation(v: Verdicts, modality: Modality, facts: Facts): void {
  if (facts.state('dizziness-on-head-rotation') !== 'present') return;
  if (modality === 'cervical-manipulation') v.add('contraindicated', special('MANIP-ROTATION'));
  if (
    modality === 'collar-zone-massage' &&
    facts.state('dynamic-vascular-assessment-normal') !== 'present'
  )
    v.add('not-cleared', special('CZM-ROTATION'));
}

export function assessModalities(
  c: CaseFile,
  facts: Facts,
  urgency: UrgencyResult,
  course: Pick<CourseResult, 'stopped'>,
): Record<Modality, ModalityAssessment> {
  const out = {} as Record<Modality, ModalityAssessment>;
  const vas = vasView(facts);
  for (const modality of MODALITIES) {
    const v = new Verdicts();
    if (urgency.level === 'emergency') v.add('contraindicated', special('MOD-EMERGENCY'));
    else v.need(urgency.holdAll);
    if (MANUAL.includes(modality)) {
      if (urgency.level === 'urgent') v.add('not-cleared', special('MOD-URGENT'));
      if (urgency.level !== 'emergency') v.need(urgency.holdManual);
    }
    for (const item of ITEMS_BY_MODALITY[modality]) applyItem(v, item, facts, c.assessedOn);
    applyVas(v, modality, vas);
    applyRotation(v, modality, facts);
    if (course.stopped.includes(modality)) v.add('not-cleared', special('COURSE-STOP-HOLD'));
    if (modality === 'cervical-manipulation') {
      if (!hasCervicalImaging(c)) {
        v.add('not-cleared', special('MANIP-NO-CERVICAL-IMAGING'));
        v.need([CERVICAL_IMAGING_MISSING]);
      }
      const age = c.patient?.birthDate ? ageOn(c.patient.birthDate, c.assessedOn) : null;
      if (age !== null && (age < 18 || age > 55))
        v.add('caution', special('MANIP-AGE', `(age ${age})`));
    }
    out[modality] = v.result();
  }
  return out;
}

/** Label for a missing entry: a finding id, `<id>.onset` or `cervical-spine-imaging`. */
export function missingLabel(id: string): string {
  if (id === CERVICAL_IMAGING_MISSING) return 'Cervical-spine X-ray, MRI or MSCT on file';
  if (id.endsWith('.onset'))
    return `Onset of ${findingLabel(id.slice(0, -'.onset'.length) as FindingId).toLowerCase()}`;
  return findingLabel(id as FindingId);
}
