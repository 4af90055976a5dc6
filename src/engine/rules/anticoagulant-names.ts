/**
 * Anticoagulant names (generic and brand, Latin and Cyrillic script): a current one in the
 * medication list makes `anticoagulants` present (FS-3: present wins, and an entry saying
 * "no" is shown as a conflict). Antiplatelet drugs (aspirin, clopidogrel) are not
 * anticoagulants and are not listed. Pure data and one matcher.
 */
import { nameMatcher } from './name-match';

const NAMES = [
  // vitamin K antagonists
  'warfarin',
  'coumadin',
  'marevan',
  'jantoven',
  'acenocoumarol',
  'sintrom',
  'phenprocoumon',
  'marcumar',
  'marcoumar',
  'dicoumarol',
  'dicumarol',
  'phenindione',
  'sinkumar',
  'sincumar',
  'fluindione',
  'previscan',
  // direct oral anticoagulants
  'apixaban',
  'apixiban',
  'eliquis',
  'rivaroxaban',
  'xarelto',
  'dabigatran',
  'pradaxa',
  'edoxaban',
  'lixiana',
  'savaysa',
  // heparins and others
  'heparin',
  'enoxaparin',
  'clexane',
  'lovenox',
  'dalteparin',
  'fragmin',
  'tinzaparin',
  'innohep',
  'nadroparin',
  'fraxiparin',
  'bemiparin',
  'zibor',
  'fondaparinux',
  'arixtra',
  'argatroban',
  'bivalirudin',
  'xa[- ]inhibitor',
  'blood[- ]thinner',
  'lmwh',
  'doac',
  'noac',
  'anti[- ]?coagulant',
  // Latin transliterations of Russian names, brands and common misspellings
  'varfarin',
  'wafarin',
  'warfarex',
  'rivaroksaban',
  'apiksaban',
  'dabigatran',
  'kleksan',
  'fraksiparin',
  'acenocumarol',
  'acenokumarol',
  'sinkumar',
  'fenilin',
  'eniksum',
  'xeralto',
  'xarelta',
  'rivaroxiban',
  'rivaroxoban',
  'elliquis',
  'pradexa',
  'xarleto',
  'eliqius',
  'betrixaban',
  'bevyxxa',
  // Cyrillic
  'варфарин',
  'ривароксабан',
  'ксарелто',
  'апиксабан',
  'эликвис',
  'дабигатран',
  'прадакса',
  'гепарин',
  'эноксапарин',
  'клексан',
  'фраксипарин',
  'надропарин',
  'фондапаринукс',
  'арикстра',
  'ловенокс',
  'фрагмин',
  'фенилин',
  'синкумар',
  'зибор',
  'антикоагулянт',
  'эдоксабан',
  'ликсиана',
  'аценокумарол',
  'синтром',
  'дальтепарин',
  'тинзапарин',
];

/** A name at the start of a word ("Xarelto 20 mg", "low-molecular-weight heparin"). */
const anticoagulantName = nameMatcher(NAMES);
/** Not taken into the blood: a gel, cream or ointment, a line flush ("Lyoton gel", "heparin lock"). */
const NOT_SYSTEMIC =
  /(?<!\b(?:not|no|without) )\b(?:gel|cream|ointment|topical|flush|lock|lyoton|lioton|hirudoid|heparinoid)\b|мазь|гель|крем|лиотон|гепариновая/iu;
/**
 * Said not taken: "none" alone, a denial whose object is an anticoagulant ("no anticoagulant",
 * "not on warfarin"; not "not missing any apixaban doses", "no issues with dabigatran"), or
 * the value of a short label ("Warfarin: none", "Anticoagulants - none"; not "Apixaban BD,
 * missed doses: none", "Warfarin 3 mg daily - missed doses: none").
 */
const NONE_ALONE = /^\s*(?:no|none|nil)\s*[.:;,)-]?\s*$/iu;
const DENIED_OBJECT =
  /^\s*(?:no|not(?: on| taking| currently (?:on|taking))?|never (?:on|took|taken)|off)\s+(?:any\s+)?((?:blood\s+)?[\w-]+)/iu;
const LABEL_NONE = /^[^\d:,;.\u2013\u2014-]{0,30}[:\u2013\u2014-]\s*(?:none|no|nil)\s*\.?\s*$/iu;
/**
 * Said of a part: stopped ("Was on apixaban until 2024", "warfarin stopped"; not "until March
 * 2027", "unless stopped by haematology", "held for the procedure": a pause, still taken).
 */
const STOPPED = /(?<!\b(?:unless|if|until|not|never|be)\s)\b(?:stopped|discontinued|ceased)\b/iu;
/**
 * "Was on" at a part's start, its subject named or not ("Was on apixaban", "Patient was on
 * rivaroxaban for a DVT in 2019", "He was on Eliquis"): a past course, of its own drug only,
 * up to an "and" ("Was on heparin in hospital and discharged on apixaban").
 */
const WAS_ON =
  /^\s*(?:(?:the\s+)?(?:patient|pt|he|she|they)\s+)?(?:was|were|previously|formerly)\s+on\b/iu;
/** What an entry says since its "was on" ("and has since started apixaban", "and this was continued"). */
const SINCE =
  /\b(?:start\w*|add\w*|discharged|continu\w*|restart\w*|resum\w*|remains?|commenc\w*|initiat\w*|switch\w*|chang\w*|convert\w*|now|currently|still)\b/iu;
/**
 * The past drug goes on ("continued", "restarted post-op", "this was continued", "continued on
 * it"; not "not restarted", "discontinued").
 */
const GOES_ON =
  /^(?!.*\b(?:not|never|no longer)\s+(?:\w+\s+)?(?:continu|restart|resum))\s*(?:(?:and|this|it|was|is|has|been|since|then|later|subsequently|same|dose|to|will)\s+)*(?:continu\w*|restart\w*|resum\w*|remains?\s+on|still(?:\s+(?:on|is|does|takes?|taking))?|back\s+on|again(?!\s+(?:stopped|discontinued|ceased|held|off))|unchanged|lifelong|life-long|long[- ]term|indefinite\w*|for\s+life|\d+(?:\.\d+)?\s*(?:mg|mcg|units?|iu)|(?:reduced|increased|decreased)\b|(?:changed|reduced|increased|decreased|titrated|adjusted)\s+to\s+\d)\b/iu;
/**
 * A part that says only that the named drug before it was stopped ("Warfarin \u2013 stopped 2019
 * after GI bleed", "Warfarin now stopped"; not "Warfarin - stopped aspirin").
 */
const THEN_STOPPED =
  /^\s*(?:(?:was|has been|been|since|now)\s+)?(?:stopped|discontinued|ceased|completed|finished)\b(?=\s*(?:$|[\d(]|(?:in|on|at|since|after|due|because|for|by|when|as|last|early|late|recently|years?|months?|weeks?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b))/iu;
/** Declined or refused ("continues to decline warfarin", "refuses anticoagulation"). */
const DECLINED =
  /^\s*(?:(?:and|but|pt|patient|he|she|continues\s+to|still)\s+)*(?:declin\w*|refus\w*)\b(?!\s+(?:to\s+)?(?:stop|discontinu|com(?:e|ing)\s+off|ceas|withdraw|reduc|chang|switch|swap|hold|interrupt|miss)\w*)/iu;
/**
 * "Was on X" is a past course only when the entry says so: an end or a past time in its part
 * ("until 2024", "for 6 months after PE in 2021", "years ago"), "previously" / "formerly", or
 * a change elsewhere in the entry ("Was on warfarin, switched to aspirin", "now aspirin").
 * Alone it is what a note says of a drug still taken ("Pt was on Xarelto prior to arrival",
 * "He was on Eliquis when he fell", "She was on warfarin (INR 2.4 on arrival)"): taken.
 */
const PAST_COURSE =
  /^\s*(?:previously|formerly)\b|\b(?:until|till|ago|(?:19|20)\d\d|for\s+(?:\d+|an?|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?|years?)|last\s+(?:week|month|year)|in\s+the\s+past|as\s+a\s+child|previously|formerly)\b/iu;
const CHANGED =
  /\b(?:switched|changed|converted|replaced|instead|now|stopped|discontinued|ceased|no\s+longer)\b/iu;
/**
 * What changes nothing of the drug: its INR ("INR now 2.8"), a new dose of it ("now 4 mg daily",
 * "changed to 15mg OD"), a longer course ("now lifelong").
 */
const SAME_DRUG =
  /\b(?:INR|international normali[sz]ed ratio)\b[^,;:()]*|\b(?:now|(?:dose\s+)?(?:changed|reduced|increased|decreased|titrated|adjusted)\s+to|now\s+(?:reduced|increased|decreased)\s+to)\s+\d+(?:\.\d+)?\s*(?:mg|mcg|units?|iu)\b|\bnow\s+(?:lifelong|life-long|long[- ]term|indefinite\w*|for\s+life)\b/giu;
const saidNone = (part: string, changed: boolean): boolean => {
  if (NONE_ALONE.test(part) || LABEL_NONE.test(part) || STOPPED.test(part)) return true;
  if (WAS_ON.test(part) && (changed || PAST_COURSE.test(part))) return true;
  if (DECLINED.test(part)) return true;
  const m = DENIED_OBJECT.exec(part);
  return !!m && anticoagulantName(m[1]!);
};
/** A part that only names, as a list after a denial does ("heparin or apixaban"; not "Eliquis 5 mg BD"). */
const BARE = /^[^\d]*$/u;
/** A name and its dose only ("Apixaban 5mg BD", "Warfarin 3 mg daily"). */
const DOSED =
  /^\s*[\p{L}-]+(?:\s+[\p{L}-]+)?\s+\d+(?:\.\d+)?\s*(?:mg|mcg|units?|iu)\b(?:\s*(?:od|bd|bid|tds|tid|qds|qid|daily|nocte|mane|once|twice|a|per|day|weekly|\/\w+))*\s*$/iu;
const POSITIVE = /\b(?:started|switched|changed|commenced|restarted|takes|taking|on|currently)\b/iu;
/**
 * "not an anticoagulant" says what the word is not, and names no drug: it is taken out before
 * the names are looked for ("Aspirin (antiplatelet, not an anticoagulant)" is none; "Enoxaparin
 * 40 mg - prophylactic, not anticoagulant dose" is still enoxaparin; "not an anticoagulant,
 * like warfarin or apixaban" names no drug taken; "Not anticoagulant-naive: warfarin" and
 * "not an anticoagulant like warfarin, rivaroxaban 20 mg daily" do).
 */
const NOT_THE_WORD =
  /\bnot (?:an? )?anti-?coagulant[\w-]*(?:\s*,?\s*(?:like|such as|e\.g\.?|eg|unlike|as with)\s+[\w-]+(?:(?:\s*,\s*[\w-]+)*(?:\s*,?\s+or|\s+and)\s+[\w-]+)?)?/giu;
/**
 * Parts of an entry said apart: strong breaks ("No longer on aspirin; now apixaban 5 mg BD",
 * "Never took warfarin - Xarelto 20 mg", "Off warfarin. Apixaban BD", "(switched: apixaban)",
 * "Warfarin discontinued and apixaban started", "Warfarin was stopped and apixaban was
 * started", "Rivaroxaban 20 mg OD since aspirin stopped"), over which a denial does not reach; and
 * commas and brackets inside them ("Off warfarin, started apixaban"), over which it reaches
 * bare listed names ("Not on warfarin, heparin or apixaban").
 */
const BREAKS =
  /[;:]|\bso\b(?!\s+far)|\.(?!\d)|\s[-\u2013\u2014]\s|\bnow\b|\bthen\b|\bbut\b|\b(?:and\s+)?(?:switched|changed)\s+to\b|\band\b(?=\s+[\w-]+\s+(?:(?:was|were|is|has\s+been|been)\s+)?(?:started|commenced|begun|initiated|added))|\bsince\b(?=\s+[\w-]+\s+(?:(?:was|were|has\s+been|been)\s+)?(?:stopped|discontinued|ceased)\b)|\band\b(?=\s+(?:started|commenced|switched|changed|converted|remains|continues|stays)\b)|\b(?:and\s+)?converted\s+to\b/iu;
const PARTS = /[,(]/u;
/** Abbreviations whose full stops break nothing. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|approx|b\.i\.d|t\.i\.d|o\.d|b\.d)\./giu;

/**
 * Stopped for a while and to be taken again ("Warfarin stopped for procedure, to restart
 * tomorrow", "apixaban held, resume after surgery"): a pause, still taken (not "never to
 * be restarted").
 */
const PAUSED =
  /(?<!\b(?:not|never)\s+)\b(?:to|will|plan(?:ned)?\s+to|due\s+to)\s+(?:be\s+)?(?:restart|resum|recommenc)\w*|(?<!\b(?:not|never|no\s+longer|consider(?:ing)?|may|might|could|possibly|\?)\s+)(?<!\?\s*)\b(?:restart|resum)\w*\s+(?:tomorrow|tonight|today|this\s+(?:evening|afternoon)|on|after|in|post|once|when)\b/iu;

/** What follows a stop's "and" / "but" / "then" says the drug goes on ("… and restarted Oct"). */
const goesOnAfterStop = (part: string): boolean =>
  part
    .split(/\b(?:and|but|then)\b/iu)
    .slice(1)
    .some((tail) => GOES_ON.test(tail) && !STOPPED.test(tail));

/**
 * A measured INR of 1.5 or more beside an anticoagulant's name says the patient is
 * anticoagulated now, whatever the entry says of the course ("Was on warfarin in 2020; INR now
 * 2.8"); not a target ("target INR 2-3", "INR goal 2.5"), nor a normal INR ("INR today 1.0").
 */
const INR =
  /(?<!\b(?:target|goal|aim|range)\s{0,3})\bINR\b(?!\s*(?:target|goal|aim|range)\b)[^\d;.]{0,20}?(\d{1,2}(?:[.,]\d+)?)/giu;
const anticoagulatedByInr = (words: string): boolean => {
  for (const m of words.matchAll(INR)) {
    const value = Number(m[1]!.replace(',', '.'));
    if (value >= 1.5 && value <= 15) return true;
  }
  return false;
};

/** Whether a medication name is recognised as an anticoagulant taken into the blood. */
export function isAnticoagulant(name: string): boolean {
  if (NOT_SYSTEMIC.test(name) || NONE_ALONE.test(name) || LABEL_NONE.test(name)) return false;
  const words = name.replace(NOT_THE_WORD, ' ').replace(ABBREVIATIONS, (m) => m.replace(/\./g, ''));
  if ((PAUSED.test(words) || anticoagulatedByInr(words)) && anticoagulantName(words)) return true;
  // An anticoagulant the entry says the patient was on, which a later part may say goes on
  // ("Was on apixaban PTA - continued", "Was on apixaban pre-op, restarted post-op").
  let past = false;
  const changed = CHANGED.test(words.replace(SAME_DRUG, ' '));
  const segments = words.split(BREAKS);
  return segments.some((segment, k) => {
    // A bare name, and then its stop ("Warfarin \u2013 stopped 2019").
    // (A later part may say it goes on again: "Warfarin - stopped for the procedure, restarted".)
    if ((BARE.test(segment) || DOSED.test(segment)) && THEN_STOPPED.test(segments[k + 1] ?? '')) {
      past ||= anticoagulantName(segment);
      return false;
    }
    // A denial reaches the bare names listed after it ("Not on warfarin, heparin or apixaban",
    // "Not taking any anticoagulant (e.g. warfarin)"), not a part with a dose or a "started".
    let denied = false;
    for (const whole of segment.split(PARTS)) {
      // "Was on X and …": the past course is X's; what follows its "and" is said since.
      const cut = WAS_ON.test(whole) ? /\band\b/iu.exec(whole) : null;
      const parts = cut
        ? [whole.slice(0, cut.index), whole.slice(cut.index + cut[0].length)]
        : [whole];
      for (const [i, part] of parts.entries()) {
        if (WAS_ON.test(part) && !STOPPED.test(part)) past ||= anticoagulantName(part);
        if (past && GOES_ON.test(part) && !STOPPED.test(part)) return true;
        // …or after its stop, in the same part ("stopped Aug 2025 and restarted Oct").
        if (past && STOPPED.test(part) && goesOnAfterStop(part)) return true;
        if (i > 0 && !SINCE.test(part)) continue;
        if (saidNone(part, changed)) {
          denied ||= DENIED_OBJECT.test(part);
          continue;
        }
        if (!anticoagulantName(part)) continue;
        if (denied && BARE.test(part) && !POSITIVE.test(part)) continue;
        return true;
      }
    }
    return false;
  });
}
