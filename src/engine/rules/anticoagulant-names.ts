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
 * "Anticoagulants: none", "no anticoagulant", "not on warfarin": said not taken, at its start
 * or as the value of a short label ("Warfarin: none"; not "No change - apixaban", "Warfarin 3 mg
 * daily - missed doses: none").
 */
const SAID_NONE =
  /^\s*(?:no|none|nil|not(?: on| taking)?)\b(?!\s+(?:change|changes|new|dose change)\b)|^[^\d:\u2013\u2014-]{0,40}[:\u2013\u2014-]\s*(?:none|no|nil)\s*\.?\s*$/iu;
/**
 * "not an anticoagulant" says what the word is not, and names no drug: it is taken out before
 * the names are looked for ("Aspirin (antiplatelet, not an anticoagulant)" is none; "Enoxaparin
 * 40 mg - prophylactic, not anticoagulant dose" is still enoxaparin; "not an anticoagulant,
 * like warfarin or apixaban" names no drug taken; "Not anticoagulant-naive: warfarin" does).
 */
const NOT_THE_WORD =
  /\bnot (?:an? )?anti-?coagulant[\w-]*(?:\s*,?\s*(?:like|such as|e\.g\.?|eg|unlike|as with)\s+[\w-]+(?:\s*(?:,|\bor\b|\band\b)\s*[\w-]+)*)?/giu;
/** Parts of an entry said apart ("No longer on aspirin; now apixaban 5 mg BD"). */
const PARTS = /;|\bnow\b/iu;

/** Whether a medication name is recognised as an anticoagulant taken into the blood. */
export function isAnticoagulant(name: string): boolean {
  if (NOT_SYSTEMIC.test(name)) return false;
  return name
    .replace(NOT_THE_WORD, ' ')
    .split(PARTS)
    .some((part) => anticoagulantName(part) && !SAID_NONE.test(part));
}
