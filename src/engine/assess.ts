/** From one validated case file to its assessment (the contract's output). */
import { assessedOnFilledIn } from './assessed-on';
import { assessCourse, type CourseResult } from './course';
import { buildFacts, type Facts } from './facts';
import { hasNoReportText } from './facts-imaging';
import { findingLabel } from './finding-ids';
import {
  MODALITIES,
  type Assessment,
  type AssessmentWarning,
  type CaseFile,
  type Modality,
} from './model';
import { analyseSessions } from './sessions';
import { assessModalities, missingLabel } from './modalities';
import { RULES_VERSION } from './rules';
import { assessUrgency } from './urgency';
import { assessCauses, assessVas } from './vas';

export const ENGINE_VERSION = '0.2.0';

export interface AssessOptions {
  /**
   * The case file had no `assessedOn` (validation filled in today): say so (FS-8). Default:
   * whether validateCase filled in this very object's date.
   */
  assessedOnMissing?: boolean;
  /**
   * False: keep nothing for a later call with the same objects (many cases at once, each
   * assessed once: a worklist's triage, an import). Default true: the live view re-assesses
   * one case on every edit and reuses what did not change.
   */
  remember?: boolean;
}

/** FS-8: reports the reader could not vouch for having read. */
function reportWarnings(c: CaseFile, facts: Facts): AssessmentWarning[] {
  const out: AssessmentWarning[] = [];
  (c.imaging ?? []).forEach((s, i) => {
    if (facts.machineRead[i] !== false) return;
    const study = `${s.modality}${s.date ? `, ${s.date}` : ''}`;
    out.push({
      code: 'report-not-read',
      field: `imaging[${i}].report`,
      // A study with no text and nothing confirmed on it (round 52 B49, B50).
      text: hasNoReportText(s)
        ? `Imaging study has no report text (${study}): read the report and answer the questions; nothing in the study was assessed.`
        : `Report not machine-read (${study}): read it and answer the questions; nothing in it was assessed.`,
    });
  });
  return out;
}

const MODALITY_LABEL: Record<Modality, string> = {
  'cervical-manipulation': 'cervical manipulation / mobilisation',
  'collar-zone-massage': 'collar-zone massage',
  'back-massage': 'back massage',
  'therapeutic-exercise': 'therapeutic exercise',
};
export function modalityLabel(m: Modality): string {
  return MODALITY_LABEL[m];
}

interface Verdicts {
  vas: Assessment['vas'];
  urgency: ReturnType<typeof assessUrgency>;
  causes: ReturnType<typeof assessCauses>;
  modalities: Assessment['modalities'];
}
/** What the verdicts were derived from besides the facts, and the verdicts. */
interface Derived {
  course: CourseResult;
  birthDate: string | undefined;
  verdicts: Verdicts;
}

/**
 * Memo on the facts (themselves memoised per findings, imaging, session log and date): the
 * verdicts read nothing else but the course result and the birth date, checked here.
 */
function verdicts(c: CaseFile, facts: Facts, course: CourseResult): Verdicts {
  const birthDate = c.patient?.birthDate;
  const hit = facts.derived as Derived | undefined;
  if (hit && hit.course === course && hit.birthDate === birthDate) return hit.verdicts;
  const urgency = assessUrgency(facts, c.assessedOn);
  const v: Verdicts = {
    vas: assessVas(facts),
    urgency,
    causes: assessCauses(facts),
    modalities: assessModalities(c, facts, urgency, course),
  };
  facts.derived = { course, birthDate, verdicts: v } satisfies Derived;
  return v;
}

export function assess(c: CaseFile, options: AssessOptions = {}): Assessment {
  const sessions = analyseSessions(c.sessions ?? [], options.remember !== false);
  const facts = buildFacts(c, sessions);
  const course = assessCourse(c, sessions);
  const { vas, urgency, causes, modalities } = verdicts(c, facts, course);
  const warnings = [...reportWarnings(c, facts), ...course.warnings];
  if (options.assessedOnMissing ?? assessedOnFilledIn(c))
    warnings.push({
      code: 'assessed-on-missing',
      field: 'assessedOn',
      text: `No assessment date in the file: assessed as of ${c.assessedOn} (today).`,
    });

  const rec: string[] = [];
  const workup: string[] = [];
  if (urgency.level === 'emergency') rec.push('Refer to emergency care now; no manual therapy.');
  if (urgency.level === 'urgent')
    rec.push('Refer for neurologist review before any manual therapy.');
  if (vas.level === 'confirmed')
    rec.push(
      'Vertebral artery syndrome diagnosis on record: follow the neurologist’s plan; no collar-zone massage or neck manipulation.',
    );
  if (vas.level === 'high')
    rec.push(
      'High suspicion of vertebral artery syndrome: consider neurologist referral and work-up before manual therapy of the neck.',
    );
  if (vas.level === 'moderate')
    rec.push(
      'Moderate suspicion of vertebral artery syndrome: consider Doppler / duplex ultrasound of neck vessels before neck manipulation.',
    );
  if (vas.level === 'indeterminate')
    rec.push(
      `Ask about ${vas.missing.map((id) => findingLabel(id as never).toLowerCase()).join(', ')} before relying on the suspicion level.`,
    );
  if (causes.causes.includes('atherosclerotic'))
    rec.push(
      'Vertebral-artery atherosclerosis on record: consider a different treatment tactic (vascular / neurology management) rather than manual therapy.',
    );
  const hasDoppler = (c.imaging ?? []).some(
    (s) => s.region === 'neck-vessels' || ['doppler', 'cta', 'mra'].includes(s.modality),
  );
  const hasSpine = (c.imaging ?? []).some((s) => s.region === 'cervical-spine');
  if (causes.causes.length === 0 || (vas.level !== 'low' && !hasDoppler)) {
    if (!hasDoppler) workup.push('Doppler / duplex ultrasound of neck vessels');
    if (!hasSpine) workup.push('X-ray and MRI of the cervical spine');
    if (causes.causes.length === 0 && workup.length === 0)
      workup.push('Review imaging for a vertebrogenic, atherosclerotic or muscular cause');
  }
  if (workup.length > 0) rec.push(`Consider work-up: ${workup.join('; ')}.`);
  for (const m of MODALITIES) {
    const a = modalities[m];
    if (a.verdict === 'not-cleared' && a.missing.length > 0) {
      rec.push(`To clear ${MODALITY_LABEL[m]}, answer: ${a.missing.map(missingLabel).join(', ')}.`);
    }
  }
  if (course.stopped.length > 0) {
    const mods = course.stopped.map((m) => MODALITY_LABEL[m]).join(', ');
    rec.push(
      `Stop the course (${mods}), review technique and consider referral; re-run this screen.`,
    );
  }
  for (const w of warnings) if (w.code === 'report-not-read') rec.push(w.text);
  if (course.status === 'concerning') rec.push('Course concerning: review at the next visit.');
  const onsets = (urgency.missing ?? []).filter((m) => m.endsWith('.onset'));
  if (onsets.length > 0)
    rec.push(`Record when it started: ${onsets.map(missingLabel).join(', ').toLowerCase()}.`);

  return {
    caseId: c.id,
    vas,
    urgency: { level: urgency.level, reasons: urgency.reasons, missing: urgency.missing },
    causes: causes.causes,
    modalities,
    course: { status: course.status, flags: course.flags, courses: course.courses },
    recommendations: rec,
    assessedOn: c.assessedOn,
    engineVersion: ENGINE_VERSION,
    rulesVersion: RULES_VERSION,
    workup,
    causeReasons: causes.reasons,
    warnings,
    conflicts: facts.conflicts.map((x) => `${x.rule}: ${x.text}`),
    conflictDetails: facts.conflicts,
  };
}
