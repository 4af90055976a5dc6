/**
 * The patient's painkiller rule (brief §6, §8): painkiller tablets taken for more than
 * ANALGESIC_DAYS days, alone or in a run of entries; aspirin at an antiplatelet dose is none.
 * Split from course.ts. Plain TypeScript, no Angular.
 */
import { flag } from './course-flag';
import { dayNumber, daysBetween } from './dates';
import type { AssessmentWarning, CaseFile, Medication, Reason } from './model';
import { isPainkiller } from './rules/analgesics';

export const ANALGESIC_DAYS = 4;

const ORAL_SOLID =
  /tablet|tabs?\b|capsule|caps?\b|kapsel|caplet|softgel|gel ?cap|dragee|drag[eé]e|lozenge|pill|oral|p\.?o\.?\b|by mouth|sachet|granule|powder|таблет|капсул|драже|пакет|порош/i;
/** Painkillers only taken into the body (no gel or cream of them is sold). */
const SYSTEMIC_ONLY =
  /\b(?:paracetamol|acetaminoph?en|tramadol|codeine|dihydrocodeine|metamizol\w*|dipyrone|oxycodone|morphine|tapentadol|hydrocodone)/i;
/** Not taken by mouth: applied to the skin, injected, inhaled, into the eye, ear, nose or rectum. */
const NOT_BY_MOUTH =
  /(?<!\b(?:liqui|liquid|liquid-filled|soft|oral)[- ]?)\bgels?\b(?![- ]?caps?|\s*\(\w*kapsel)|emulgel|\b(?:cream|cr[eè]me|ointment|salve|salbe|balm|pommade|liniment|embrocation|rub|cataplasm|poultice|roll-on|mousse|lotion|foam|patch(?:es)?|plaster|machine|c?pap|(?<!\b(?:oral|oromucosal|mouth|sublingual|buccal)\s)spray|topical|transdermal|cutaneous|injection|injectable|infusion|ampoule|ampule|vial|syringe|suppositor\w*|supp\b|z[aä]pfchen|rectal|per rectum|inhal\w*|nebul\w*|nasal|eye|ear|ophthalmic|otic|intramuscular|intravenous|subcutaneous)\b|\b(?:inj|i\.v|i\.m|s\.c)\.|гель|мазь|крем|пластыр|инъекц|ампул|свеч/i;
/**
 * Taken by mouth: a tablet or capsule by any name ("effervescent", "soluble", "Tbl.",
 * "comprimé", "SR"), anything not applied, injected or inhaled; an explicit `analgesic` flag
 * counts (brief §8).
 */
const isTablet = (m: Medication): boolean =>
  m.analgesic === true ||
  // (Not a machine: "APAP (auto-CPAP) machine".)
  (!/\b(?:machine|c?pap|bipap)\b/i.test(`${m.name} ${m.form ?? ''}`) && takenByMouth(m));

const takenByMouth = (m: Medication): boolean =>
  // Painkillers that are never put on the skin: any form but an injection or suppository.
  (SYSTEMIC_ONLY.test(m.name) && !/inj|infus|suppos|rectal|\bi\.?v\b/i.test(m.form ?? '')) ||
  m.form === undefined ||
  m.form.trim() === '' ||
  ORAL_SOLID.test(m.form) ||
  !NOT_BY_MOUTH.test(m.form);

/** A painkiller run that ended this long before the assessment says nothing of the course. */
const PAST_RUN_DAYS = 180;
/**
 * Aspirin at an antiplatelet dose ("Aspirin 75 mg", "low-dose aspirin", "baby aspirin",
 * "Aspirin EC 75", "Аспирин Кардио 100 мг", "cardiac aspirin"): not a painkiller.
 */
const LOW_DOSE_ASPIRIN =
  /(?<![\w\u0400-\u04ff])(?:low[- ]dose (?:aspirin|asa)|baby aspirin|(?:aspirin|acetylsalicylic acid|asa|\u0430\u0441\u043f\u0438\u0440\u0438\u043d)[\w\u0400-\u04ff]*(?: [\w\u0400-\u04ff]+)? (?:75|81|100|150)(?: ?(?:mg|\u043c\u0433))?(?![\d.,]| *(?:x|\*) *[2-9])|(?:aspirin|\u0430\u0441\u043f\u0438\u0440\u0438\u043d) ?(?:cardio|protect|\u043a\u0430\u0440\u0434\u0438\u043e)[\w\u0400-\u04ff]*|cardi(?:o|ac) ?aspirin)(?![\w\u0400-\u04ff])/gi;
/**
 * An aspirin entry taken as a painkiller all the same: "for neck pain", several tablets a
 * dose, three or four times a day, a painkiller's dose ("1 g daily").
 */
const PAINKILLER_USE =
  /\bfor (?:the )?(?:(?:neck|back|head|joint|muscle|shoulder)\s+)?(?:pain|ache|headache|analgesia)\b|\b(?:[2-9]|two|three|four) (?:tablets|tabs|caps(?:ules)?)\b|\b(?:qds|qid|tds|tid|q[46]h|four times|three times)\b|(?:^|[^\d.,])(?:[3-9]\d\d ?mg|[1-9](?:[.,]\d+)? ?g)\b/i;

/** An antiplatelet aspirin and nothing else for pain in the entry. */
function antiplateletOnly(m: Medication): boolean {
  const text = `${m.name} ${m.form ?? ''}`;
  LOW_DOSE_ASPIRIN.lastIndex = 0;
  if (!LOW_DOSE_ASPIRIN.test(text) || PAINKILLER_USE.test(text)) return false;
  // "Paracetamol 1 g QDS; aspirin 75 mg OD": the other drug of the entry is a painkiller.
  return !isPainkiller(text.replace(LOW_DOSE_ASPIRIN, ' '));
}

export function medicationFlags(c: CaseFile, out: Reason[], warnings: AssessmentWarning[]): void {
  // Runs over several entries need two of them: a single entry allocates nothing more.
  const taken: Taken[] | null = (c.medications?.length ?? 0) > 1 ? [] : null;
  (c.medications ?? []).forEach((m, i) => {
    if (!isTablet(m)) return;
    const painkiller = m.analgesic ?? isPainkiller(m.name);
    if (!painkiller) {
      if (m.analgesic === undefined)
        warnings.push({
          code: 'unrecognised-tablet',
          field: `medications[${i}]`,
          text: `"${m.name}" is not recognised as a painkiller: mark whether it is one (painkillers taken for more than ${ANALGESIC_DAYS} days raise a course flag).`,
        });
      return;
    }
    if (!m.start) return;
    // Days taken so far (a 10-day prescription begun 2 days ago is 3 days), and not a run
    // long over (ibuprofen after a dental operation two years ago).
    const until = m.end !== undefined && m.end < c.assessedOn ? m.end : c.assessedOn;
    if ((daysBetween(until, c.assessedOn) ?? 0) > PAST_RUN_DAYS) return;
    if (m.analgesic !== true && antiplateletOnly(m)) return;
    const days = (daysBetween(m.start, until) ?? 0) + 1;
    const alone = days > ANALGESIC_DAYS;
    if (alone)
      out.push(flag('COURSE-ANALGESICS-4-DAYS', `${m.name}: ${days} days from ${m.start}.`));
    const from = dayNumber(m.start);
    if (taken && from !== null)
      taken.push({ name: m.name, start: m.start, from, to: from + Math.max(days, 1) - 1, alone });
  });
  if (taken) runFlags(taken, out);
}

/** A painkiller entry's days (day numbers, inclusive); `alone`: over the limit by itself. */
interface Taken {
  name: string;
  start: string;
  from: number;
  to: number;
  alone: boolean;
}

/**
 * The rule belongs to the patient (brief §8): painkiller entries whose days follow on or
 * overlap ("ibuprofen 3 days, then paracetamol 3 days"; a repeat prescription entered
 * again) count as one run of days. A run over the limit raises the flag once, unless one
 * of its entries raised it alone.
 */
function runFlags(taken: Taken[], out: Reason[]): void {
  if (taken.length < 2) return;
  taken.sort((a, b) => a.from - b.from);
  for (let i = 0; i < taken.length; ) {
    const run = [taken[i]!];
    let to = taken[i]!.to;
    for (i++; i < taken.length && taken[i]!.from <= to + 1; i++) {
      run.push(taken[i]!);
      to = Math.max(to, taken[i]!.to);
    }
    const days = to - run[0]!.from + 1;
    if (run.length < 2 || days <= ANALGESIC_DAYS || run.some((t) => t.alone)) continue;
    const names = [...new Set(run.map((t) => t.name))].join(', ');
    out.push(
      flag(
        'COURSE-ANALGESICS-4-DAYS',
        `${names}: ${days} days in a row from ${run[0]!.start} (${run.length} entries together).`,
      ),
    );
  }
}
