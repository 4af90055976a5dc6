/** Urgency screen for vascular red flags (brief section 4). */
import { daysBetween } from './dates';
import { EMERGENCY_FLAG_IDS, findingLabel, type FindingId } from './finding-ids';
import type { Facts } from './facts';
import type { Reason, UrgencyLevel } from './model';
import { URGENCY_RULES } from './rules/vas-rules';

export const RECENT_DAYS = 14;

export interface UrgencyResult {
  level: UrgencyLevel;
  reasons: Reason[];
  /** Unknown fields that could make the urgency `emergency`: no modality clears without them. */
  missing: FindingId[];
  /** Unknown fields that could make it `urgent`. */
  missingUrgent: FindingId[];
}

function reason(id: string, findings: FindingId[], detail: string): Reason {
  const r = URGENCY_RULES.find((x) => x.id === id);
  if (!r) throw new Error(`unknown urgency rule ${id}`);
  return { rule: r.id, source: r.source, text: `${r.text} ${detail}`.trim(), findings };
}

export function assessUrgency(f: Facts, assessedOn: string): UrgencyResult {
  const reasons: Reason[] = [];
  const missing = new Set<FindingId>();
  const trauma: FindingId[] = (
    ['recent-neck-trauma', 'recent-cervical-manipulation'] as const
  ).filter((id) => f.state(id) === 'present');
  const traumaUnknown = (['recent-neck-trauma', 'recent-cervical-manipulation'] as const).filter(
    (id) => f.state(id) === 'unknown',
  );
  let emergency = false;
  let urgent = false;
  for (const id of EMERGENCY_FLAG_IDS) {
    const fact = f.get(id);
    if (fact.state === 'unknown') {
      missing.add(id);
      continue;
    }
    if (fact.state !== 'present') continue;
    const label = findingLabel(id);
    const days = fact.onset ? daysBetween(fact.onset, assessedOn) : null;
    if (days === null) {
      emergency = true;
      reasons.push(reason('URG-EMERGENCY-ONSET-UNKNOWN', [id], `(${label})`));
    } else if (days <= RECENT_DAYS) {
      emergency = true;
      reasons.push(reason('URG-EMERGENCY-RECENT', [id], `(${label}, onset ${fact.onset})`));
    } else if (trauma.length > 0) {
      emergency = true;
      reasons.push(
        reason(
          'URG-EMERGENCY-TRAUMA',
          [id, ...trauma],
          `(${label} with ${trauma.map(findingLabel).join(', ').toLowerCase()})`,
        ),
      );
    } else {
      urgent = true;
      reasons.push(reason('URG-URGENT-LONGSTANDING', [id], `(${label}, onset ${fact.onset})`));
      for (const t of traumaUnknown) missing.add(t);
    }
  }
  const worsening = f.state('worsening-neurology');
  if (worsening === 'present') {
    urgent = true;
    reasons.push(reason('URG-URGENT-WORSENING', ['worsening-neurology'], ''));
  }
  const level: UrgencyLevel = emergency ? 'emergency' : urgent ? 'urgent' : 'none';
  // Emergency reasons first, then urgent ones.
  reasons.sort(
    (a, b) => Number(a.rule.startsWith('URG-URGENT')) - Number(b.rule.startsWith('URG-URGENT')),
  );
  return {
    level,
    reasons,
    missing: emergency ? [] : [...missing],
    missingUrgent: level === 'none' && worsening === 'unknown' ? ['worsening-neurology'] : [],
  };
}
