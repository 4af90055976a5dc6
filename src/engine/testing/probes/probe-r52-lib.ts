/**
 * Round 52's helpers (/tmp/probe52/a-part.ts): a probe on PROBE_BASE (every intake finding
 * answered "no", a clean cervical X-ray of 2026-10-01, assessed 2026-11-20) with the studies,
 * sessions and referral the vignette writes, named as the round's harness printed it, and the
 * round's shared bounds (lower bounds; upper bounds under `max`, as probe-r51-lib.ts reads
 * them). Test data only, all synthetic.
 */
import type { CaseFile, Referral } from '../../model';
import { buildCase, type CaseDelta, type Probe } from './probe-model';
import { bounded, showS, type Bounds, type Kind } from './probe-r51-lib';

export { EMER, s, type Bounds } from './probe-r51-lib';
export { study as st } from './probe-r17-lib';

/** A report of several lines. */
export const rep = (...l: string[]): string => l.join('\n');
/** The first line of a report (its title), with the number of lines when it has more. */
const title = (report: string | undefined): string => {
  const lines = (report ?? '').split('\n');
  return lines.length > 1 ? `${lines[0]} (${lines.length} lines)` : lines[0]!;
};

/** A round 52 vignette: PROBE_BASE with `d` (and a referral, when given). */
export function vignette(
  probes: Probe[],
  family: string,
  id: string,
  kind: Kind | 'control',
  d: CaseDelta & { referral?: Referral },
  b: Bounds,
  rule: string,
): void {
  const parts: string[] = [];
  if (d.findings)
    parts.push(
      'intake ' +
        JSON.stringify(d.findings, (_k, v: unknown) => (v === undefined ? 'UNANSWERED' : v)),
    );
  if (d.imaging) parts.push('imaging REPLACED');
  for (const x of d.imaging ?? d.add ?? [])
    parts.push(`${x.modality}/${x.region} ${x.date ?? 'UNDATED'}: ${title(x.report)}`);
  if (d.sessions) parts.push('sessions ' + showS(d.sessions));
  if (d.referral) parts.push('referral ' + JSON.stringify(d.referral));
  const { referral, ...delta } = d;
  const whole: CaseFile | undefined = referral ? { ...buildCase(delta), referral } : undefined;
  probes.push({
    round: 52,
    family,
    name: `${id}: ${parts.join(' | ') || 'nothing added'}`,
    rule: `${kind === 'false-alarm' ? 'false alarm' : kind}: ${rule}`,
    delta: whole ? { whole } : delta,
    expect: bounded(b),
  });
}

const CI = 'contraindicated';
/** A VA dissection read (s5: at any time; s4/s8: onset from the text unknown). */
export const DISS_ANY: Bounds = { manip: CI, czm: CI, urg: 'urgent' };
export const DISS_ANY_T =
  'VA dissection read (s5: at any time -> manip+czm contraindicated; s4/s8: onset from text unknown -> at least urgent)';
export const UVA: Bounds = { manip: CI };
export const UVA_T =
  'uncovertebral arthrosis read (s5 ART strict; FS-7 text adds): manip contraindicated';
export const HIGH2: Bounds = { manip: CI, czm: 'not-cleared', vas: 'high' };
export const HIGH2_T =
  'headache + dizziness present + imaging VA narrowing / reduced flow (s3 high): manip contraindicated (FR), czm not-cleared (s5)';
/** Headache and dizziness present since August. */
export const TRI2 = {
  headache: { present: true, onset: '2026-08-01' },
  dizziness: { present: true, onset: '2026-08-01' },
};
/** Nothing raised: all four clear, urgency none. */
export const CLEAR: Bounds = {
  max: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
/** An infarct read without an acute word: onset unknown, treated as recent; not an emergency. */
export const OLD_NOT_EMERG: Bounds = { manip: CI, czm: CI, max: { urg: 'urgent' } };
export const STROKE_RECENT: Bounds = { manip: CI, czm: CI };
