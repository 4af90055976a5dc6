/**
 * EHR and referral text made ready for reading (split from finding-text.ts): a relative's or
 * another person's story left out (not a relative who only reports, brings or is with the
 * patient),
 * checklist answers "no" left out with their names, and phrasings whose negation or question
 * word is not about the finding rewritten ("No improvement in her double vision", "Diplopia
 * for ?3 days", "Never had a headache like this"). Plain TypeScript, no Angular.
 */
import type { FindingId } from '../finding-ids';
import { linesMadePlain, namesOnly } from './text-lines';

const RELATIVE = String.raw`(?:family|(?:mother|father|brother|sister|sibling|son|daughter|aunt|uncle|cousin|grandparent|grandmother|grandfather|grandson|granddaughter|parent|relative|nephew|niece)s?|mom|mum|dad|husband|wife|partner|spouse|nok|friend|colleague|neighbou?r|flatmate|housemate|boyfriend|girlfriend|fianc[eé]e?)(?:-in-law)?`;
/** Words about someone else (any relative named): the text may hold a relative's history. */
export const SOMEONE_ELSE = new RegExp(String.raw`\b(?:fh|fhx|${RELATIVE})\b`, 'i');
const REL = String.raw`\b(?:(?:her|his|their|the|the patient's|pt's|a)\s+)?${RELATIVE}\b(?:\s*\([^)]{0,12}\))?`;
const SAYS = String.raw`(?:reports?|reported|notic\w*|notes?|noted|says|said|states?|stated|observed|witnessed|describes?|described|thinks|feels|felt|concerned|worried|called|phoned|rang|brought|found)`;
/**
 * A relative who tells, brings or finds the patient: those words are taken out ("Daughter
 * reports", "noticed by her daughter", "Per son", "Collateral from son:").
 */
const REPORTER = new RegExp(
  [
    String.raw`${REL}\s+(?:(?:has|have|had|is|was)\s+(?:been\s+)?)?${SAYS}\b(?!\s+to\s+(?:have|be|suffer))(?:\s+(?:that|about|by))?`,
    String.raw`${REL}\s+(?:had|has|have)\s+to\s+(?:help|bring|drive|carry|support)\s+(?:her|him|them)\b`,
    String.raw`${REL}\s+(?:has been|had been|is|was|stayed|stays|is staying)\s+with\s+(?:her|him|them)\b`,
    String.raw`\b(?:brought(?: in)?|accompanied|seen|referred|witnessed|driven|noticed|noted|observed|reported|found)\s+by\s+${REL}`,
    String.raw`\b(?:as\s+)?(?:per|according to)\s+${REL}`,
    String.raw`\b(?:attends?|attended|came|comes|here)\s+(?:today\s+)?with\s+(?:her|his|their)\s+${REL}\s+and\b`,
    String.raw`\bcollateral(?:\s+history)?\s+(?:from|by)\s+${REL}\s*:?`,
  ].join('|'),
  'gi',
);
/**
 * Where a relative's own history starts ("FH: stroke", "Mother had a stroke", "brother
 * reported to have had a VA dissection", "wife, who is on warfarin", "mother - MS", "her
 * mother's stroke"); not a relative who is only there ("Attends with wife", "during sex with
 * his wife", "72-year-old grandmother with sudden severe headache").
 */
const RELATIVE_STORY = new RegExp(
  [
    String.raw`\b(?:fh|fhx|family (?:history|hx))\b`,
    String.raw`${REL}\s*(?:,\s*(?:aged\s+)?\d+\s*,?\s*(?:has|had|with|is)\b|\((?=[^)]*\b(?:stroke|tia|dissection|cancer|ms|dysphagia|dementia)))`,
    String.raw`${REL}\s+(?:is|was)\s+(?:currently\s+|now\s+|still\s+)?(?:in hospital|admitted|recovering|being treated|under treatment|hospitali[sz]ed)\b`,
    String.raw`(?<!(?:(?:year|yr)s?[- ]old|y\/?o|yo)\s+|\d\s*)${REL}(?!\s+of\b)\s*(?:[:\u2013]|\s-\s|,?\s*who\b|\s+(?:(?!(?:she|he|that|her|him|the patient|pt)\b)[\w'-]+\s+){0,3}?(?:to have|has|had|have|with|was diagnosed|diagnosed|died|suffers?|suffered|passed away)\b)`,
    String.raw`${REL}['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:stroke|tia|dissection|cancer|tumou?r|ms|dementia|death|illness|diagnosis|history|condition|disease)\b`,
  ].join('|'),
  'i',
);
/** A finding of a relative named after it ("Stroke in father", "history of MS in her mother"). */
const RELATIVE_AFTER = new RegExp(
  String.raw`(?<!\b(?:birth|birthday|anniversary|death|care|wedding|funeral|house|home|party|graduation|help|christening|baptism|visit|bedside|holiday|concert|match|game|recital)\s)\b(?:in|of|affecting)\s+(?:(?:her|his|their|the|a|both)\s+)?${RELATIVE}\b(?!['\u2019]s)|(?:\s[-\u2013]|:|\()\s*(?:(?:her|his|their|the|a|both)\s+)?${RELATIVE}\b\s*\)?\s*[.;,]?\s*$`,
  'i',
);
/** A heading that opens another part of a note ("PMH:", "SH:", "PC:", "HPC:"). */
const HEADING = /^\s*[A-Za-z][\w/ ]{0,24}:/;
/** Words of the patient's own story: a part with them is not a relative's ("now", a time). */
const PATIENT_WORDS =
  /\b(?:now|pt|patient|c\/o|presents?|presenting|today|yesterday|this (?:morning|week)|ago|\d+\/(?:7|52|12)|since (?:yesterday|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

/**
 * The patient's own words: a relative's story blanked from where it starts to the end of its
 * part (a sentence, a line, a semicolon part; at a comma, what follows is the patient's again
 * when it names the patient: "Mother had a stroke, pt now has diplopia"); the short parts
 * just after a family history with nothing of the patient's in them blanked too ("FH: stroke;
 * TIA"); a reporter's words taken out ("Daughter reports").
 */
export function ownWords(t: string): string {
  if (!SOMEONE_ELSE.test(t)) return t;
  let family = false;
  return t
    .split(/(?<=[.!?;])\s+|(?<=;)|\n/)
    .map((part) => {
      const own = part.replace(REPORTER, ' ');
      if (RELATIVE_AFTER.test(own)) {
        family = true;
        return ' ';
      }
      const m = RELATIVE_STORY.exec(own);
      if (!m) {
        // (Only a short list item: "FH: stroke; TIA", "Thyroid disease.", not "nystagmus on
        // left gaze" or an examination line.)
        const inherits =
          family &&
          ((!HEADING.test(own) &&
            !PATIENT_WORDS.test(own) &&
            own.trim().split(/\s+/).length <= 3) ||
            /^\s*(?:she|he|they)\s+(?:also|too|later)\b/i.test(own));
        family = inherits;
        return inherits ? ' ' : own;
      }
      // ("FH: nil", "FH: nil relevant": no relative's story follows.)
      family =
        !/^\W*(?:fh|fhx|family (?:history|hx))\W*(?:nil|none|nad|nil relevant|non-contributory|unremarkable|not relevant)\b/i.test(
          own.slice(m.index),
        );
      // At a comma, the patient's own story again ("…, pt now has diplopia since Monday").
      const rest = own.slice(m.index);
      const back = rest.split(/,(?=[^,]*\b(?:pt|patient|she|he|c\/o|presents|presenting)\b)/);
      return own.slice(0, m.index) + ' ' + back.slice(1).join(',');
    })
    .join('\n');
}

/**
 * An answer "no" after a name of up to three words in a form or a checklist ("Dizziness: no",
 * "diplopia N,", "Trauma - nil", "Diplopia Y dizziness N"): the pair is left out, so the name
 * is not read as affirmed; not a longer phrase ("strain of neck with head trauma denied"),
 * nor "N/V" or "N/K".
 */
const NOT_ANSWER = String.raw`(?!(?:y|yes|n|no)(?![\w/]))`;
const ANSWERED_NO = new RegExp(
  String.raw`(^|[,;.\n:]|\s[-\u2013]\s|\b(?:y|yes)\s)(\s*(?:${NOT_ANSWER}[\w'\u2019/-]+\s+){0,2}${NOT_ANSWER}[\w'\u2019/-]+)(?:\s*:\s*|\s*[-\u2013]\s*|\s+)(?:(?:no|n|nil|none|nad|neg(?:ative)?|-ve|absent|denied|not (?:tested|assessed|examined|checked|done|asked|known|present|reported)|n\/?a|nk|unknown)\.?(?=\s*(?:[,;.\n(]|$))|[-\u2013](?=[ \t]*(?:[.,;]|$|\n\s*(?:$|[\w ]{1,30}:|[-\u2022*]|[\w ]{1,30}[ \t][-\u2013](?:[ \t]|\n|$)))))`,
  'gi',
);

/** A body part a treatment is given to ("the upper back", "cervical spines", "her neck"). */
const REGION = String.raw`(?:(?:the|her|his|their|both)\s+)?(?:(?:upper|lower|low|mid|middle|whole|entire)\s+)?(?:neck|back|shoulders?|thoracic|lumbar|cervical|lumbosacral|thoracolumbar|cervicothoracic|sacr(?:um|al)|pelvis|hips?|c-?spine|t-?spine|l-?spine|suboccipitals?|traps|trapezius|scm)(?:\s+(?:spines?|regions?|segments?|areas?|vertebrae|muscles?)(?:\s+of\s+(?:the\s+)?spine)?)?`;
/** A part of the neck among them. */
const NECK_PART = /\b(?:neck|cervical|cervicothoracic|c-?spine|suboccipitals?|scm)\b/i;
/**
 * A list of body parts, up to its end: not one a symptom or a test names ("neck and back
 * pain", "lumbar and cervical spine x-ray"), nor one that takes a part out ("back, neck
 * excluded").
 */
const REGION_LIST = new RegExp(
  String.raw`\b${REGION}(?:(?:\s*(?:,|&|\+|\/)\s*(?:and\s+)?|\s+and\s+)${REGION}\b)+(?=\s*(?:[.,;:()\n]|$)|\s+(?:by|at|on|in|with|during|for|from|under|over|since|yesterday|today|tonight|last|this|earlier|recently|\d|one|two|three|four|five|six|seven|a|an|massag\w*|manip\w*|adjust\w*|mobili[sz]\w*|treatment|therapy|work|crack\w*)\b)`,
  'gi',
);
const TREATMENT_AFTER = /^\s+(?:massag|manip|adjust|mobili[sz]|treatment|therapy|work|crack)/i;
function neckOfList(list: string, at: number, text: string): string {
  const parts = list.split(/\s*(?:,|&|\+|\/)\s*(?:and\s+)?|\s+and\s+/i);
  const neck = parts.find((p) => NECK_PART.test(p));
  if (!neck) return list;
  // A treatment named after the list is the last part's, as the parts split ("… injury to the
  // back and neck manipulation yesterday"); only a neck before it is moved ("Neck and back
  // massage yesterday").
  if (neck === parts[parts.length - 1] && TREATMENT_AFTER.test(text.slice(at + list.length)))
    return list;
  // ("the mid back and neck": the neck keeps the list's "the".)
  const the = /^(?:the|her|his|their|both)\s+/i;
  return the.test(neck) ? neck : (the.exec(parts[0]!)?.[0] ?? '') + neck;
}

/** Phrasings whose negation or question word is not about the finding, and their reading. */
const REWRITES: readonly [RegExp, string | ((...m: never[]) => string)][] = [
  // "Diplopia for ?3 days", "?2/7 ago": a doubt about the time, not the finding.
  [
    /\?+\s*(?=\d+\s*(?:\/\s*\d|days?\b|d\b|weeks?\b|wks?\b|months?\b|hours?\b|hrs?\b|h\b|years?\b|yrs?\b))/gi,
    '',
  ],
  // "Any double vision? Yes": a question answered; "Drop attacks? No": denied.
  // ("Pregnancy massage? No diplopia, dysarthria …": the "No" leads a denial, kept.)
  [/((?:(?!\s[-\u2013]\s)[^.?\n,;:]){1,60})\?\s*(?:yes|y)\b/gi, '$1.'],
  [/(?:(?!\s[-\u2013]\s)[^.?\n,;:]){1,60}\?\s*(?:no|n)\b(?=\s*(?:[.,;\n]|$))/gi, ' '],
  // "Red flags (diplopia, dysarthria): none", "… all negative": a list denied as a whole.
  // (Bounded: a long text without a full stop is not scanned again from every character.)
  [
    /[^.\n(]{0,200}\([^)]{0,200}\)\s*[:\u2013-]\s*(?:none|nil|no|negative|absent|all negative)\b/gi,
    ' ',
  ],

  // "manipulation?? stroke": a double question mark asks about what follows.
  [/(\w)\s*(\?{2,})\s*(?=[a-z])/gi, '$1 $2'],
  // "Never had a headache like this before": a new, unusual headache (§9).
  [
    /\bnever (?:had|experienced|felt) (?:a |an |any )?(headaches?|h\/a|pain|neck pain) like (?:this|it)(?: before)?/gi,
    'new $1 unlike any',
  ],
  // "No improvement in her double vision": the symptom goes on.
  [
    /\b(?:no|nil|not any|without)\s+(?:improvement|change|resolution|relief)\s+(?:in|of|with)\b|\bno better\b\s*[:,-]?/gi,
    'persisting',
  ],
  // "Cannot look up without feeling dizzy": dizzy on looking up.
  [
    /\b(?:cannot|can't|can not|unable to)\s+(?!reproduce)([^.;,\u2013-]{0,40}?)\s+without\s+(?:feeling\s+|getting\s+|becoming\s+|being\s+)?(dizz\w*|vertigo|light-?headed\w*)/gi,
    '$2 when $1',
  ],
  // Abbreviations whose full stop is no sentence's end ("diff. swallowing", "incl. dissection",
  // "No. 10": a number).
  [/\bdiff\.(?=\s)/gi, 'difficulty'],
  [/\bincl\.(?=\s)/gi, 'including'],
  [/\bno\.\s?(?=\d)/gi, 'number '],
  // "Tested for nystagmus: present on left gaze": the finding, present.
  [
    /\b(?:tested|checked|examined|assessed) for ([a-z][\w -]{1,30}?):\s*(?=present|positive|yes|\+)/gi,
    '$1 ',
  ],
  // "Not like her usual migraines": unlike them (a new headache, §9).
  [
    /\bnot like (her|his|their|the) usual(?= (?:migraines?|headaches?|h\/a|pain|neck pain)\b)/gi,
    'unlike $1 usual',
  ],
  // "Pins and needles" is one symptom, not two joined by "and".
  [/\bpins and needles\b/gi, 'paraesthesia'],
  // "Non-traumatic", "not sleeping": words that deny something other than a finding.
  [/\bnon-?(?:traumatic|specific|urgent|radiating|productive|tender|pulsatile)\b/gi, ' '],
  [/\bnot (?:sleeping|eating|working|coping|driving|able to work|at work)\b/gi, ' '],
  // "Falls without warning": no denial of the falls.
  [/\bwithout (?:any )?(?:warning|prodrome)\b(?!\s+(?:signs?|symptoms?|of|for))/gi, 'unheralded'],
  [/\bno warning\b(?!\s+(?:signs?|symptoms?|of|for))/gi, 'unheralded'],
  // "Falls without LOC", "collapsed … but remained conscious": a fall without loss of
  // consciousness is a drop attack (the reader parts a clause at "without" and "but").
  [
    /(?<!\b(?:tripped|slipped|stumbled|mechanical|missed (?:a|the) step|lost (?:her|his|their) footing)\b[^.;\n]{0,40})(?:(?<!\bmechanical\s+)(?<=\b(?:recurrent|unexplained|frequent|repeated|several|multiple|two|three|four|twice|\d+|episodes? of)\s+(?:[\w-]+\s+)?)|(?=[^.;\n]{0,80}\b(?:recurrent|unexplained|frequent|repeated|several|multiple|two|three|four|twice|\d+|since the (?:manipulation|massage|adjustment)|sudden\w*|without warning|unheralded|look(?:s|ed|ing)? up|turn\w* (?:her |his |the )?head|head (?:back|movement)|x\s?\d|times|episodes?|attacks?|on (?:her|his) knees)\b))\b(falls?|fell|falling|collaps\w*|dropp(?:ed|ing) to (?:her|his|their) knees)\b((?:(?!\b(?:off|down|from|over|backwards|forwards|ladder|stairs|steps|bike|horse|ice|kerb|curb|mechanical|trip\w*|slip\w*)\b)[^.;\n]){0,40}?)\s*,?\s+(?:without (?:losing|any loss of|loss of) (?:consciousness|loc)|without loc|but (?:remained|stayed) conscious|(?:and|but) did not lose consciousness)\b/gi,
    '$1$2, drop attacks',
  ],
  // 'Neck "cracked"': a treatment word in quotes is the word.
  [
    /(?<!\w)["'\u2018\u201c]((?:[\w-]+ ){0,2}(?:crack|click|popp?|adjust|manipulat)\w*(?: [\w-]+){0,2})["'\u2019\u201d](?!\w)/gi,
    '$1',
  ],
  // "Manipulation of thoracic and cervical spines", "adjusted his back, shoulders and neck":
  // a list of body parts with the neck in it is the neck (the parts split at "and" and ",").
  [REGION_LIST, neckOfList],
  // "Swedish massage - back, shoulders and neck": the part after the dash is what was massaged.
  [
    // ("Hot stone massage 75 min - back, neck and scalp": a short list before the neck too.)
    /\b(massag\w*|manipulation|adjustment)(?:\s+[\w-]+){0,3}?\s*[-\u2013:]\s*(?:(?:the\s+)?[\w-]+\s*(?:,|and|&|\+)\s*){0,4}(?=(?:the\s+)?(?:neck|cervical)\b(?![^.;\n]{0,40}\b(?:not|untouched|avoided|excluded|spared|stretch\w*|exercis\w*|advised|homework)\b))/gi,
    '$1 of ',
  ],
];

/**
 * Lists denied as a whole, before single answers are: "Diplopia, dysarthria, dysphagia: nil",
 * "diplopia and nystagmus absent" (joined by "and", "or", "/" only when no colon says it).
 */
const LISTS_DENIED: readonly [RegExp, (...m: string[]) => string][] = [
  [
    // "ONMK and TIA denies." (a Russian-English order: the denial last).
    /(^|[.;:\n,])([^.;\n:,]{2,80}?)\s+(?:denies|denied)\.?(?=\s*(?:[.;\n]|$))/gi,
    (all, lead, names) => (namesOnly(names!, /\band\b|\bor\b/) ? `${lead} ` : all!),
  ],
  [
    /(^|[.;\n]|\s[-\u2013]\s)([^.;\n:]{0,120}?)(?:[:\u2013]|\s-)\s*(?:none|nil|negative|absent|denied|denies|not present)\.?(?=\s*(?:[.;\n]|$))/gi,
    (all, lead, names) => (namesOnly(names!, /[,/]|\band\b|\bor\b/) ? `${lead} ` : all!),
  ],
  [
    // "diplopia, dysarthria, dysphagia all negative" (not "bloods and ECG both normal").
    /(^|[.;:\n]|\s[-\u2013]\s)([^.;:\n]{0,160}?)\s+(?:all|both)\s+(?:negative|nil|absent|denied|none)\b/gi,
    (all, lead, names) => (namesOnly(names!, /[,/]|\band\b|\bor\b/) ? `${lead} ` : all!),
  ],
  [
    /(^|[.;:\n,]|\s[-\u2013]\s)((?:(?!\s[-\u2013]\s)[^.;\n:,]){0,80}?)\s+(?:absent|not present|negative|not seen)\.?(?=\s*(?:[.;,\n]|$))/gi,
    (all, lead, names) =>
      /\band\b|\bor\b|\//.test(names!) && namesOnly(names!, /\/|\band\b|\bor\b/)
        ? `${lead} `
        : all!,
  ],
];
/** An inline checklist's answers parted ("dizziness N diplopia N" → "dizziness N, diplopia N"). */
const INLINE_ANSWER = /\s(N|Y)\s+(?=[A-Za-z])/g;

/** The text made ready: the patient's own words, answers "no" out, phrasings rewritten. */
export function prepared(t: string): string {
  let out = linesMadePlain(t);
  out = ownWords(out).replace(INLINE_ANSWER, ' $1, ');
  for (const [re, by] of LISTS_DENIED) out = out.replace(re, by);
  out = out.replace(ANSWERED_NO, '$1 ');
  for (const [re, by] of REWRITES) out = out.replace(re, by as string);
  return out;
}

/** Words that ask about a finding: a question goes on over "and"/"or" and a comma list. */
export const QUESTION =
  /\b(?:rule[- ]out|ruled[- ]out|r\/o|query|exclude|excluding|suspected|possible|probable|risks? of|risks?\s+(?:explained|discussed)|consent\w*|explained|(?:checked|tested|test(?:s|ing)?|screen(?:ed|ing)?|investigated) for|\?\s*\w)|\?/i;
/** Words that only fear or worry: a symptom beside them is still the patient's. */
export const WORRY =
  /\b(?:fears?|afraid|worr(?:y|ied|ies)|concern(?:ed|s)?|anxious|read (?:about|up on)|heard (?:about|of))\b/gi;
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
