/**
 * Anticoagulant names (generic and brand, Latin and Cyrillic script): a current one in the
 * medication list makes `anticoagulants` present (FS-3: present wins, and an entry saying
 * "no" is shown as a conflict). Antiplatelet drugs (aspirin, clopidogrel) are not
 * anticoagulants and are not listed. Pure data and one matcher.
 */
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
  'fluindione',
  'previscan',
  // direct oral anticoagulants
  'apixaban',
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
  'fondaparinux',
  'arixtra',
  'argatroban',
  'bivalirudin',
  'anticoagulant',
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
  'антикоагулянт',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name at the start of a word ("Xarelto 20 mg", "low-molecular-weight heparin"). */
const ANTICOAGULANT = new RegExp(`(?:^|[^\\p{L}])(?:${NAMES.map(escape).join('|')})`, 'iu');

/** Whether a medication name is recognised as an anticoagulant. */
export function isAnticoagulant(name: string): boolean {
  return ANTICOAGULANT.test(name);
}
