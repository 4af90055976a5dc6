/**
 * Urgency screen for vascular red flags (brief §4, §8 and §9): red flags by onset, neck
 * treatment or trauma, dissection, the dissection prodrome, triad features after neck
 * treatment, progressive triad and acute imaging.
 */
import { dayNumber, daysBetween } from './dates';
import { EMERGENCY_FLAG_IDS, NECK_EVENT_IDS, findingLabel, type FindingId } from './finding-ids';
import type { Fact, Facts } from './facts';
import type { Reason, UrgencyLevel } from './model';
import { URGENCY_RULES } from './rules/urgency-rules';
import { loggedDates } from './sessions';

export const RECENT_DAYS = 14;
/** "Recent" neck treatment or trauma: the last 4 weeks (brief §9). */
export const NECK_EVENT_DAYS = 28;
export const ACUTE_IMAGING_URGENT_DAYS = 180;

export interface UrgencyResult {
  level: UrgencyLevel;
  reasons: Reason[];
  /** What to ask: finding ids, or `<id>.onset` for an onset to record. */
  missing: string[];
  /** Unknown fields that could make the urgency `emergency`: no modality clears without them. */
  holdAll: FindingId[];
  /** Unknown fields that could make it `urgent`: the three manual therapies wait for them. */
  holdManual: FindingId[];
}

const RULES = new Map(URGENCY_RULES.map((r) => [r.id, r]));
function reason(id: string, findings: FindingId[], detail: string): Reason {
  const r = RULES.get(id);
  if (!r) throw new Error(`unknown urgency rule ${id}`);
  return { rule: r.id, source: r.source, text: `${r.text} ${detail}`.trim(), findings };
}

/** Dates of a neck treatment or trauma: dated readings, and whether one is undated. */
interface Events {
  dates: string[];
  undated: boolean;
}
function eventsOf(f: Fact, logged: string[] = []): Events | null {
  const present = f.state === 'present';
  if (!present && logged.length === 0) return null;
  return {
    dates: [...(present ? (f.dates ?? []) : []), ...logged],
    undated: present && f.undated === true,
  };
}
function within(onset: string, ev: Events): boolean {
  if (ev.undated) return true;
  const o = dayNumber(onset);
  if (o === null) return false;
  for (const t of ev.dates) {
    const d = dayNumber(t);
    if (d !== null && o - d >= 0 && o - d <= RECENT_DAYS) return true;
  }
  return false;
}

class Screen {
  emergency = false;
  urgent = false;
  readonly reasons: Reason[] = [];
  readonly missing = new Set<string>();
  readonly holdAll = new Set<FindingId>();
  readonly holdManual = new Set<FindingId>();
  add(level: 'emergency' | 'urgent', r: Reason): void {
    if (level === 'emergency') this.emergency = true;
    else this.urgent = true;
    this.reasons.push(r);
  }
}

function redFlags(f: Facts, on: string, s: Screen): void {
  const neck = NECK_EVENT_IDS.filter((id) => f.state(id) === 'present');
  const neckUnknown = NECK_EVENT_IDS.filter((id) => f.state(id) === 'unknown');
  for (const id of EMERGENCY_FLAG_IDS) {
    const fact = f.get(id);
    if (fact.state === 'unknown' || fact.byText) s.holdAll.add(id);
    if (fact.state === 'unknown') continue;
    if (fact.state !== 'present') continue;
    const label = findingLabel(id);
    const days = fact.onset ? daysBetween(fact.onset, on) : null;
    if (days === null)
      s.add('emergency', reason('URG-EMERGENCY-ONSET-UNKNOWN', [id], `(${label})`));
    else if (days <= RECENT_DAYS)
      s.add('emergency', reason('URG-EMERGENCY-RECENT', [id], `(${label}, onset ${fact.onset})`));
    else if (neck.length > 0) {
      const what = neck.map(findingLabel).join(', ').toLowerCase();
      s.add('emergency', reason('URG-EMERGENCY-TRAUMA', [id, ...neck], `(${label} with ${what})`));
    } else {
      s.add('urgent', reason('URG-URGENT-LONGSTANDING', [id], `(${label}, onset ${fact.onset})`));
      for (const t of neckUnknown) s.holdAll.add(t);
    }
  }
}

function dissection(f: Facts, on: string, s: Screen): void {
  const fact = f.get('vertebral-artery-dissection');
  if (fact.state === 'unknown' || fact.byText) s.holdAll.add('vertebral-artery-dissection');
  if (fact.state !== 'present') return;
  const days = fact.onset ? daysBetween(fact.onset, on) : null;
  if (days === null || days <= RECENT_DAYS) {
    const when = days === null ? 'onset not recorded' : `onset ${fact.onset}`;
    s.add('emergency', reason('URG-DISSECTION', ['vertebral-artery-dissection'], `(${when})`));
  } else {
    s.add(
      'urgent',
      reason('URG-DISSECTION-OLD', ['vertebral-artery-dissection'], `(onset ${fact.onset})`),
    );
  }
}

/** New or unusual headache / neck pain: the dissection prodrome (brief §9). */
function prodrome(f: Facts, on: string, s: Screen): void {
  const fact = f.get('new-unusual-headache');
  const treatments: Events[] = [];
  const logged = loggedDates(f.sessions, ['cervical-manipulation', 'collar-zone-massage']);
  for (const id of NECK_EVENT_IDS) {
    const ev = eventsOf(f.get(id));
    if (ev) treatments.push(ev);
  }
  if (logged.length > 0) treatments.push({ dates: logged, undated: false });
  if (fact.state === 'unknown') {
    s.holdManual.add('new-unusual-headache');
    const lastWeeks = treatments.some(
      (ev) =>
        ev.undated ||
        ev.dates.some((t) => {
          const d = daysBetween(t, on);
          return d !== null && d <= NECK_EVENT_DAYS;
        }),
    );
    if (lastWeeks) s.holdAll.add('new-unusual-headache');
    return;
  }
  if (fact.state !== 'present') return;
  const dated = fact.dates ?? [];
  const hit = treatments.some(
    (ev) => (fact.undated === true && ev.undated) || dated.some((o) => within(o, ev)),
  );
  if (hit) {
    s.add('emergency', reason('URG-NEW-HEADACHE-AFTER-NECK', ['new-unusual-headache'], ''));
    return;
  }
  s.add('urgent', reason('URG-NEW-HEADACHE', ['new-unusual-headache'], ''));
  // Unasked neck treatment or trauma could make it an emergency (FS-2).
  for (const id of NECK_EVENT_IDS) if (f.state(id) === 'unknown') s.holdAll.add(id);
  if (fact.undated === true && treatments.some((ev) => ev.dates.length > 0))
    s.missing.add('new-unusual-headache.onset');
}

const TRIAD_FACTS: readonly FindingId[] = [
  'headache',
  'occipital-headache',
  'dizziness',
  'visual-disturbance',
];

/** Triad features after neck manipulation, trauma or massage (brief §9). */
function afterNeckTreatment(f: Facts, on: string, s: Screen): void {
  const manip: Events[] = [];
  const massage: Events[] = [];
  for (const [id, list] of [
    ['recent-cervical-manipulation', manip],
    ['recent-neck-trauma', manip],
    ['recent-neck-massage', massage],
  ] as const) {
    const ev = eventsOf(f.get(id));
    if (ev) list.push(ev);
  }
  const loggedManip = loggedDates(f.sessions, ['cervical-manipulation']);
  if (loggedManip.length > 0) manip.push({ dates: loggedManip, undated: false });
  const loggedMassage = loggedDates(f.sessions, ['collar-zone-massage']);
  if (loggedMassage.length > 0) massage.push({ dates: loggedMassage, undated: false });
  holdUnaskedNeckEvents(f, on, s);
  if (manip.length === 0 && massage.length === 0) return;
  for (const id of TRIAD_FACTS) {
    const fact = f.get(id);
    if (fact.state !== 'present') continue;
    const label = findingLabel(id);
    // One reason per finding: the most severe of its dated readings.
    let emergencyAt: string | null = null;
    let urgentAt: string | null = null;
    let massageAt: string | null = null;
    for (const o of fact.dates ?? []) {
      if (manip.some((ev) => within(o, ev))) {
        if ((daysBetween(o, on) ?? 0) <= RECENT_DAYS) emergencyAt ??= o;
        else urgentAt ??= o;
      } else if (massage.some((ev) => within(o, ev))) massageAt ??= o;
    }
    if (emergencyAt)
      s.add(
        'emergency',
        reason('URG-TRIAD-AFTER-MANIPULATION', [id], `(${label}, onset ${emergencyAt})`),
      );
    else if (urgentAt)
      s.add(
        'urgent',
        reason('URG-TRIAD-AFTER-MANIPULATION-OLD', [id], `(${label}, onset ${urgentAt})`),
      );
    if (massageAt && !emergencyAt && !urgentAt)
      s.add('urgent', reason('URG-TRIAD-AFTER-MASSAGE', [id], `(${label}, onset ${massageAt})`));
    if (fact.undated === true) {
      const unknownAfterManip = manip.length > 0;
      // FS-5: with its onset unknown the feature may have appeared after any neck massage
      // on record, as after a manipulation (the most severe reading): ask when it started;
      // not after a massage by whose day it was already on record (a dated reading, a session's
      // rating above 0, in the four weeks before it).
      const unknownAfterMassage = massage.some(
        (ev) => ev.undated || ev.dates.some((d) => !onRecordBy(f, id, d)),
      );
      if (unknownAfterManip || unknownAfterMassage) {
        s.add(
          'urgent',
          reason('URG-TRIAD-AFTER-NECK-ONSET', [id], `(${label}: when did it start?)`),
        );
        s.missing.add(`${id}.onset`);
      }
    }
  }
}

/** The rating a session logs for a triad feature (visual disturbance has none). */
const RATING: Partial<Record<FindingId, 'headache' | 'dizziness'>> = {
  headache: 'headache',
  'occipital-headache': 'headache',
  dizziness: 'dizziness',
};

/**
 * Whether a feature is on record as present by a massage's day `d`, in the four weeks before
 * it: a dated reading of it, or the latest session rating of it on or before `d` above 0 (a
 * later 0 says it had gone; a rating of last year says nothing).
 */
function onRecordBy(f: Facts, id: FindingId, d: string): boolean {
  if ((f.get(id).dates ?? []).some((k) => within28(k, d))) return true;
  const rating = RATING[id];
  if (!rating) return false;
  // The latest session day on or before the massage: a rating left blank counts as 0 (§8),
  // and of two sessions that day the lower.
  let day: string | null = null;
  let value = 0;
  for (const o of f.sessions.ordered) {
    if (!within28(o.session.date, d)) continue;
    const v = o.session[rating];
    const n = typeof v === 'number' ? v : 0;
    if (day === null || o.session.date > day) {
      day = o.session.date;
      value = n;
    } else if (o.session.date === day) value = Math.min(value, n);
  }
  return day !== null && value > 0;
}

/** `known` falls in the four weeks up to `d`. */
function within28(known: string, d: string): boolean {
  const days = daysBetween(known, d);
  return days !== null && days >= 0 && days <= NECK_EVENT_DAYS;
}

/**
 * FS-2: with a triad feature present, an unasked neck manipulation or trauma could make it an
 * emergency (when the feature started in the last 14 days, or its start is unknown → urgent),
 * and an unasked neck massage could make it urgent.
 */
function holdUnaskedNeckEvents(f: Facts, on: string, s: Screen): void {
  let recent = false;
  let any = false;
  for (const id of TRIAD_FACTS) {
    const fact = f.get(id);
    if (fact.state !== 'present') continue;
    any = true;
    if ((fact.dates ?? []).some((o) => (daysBetween(o, on) ?? 0) <= RECENT_DAYS)) recent = true;
  }
  if (!any) return;
  for (const id of ['recent-cervical-manipulation', 'recent-neck-trauma'] as const) {
    if (f.state(id) !== 'unknown') continue;
    if (recent) s.holdAll.add(id);
    else s.holdManual.add(id);
  }
  if (f.state('recent-neck-massage') === 'unknown') s.holdManual.add('recent-neck-massage');
}

function progression(f: Facts, s: Screen): void {
  const worsening = f.state('worsening-neurology');
  if (worsening === 'present')
    s.add('urgent', reason('URG-URGENT-WORSENING', ['worsening-neurology'], ''));
  else if (worsening === 'unknown') s.holdManual.add('worsening-neurology');
  const progressive = f.get('triad-progressive');
  if (progressive.state === 'present') {
    const from = progressive.sources.filter((x) => x !== 'entry');
    s.add(
      'urgent',
      reason(
        'URG-TRIAD-PROGRESSIVE',
        ['triad-progressive'],
        from.length ? `(${from.join('; ')})` : '',
      ),
    );
  } else if (
    progressive.state === 'unknown' &&
    TRIAD_FACTS.some((id) => f.state(id) === 'present')
  ) {
    s.holdManual.add('triad-progressive');
  }
}

function acuteImaging(f: Facts, on: string, s: Screen): void {
  const what = {
    'acute-stroke': 'acute infarct or haemorrhage',
    occlusion: 'vertebral-artery occlusion or absent flow',
    dissection: 'vertebral-artery dissection',
  };
  const seen = new Set<string>();
  for (const a of f.acuteImaging) {
    // One reason per study and kind (a report naming its dissection twice, or read and confirmed).
    const key = `${a.study} ${a.what}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const days = a.date ? daysBetween(a.date, on) : null;
    const detail = `(imaging[${a.study}]${a.date ? `, ${a.date}` : ', undated'}: ${what[a.what]})`;
    const finding: FindingId =
      a.what === 'acute-stroke'
        ? 'stroke'
        : a.what === 'occlusion'
          ? 'vertebral-artery-narrowing'
          : 'vertebral-artery-dissection';
    if (days === null || days <= RECENT_DAYS)
      s.add('emergency', reason('URG-ACUTE-IMAGING', [finding], detail));
    else if (days <= ACUTE_IMAGING_URGENT_DAYS)
      s.add('urgent', reason('URG-ACUTE-IMAGING-RECENT', [finding], detail));
  }
}

export function assessUrgency(f: Facts, assessedOn: string): UrgencyResult {
  const s = new Screen();
  redFlags(f, assessedOn, s);
  dissection(f, assessedOn, s);
  prodrome(f, assessedOn, s);
  afterNeckTreatment(f, assessedOn, s);
  progression(f, s);
  acuteImaging(f, assessedOn, s);
  const level: UrgencyLevel = s.emergency ? 'emergency' : s.urgent ? 'urgent' : 'none';
  // Emergency reasons first, then urgent ones (stable).
  const rank = (r: Reason): number => (RULES.get(r.rule)?.effect === 'emergency' ? 0 : 1);
  const reasons = s.reasons
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map((x) => x.r);
  const holdAll = s.emergency ? [] : [...s.holdAll];
  const holdManual = s.emergency ? [] : [...new Set([...holdAll, ...s.holdManual])];
  const missing = s.emergency ? [] : [...new Set<string>([...s.missing, ...holdManual])];
  return { level, reasons, missing, holdAll, holdManual };
}
