/** Suspicion level for vertebral artery syndrome, its points, and the likely causes. */
import { ASSOCIATED_IDS, findingLabel, type FindingId } from './finding-ids';
import { PROVOCATION_TEST, type FactState, type Facts } from './facts';
import type { Assessment, Cause, Reason, VasLevel } from './model';
import { CAUSE_RULES, VAS_LEVEL_RULES, VAS_POINT_RULES } from './rules/vas-rules';
import type { Rule } from './rules/rule';

type Tri = boolean | null;
const tri = (s: FactState): Tri => (s === 'present' ? true : s === 'absent' ? false : null);

/** The inputs of the level rules, as three-valued states. */
export interface VasInputs {
  confirmed: FactState;
  headache: FactState;
  dizziness: FactState;
  visual: FactState;
  narrowing: FactState;
  associated: FactState[];
}

/** Headache counts as present if headache or occipital headache is; absent only if `headache` is. */
function headacheState(f: Facts): FactState {
  const h = f.state('headache');
  const occ = f.state('occipital-headache');
  if (h === 'present' || occ === 'present') return 'present';
  return h;
}

export function vasInputs(f: Facts): VasInputs {
  return {
    confirmed: f.state('confirmed-vas'),
    headache: headacheState(f),
    dizziness: f.state('dizziness'),
    visual: f.state('visual-disturbance'),
    narrowing: f.state('vertebral-artery-narrowing'),
    associated: ASSOCIATED_IDS.map((id) => f.state(id)),
  };
}

/** Which level rule decides the level (brief §3). */
export function levelRule(v: VasInputs): { level: VasLevel; rule: string } {
  const triad = [v.headache, v.dizziness, v.visual];
  const present = triad.filter((s) => s === 'present').length;
  const narrowing = v.narrowing === 'present';
  const assoc = v.associated.filter((s) => s === 'present').length;
  if (v.confirmed === 'present') return { level: 'confirmed', rule: 'VAS-CONFIRMED' };
  if (present === 3) return { level: 'high', rule: 'VAS-TRIAD-3' };
  if (present === 2 && narrowing) return { level: 'high', rule: 'VAS-TRIAD-2-IMAGING' };
  if (present === 2) return { level: 'moderate', rule: 'VAS-TRIAD-2' };
  if (present === 1 && narrowing) return { level: 'moderate', rule: 'VAS-TRIAD-1-IMAGING' };
  if (present === 1 && assoc >= 2) return { level: 'moderate', rule: 'VAS-TRIAD-1-ASSOC' };
  if (triad.includes('unknown')) return { level: 'indeterminate', rule: 'VAS-INDETERMINATE' };
  return { level: 'low', rule: 'VAS-LOW' };
}

const ROTATION_INDEX = (ASSOCIATED_IDS as readonly FindingId[]).indexOf(PROVOCATION_TEST);

/**
 * Worst case: every unknown input taken as present (for FS-2 clearance checks) — except the
 * provocation test, whose being unknown never blocks clearance (FS-4).
 */
export function worstCase(v: VasInputs): VasInputs {
  const up = (s: FactState): FactState => (s === 'unknown' ? 'present' : s);
  return {
    confirmed: v.confirmed,
    headache: up(v.headache),
    dizziness: up(v.dizziness),
    visual: up(v.visual),
    narrowing: up(v.narrowing),
    associated: v.associated.map((s, i) => (i === ROTATION_INDEX ? s : up(s))),
  };
}

export const LEVEL_RANK: Record<VasLevel, number> = {
  low: 0,
  indeterminate: 1,
  moderate: 2,
  high: 3,
  confirmed: 4,
};

/** Unknown inputs of the level (triad first), as finding ids, for "answer these". */
export function unknownVasInputs(f: Facts): FindingId[] {
  const v = vasInputs(f);
  const out: FindingId[] = [];
  if (v.headache === 'unknown') out.push('headache');
  if (v.dizziness === 'unknown') out.push('dizziness');
  if (v.visual === 'unknown') out.push('visual-disturbance');
  if (v.narrowing === 'unknown') out.push('vertebral-artery-narrowing');
  ASSOCIATED_IDS.forEach((id, i) => {
    if (v.associated[i] === 'unknown' && id !== PROVOCATION_TEST) out.push(id);
  });
  return out;
}

const byId = (rules: readonly Rule[], id: string): Rule => {
  const r = rules.find((x) => x.id === id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
};
const reasonOf = (r: Rule, extra: Partial<Reason> = {}): Reason => ({
  rule: r.id,
  text: r.text,
  source: r.source,
  ...extra,
});

export function assessVas(f: Facts): Assessment['vas'] {
  const v = vasInputs(f);
  const decided = levelRule(v);
  const reasons: Reason[] = [reasonOf(byId(VAS_LEVEL_RULES, decided.rule))];
  let score = 0;
  const point = (id: string, finding: FindingId, times = 1): void => {
    const r = byId(VAS_POINT_RULES, id);
    const pts = (r.points ?? 0) * times;
    score += pts;
    const text = r.id === 'VAS-PTS-ASSOC' ? `${r.text} (${findingLabel(finding)})` : r.text;
    reasons.push(reasonOf(r, { points: pts, findings: [finding], text }));
  };
  if (v.headache === 'present')
    point(
      'VAS-PTS-HEADACHE',
      f.state('headache') === 'present' ? 'headache' : 'occipital-headache',
    );
  if (f.state('occipital-headache') === 'present') point('VAS-PTS-OCCIPITAL', 'occipital-headache');
  if (v.dizziness === 'present') point('VAS-PTS-DIZZINESS', 'dizziness');
  if (v.visual === 'present') point('VAS-PTS-VISUAL', 'visual-disturbance');
  if (v.narrowing === 'present') point('VAS-PTS-IMAGING', 'vertebral-artery-narrowing');
  ASSOCIATED_IDS.forEach((id, i) => {
    if (v.associated[i] === 'present') point('VAS-PTS-ASSOC', id);
  });
  const missing: string[] = [];
  if (v.headache === 'unknown') missing.push('headache');
  if (v.dizziness === 'unknown') missing.push('dizziness');
  if (v.visual === 'unknown') missing.push('visual-disturbance');
  return {
    level: decided.level,
    score,
    triad: {
      headache: tri(v.headache),
      dizziness: tri(v.dizziness),
      visualDisturbance: tri(v.visual),
    },
    reasons,
    missing,
  };
}

const VERTEBROGENIC: FindingId[] = [
  'cervical-osteochondrosis',
  'disc-protrusion',
  'disc-herniation',
  'vertebral-instability',
  'uncovertebral-arthrosis',
];

export function assessCauses(f: Facts): { causes: Cause[]; reasons: Reason[] } {
  const causes: Cause[] = [];
  const reasons: Reason[] = [];
  const found = VERTEBROGENIC.filter((id) => f.state(id) === 'present');
  if (found.length > 0) {
    causes.push('vertebrogenic');
    reasons.push(reasonOf(byId(CAUSE_RULES, 'CAUSE-VERTEBROGENIC'), { findings: found }));
  }
  if (f.state('vertebral-artery-atherosclerosis') === 'present') {
    causes.push('atherosclerotic');
    reasons.push(
      reasonOf(byId(CAUSE_RULES, 'CAUSE-ATHEROSCLEROTIC'), {
        findings: ['vertebral-artery-atherosclerosis'],
      }),
    );
  }
  if (found.length === 0 && f.state('muscle-hypertonicity') === 'present') {
    causes.push('muscular');
    reasons.push(
      reasonOf(byId(CAUSE_RULES, 'CAUSE-MUSCULAR'), { findings: ['muscle-hypertonicity'] }),
    );
  }
  if (causes.length === 0) reasons.push(reasonOf(byId(CAUSE_RULES, 'CAUSE-UNDETERMINED')));
  return { causes, reasons };
}
