/**
 * EHR and referral text made ready for reading (split from finding-text.ts): sentences about a
 * relative left out (not a relative who only reports, brings or lives with the patient),
 * checklist answers "no" left out with their names, and phrasings whose negation or question
 * word is not about the finding rewritten ("No improvement in her double vision", "Diplopia
 * for ?3 days", "Never had a headache like this"). Plain TypeScript, no Angular.
 */
import type { FindingId } from '../finding-ids';

const RELATIVE = String.raw`(?:family|mother|father|mom|mum|dad|parents?|brother|sister|sibling|grand\w+|aunt|uncle|son|daughter|relatives?|husband|wife|partner|spouse|nok)`;
/** Words about someone else: their sentence is not the patient's. */
export const SOMEONE_ELSE = new RegExp(String.raw`\b(?:fh|fhx|${RELATIVE})\b`, 'i');
const REL = String.raw`(?:(?:her|his|their|the|the patient's|pt's)\s+)?${RELATIVE}(?:\s*\([^)]{0,12}\))?`;
const SAYS = String.raw`(?:reports?|reported|notic\w*|notes?|noted|says|said|states?|stated|observed|witnessed|describes?|described|thinks|feels|felt|concerned|worried|called|phoned|rang|brought)`;
/**
 * A relative who tells, brings, accompanies or lives with the patient, not one the finding is
 * about ("Daughter reports slurred speech", "noticed by her daughter", "Per son", "her son's
 * car"); not "Brother reported to have had a VA dissection", "lives with her son who had a stroke".
 */
const REPORTER = new RegExp(
  [
    String.raw`\b${REL}\s+(?:(?:has|have|had|is|was)\s+)?${SAYS}\b(?!\s+(?:to\s+(?:have|be|suffer)|that\s+(?:she|he|they)\s+(?:has|had|have)))`,
    String.raw`\b${REL},\s+who\s+(?:brought|accompanied)\s+(?:her|him|them)(?:\s+in)?,\s+${SAYS}`,
    String.raw`\b(?:brought(?: in)?|accompanied|seen|referred|witnessed|driven|noticed|noted|observed|reported)\s+by\s+${REL}`,
    String.raw`\b(?:as\s+)?(?:per|according to)\s+${REL}`,
    String.raw`\bcollateral(?:\s+history)?\s+(?:from|by)\s+${REL}`,
    String.raw`\b(?:lives|living|stays|staying|looking after|caring for|babysitting)\s+(?:with\s+)?${REL}(?!\s*,?\s*(?:who|with)\b)`,
    String.raw`\b${REL}['\u2019]s\s+(?:car|house|home|place|flat|farm|wedding|party|funeral|birthday|garden|dog|horse|bike)\b`,
  ].join('|'),
  'gi',
);
/** A family-history heading on a line of its own: the bulleted lines under it are the relatives'. */
const FH_HEADING = /^\s*(?:fh|fhx|family (?:history|hx))\s*[:\u2013-]?\s*$/i;
/** Words that say the patient's own story ("now", "pt", a time): such a part is the patient's. */
const PATIENT_WORDS =
  /\b(?:now|pt|patient|she|he|i|c\/o|presents?|presenting|since|ago|today|yesterday|this (?:morning|week)|\d+\/(?:7|52|12))\b/i;

/**
 * The patient's own words: each sentence, line or semicolon part about a relative left out;
 * a part after one about a relative, with nothing of the patient's story in it, left out too
 * ("FH: stroke; TIA"); a reporter's words taken out ("Daughter reports").
 */
export function ownWords(t: string): string {
  if (!SOMEONE_ELSE.test(t)) return t;
  let relatives = false;
  let heading = false;
  return t
    .split(/(?<=[.!?;])\s+|(?<=;)|\n/)
    .map((part) => {
      if (FH_HEADING.test(part)) {
        heading = true;
        return ' ';
      }
      if (heading && /^\s*[-\u2022*]/.test(part)) return ' ';
      heading = false;
      const own = part.replace(REPORTER, ' ');
      if (SOMEONE_ELSE.test(own)) {
        relatives = true;
        return ' ';
      }
      if (relatives && !PATIENT_WORDS.test(own) && own.trim().length < 40) return ' ';
      relatives = false;
      return own;
    })
    .join('\n');
}

/**
 * An answer "no" after a name of up to three words in a form or a checklist ("Dizziness: no",
 * "diplopia N,", "Trauma - nil", "Diplopia Y dizziness N"): the pair is left out, so the name
 * is not read as affirmed; not a longer phrase ("strain of neck with head trauma denied"),
 * nor "N/V" or "N/K".
 */
const NOT_ANSWER = String.raw`(?!(?:y|yes|n|no)\b)`;
const ANSWERED_NO = new RegExp(
  String.raw`(^|[,;.\n/:]|\b(?:y|yes)\s)(\s*(?:${NOT_ANSWER}[\w'\u2019-]+\s+){0,2}${NOT_ANSWER}[\w'\u2019-]+)(?::\s*|\s*[-\u2013]\s*|\s+)(?:no|n|nil|none|neg(?:ative)?|-ve|absent|denied)\.?(?=\s*(?:[,;.\n]|$))`,
  'gi',
);

/** Phrasings whose negation or question word is not about the finding, and their reading. */
const REWRITES: readonly [RegExp, string][] = [
  // "Diplopia for ?3 days", "?2/7 ago": a doubt about the time, not the finding.
  [/\?+\s*(?=\d)/g, ''],
  // "manipulation?? stroke": a double question mark asks about what follows.
  [/(\w)\s*(\?{2,})\s*(?=[a-z])/gi, '$1 $2'],
  // "Never had a headache like this before": a new, unusual headache (§9).
  [
    /\bnever (?:had|experienced|felt) (?:a |an |any )?(headaches?|h\/a|pain|neck pain) like (?:this|it)(?: before)?/gi,
    'new $1 unlike any',
  ],
  // "No improvement in her double vision": the symptom goes on.
  [
    /\b(?:no|not any|without)\s+(?:improvement|change|resolution|relief)\s+(?:in|of|with)\b/gi,
    'persisting',
  ],
  // "Cannot look up without feeling dizzy": dizzy on looking up.
  [
    /\b(?:cannot|can't|can not|unable to)\s+([^.;,]{0,40}?)\s+without\s+(?:feeling\s+|getting\s+|becoming\s+|being\s+)?(dizz\w*|vertigo|light-?headed\w*)/gi,
    '$2 when $1',
  ],
  // "Non-traumatic", "not sleeping": words that deny something other than a finding.
  [/\bnon-?(?:traumatic|specific|urgent|radiating|productive|tender|pulsatile)\b/gi, ' '],
  [/\bnot (?:sleeping|eating|working|coping|driving|able to work|at work)\b/gi, ' '],
  // "Falls without warning": no denial of the falls.
  [/\bwithout (?:any )?(?:warning|prodrome)\b/gi, 'unheralded'],
  [/\bno warning\b/gi, 'unheralded'],
];

/** The text made ready: the patient's own words, answers "no" out, phrasings rewritten. */
export function prepared(t: string): string {
  let out = ownWords(t).replace(ANSWERED_NO, '$1 ');
  for (const [re, by] of REWRITES) out = out.replace(re, by);
  return out;
}

/** Words that ask about a finding: a question goes on over "and"/"or" and a comma list. */
export const QUESTION =
  /\b(?:rule[- ]out|ruled[- ]out|r\/o|query|exclude|excluding|suspected|possible|probable|(?:checked|tested|test(?:s|ing)?|screen(?:ed|ing)?|investigated) for|\?\s*\w)|\?/i;
/** Words that only fear or worry: a symptom beside them is still the patient's. */
export const WORRY = /\b(?:fears?|afraid|worr(?:y|ied|ies)|concern(?:ed|s)?|anxious)\b/gi;
/** Findings one asks about (diagnoses): a question's list goes on over them only. */
export const ASKABLE: ReadonlySet<FindingId> = new Set<FindingId>([
  'vertebral-artery-dissection',
  'vertebral-artery-narrowing',
  'vertebral-artery-atherosclerosis',
  'confirmed-vas',
  'stroke',
  'tia',
  'brain-tumour',
  'malignancy',
  'malignancy-history',
  'multiple-sclerosis',
  'meningitis',
  'bppv',
  'spinal-tumour-or-cyst',
  'thyroid-disease',
]);
