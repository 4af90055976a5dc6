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
const STOPPED =
  /^\s*(?:was|were|previously|formerly)\s+on\b|(?<!\b(?:unless|if|until|not|never|be)\s)\b(?:stopped|discontinued|ceased)\b/iu;
const saidNone = (part: string): boolean => {
  if (NONE_ALONE.test(part) || LABEL_NONE.test(part) || STOPPED.test(part)) return true;
  const m = DENIED_OBJECT.exec(part);
  return !!m && anticoagulantName(m[1]!);
};
/** A part that only names, as a list after a denial does ("heparin or apixaban"; not "Eliquis 5 mg BD"). */
const BARE = /^[^\d]*$/u;
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
 * "Warfarin discontinued and apixaban started"), over which a denial does not reach; and
 * commas and brackets inside them ("Off warfarin, started apixaban"), over which it reaches
 * bare listed names ("Not on warfarin, heparin or apixaban").
 */
const BREAKS =
  /[;:]|\.(?!\d)|\s[-\u2013\u2014]\s|\bnow\b|\bthen\b|\bbut\b|\b(?:and\s+)?(?:switched|changed)\s+to\b|\band\b(?=\s+[\w-]+\s+(?:started|commenced|begun|initiated|added))|\band\b(?=\s+(?:started|commenced|switched|changed|converted|remains|continues|stays)\b)|\b(?:and\s+)?converted\s+to\b/iu;
const PARTS = /[,(]/u;
/** Abbreviations whose full stops break nothing. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|approx|b\.i\.d|t\.i\.d|o\.d|b\.d)\./giu;

/** Whether a medication name is recognised as an anticoagulant taken into the blood. */
export function isAnticoagulant(name: string): boolean {
  if (NOT_SYSTEMIC.test(name) || NONE_ALONE.test(name) || LABEL_NONE.test(name)) return false;
  const words = name.replace(NOT_THE_WORD, ' ').replace(ABBREVIATIONS, (m) => m.replace(/\./g, ''));
  return words.split(BREAKS).some((segment) => {
    // A denial reaches the bare names listed after it ("Not on warfarin, heparin or apixaban",
    // "Not taking any anticoagulant (e.g. warfarin)"), not a part with a dose or a "started".
    let denied = false;
    for (const part of segment.split(PARTS)) {
      if (saidNone(part)) {
        denied ||= DENIED_OBJECT.test(part);
        continue;
      }
      if (!anticoagulantName(part)) continue;
      if (denied && BARE.test(part) && !POSITIVE.test(part)) continue;
      return true;
    }
    return false;
  });
}
