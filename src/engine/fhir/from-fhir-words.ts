/**
 * Injuries of the neck in an EHR's words (read-helpers.ts `findingsOfText`): an injury word and
 * the neck in one phrase, not a bone's neck nor the uterine cervix, not denied; and what a need,
 * a screening or a vaccination is for (not the patient's finding). Plain TypeScript.
 */

/**
 * An injury of the neck in an EHR's words: an injury word and the neck in one phrase, no
 * other body part between them ("Sprain of neck", "Cervical strain (MVA)", "Neck muscle
 * strain", "Strain of muscle, fascia and tendon at neck level", "Sprain of atlanto-axial
 * joint", "Injury of nuchal ligament"); not a bone's or an organ's neck ("Injury of femoral
 * neck", "Bladder neck injury"), not "Eye strain and neck tension", not the uterine cervix.
 */
const INJURY_WORD =
  /\b(?:sprain\w*|strain\w*|injur(?:y|ies|ed)|contusion|(?<!post-?|non-?)trauma\w*|whiplash|hyper(?:extension|flexion)(?:[- ]hyper(?:extension|flexion))?(?:[- ]injury|(?=\s+(?:of|to)\s+(?:the\s+)?(?:neck|cervical))))\b/gi;
const BONE =
  '(?:femur|femoral|humerus|humeral|radius|radial|scapula|scaphoid|rib|talus|talar|mandible|mandibular|fibula|tooth|teeth|dental|bladder|pancreas|pancreatic|gallbladder|uterus|womb|glans|penis|metacarpal|metatarsal|phalanx)';
const NECK_WORD = new RegExp(
  '\\bhyper(?:flexion|extension)[- ]hyper(?:extension|flexion)\\b' +
    `|(?<!\\b${BONE}\\s)\\bneck\\b(?!\\s+of\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}?${BONE})` +
    '|\\b(?:cervical(?:\\s+(?:spine|vertebra\\w*|paraspinal|muscles?))?|c[1-7]|atlanto-?\\w*|odontoid|nuchal)\\b',
  'gi',
);
/** A phrase break between an injury word and the neck ("Lumbar strain; C5-6 disc"). */
const OTHER_PART = /[;.]/;
/** The neck with a condition of its own ("neck tension", "stiff neck"): not the injury's place. */
const NECK_OWN_BEFORE = /\b(?:stiff|sore|painful|tender)\s+$/i;
const NECK_OWN_AFTER = /^\s+(?:tension|pain|stiffness|mass|swelling|lump|nodes?|lymph\w*)\b/i;
const OBSTETRIC =
  /\b(?:(?:during|in|after)\s+(?:labou?r|delivery|childbirth)|obstetric\w*|uter\w*|cervix|smear|colposcop\w*|post-?coital|pregnan\w*|vaginal)\b/i;
/** The neck named as the injury's place (see neckInjury): its words, without an injury word. */
export function namesNeck(t: string): boolean {
  for (const n of t.matchAll(NECK_WORD))
    if (!(/^cervical$/i.test(n[0]) && OBSTETRIC.test(t))) return true;
  return false;
}
/** An injury of the neck said not to be there ("No neck injury", "denies whiplash"). */
const INJ = '(?:injur\\w*|sprain\\w*|strain\\w*|trauma\\w*|whiplash)';
const LISTED = `(?:[\\w-]+\\s+)?(?:${INJ}|loc|fractures?|concussion)`;
/** What a denial may name before its injury word ("No head or neck injury", "No fracture or ligamentous injury"). */
/** Body parts listed with a closing "and" ("no head, neck and back injury"). */
const BODY = '(?:head|neck|cervical|c-?spine|spine|spinal|back|chest|limb)';
const DENIED_KIND =
  '(?:head|neck|cervical|c-?spine|spine|spinal|back|bony|ligamentous|significant|recent|any|acute|new|obvious|other|fractures?|loc|concussion|history of|h\\/o)';
export const DENIED_INJURY = new RegExp(
  // "No head or neck injury", "denies neck trauma, LOC or whiplash", "No whiplash injury"; not
  // "No improvement in neck sprain", "no head injury, neck sprain and wrist sprain".
  `\\b(?:no|denies|denied|without|negative for|ruled out|rule out|r\\/o)\\s+(?:${DENIED_KIND}(?:(?:\\s*,\\s*${DENIED_KIND})*\\s*,?\\s+(?:or|nor)|\\s+and)\\s+|${BODY}(?:\\s*,\\s*${BODY})+\\s*,?\\s+and\\s+)?(?:${DENIED_KIND}(?:\\s+(?:or|and|nor)\\s+|\\s+)){0,4}?${INJ}(?:\\s+${INJ})*` +
    `(?:(?:\\s*,\\s*${LISTED})*\\s*,?\\s+(?:or|nor)\\s+${LISTED})?` +
    // "Whiplash ruled out", "neck injury clinically excluded" (not "strain with fracture excluded").
    `|\\b(?:neck\\s+injury|whiplash|sprain|strain|trauma|injury)\\s+(?:(?:was|is|has been|been|now|clinically|radiologically|also)\\s+){0,2}(?:ruled out|excluded|denied|not (?:found|seen|present|confirmed))` +
    // "Neck injury: none (reported)", "Trauma to neck - denied".
    `|\\b(?:injur\\w*|trauma\\w*|whiplash|sprain|strain)\\b[^:;,.\\n]{0,20}?\\s*[:\\u2013\\u2014-]\\s*(?:none|no|nil|denied|negative|absent)(?:\\s+(?:reported|known|noted|documented|found|seen|identified))?\\s*(?:$|[.;,)])` +
    '|\\?',
  'i',
);
/** The denials of DENIED_INJURY (without its "?"), each taken out of a clause. */
export const DENIALS = new RegExp(DENIED_INJURY.source.replace(/\|\\\?$/, ''), 'gi');
/**
 * A cause said not to be an injury ("Cervical radiculopathy, not related to trauma"): taken
 * out of the words, which may still name one ("Neck sprain, not due to trauma" is a sprain).
 */
const NOT_FROM_INJURY =
  /\b(?:not|non)[- ](?:(?:related|due|secondary|attributable)\s+to|caused\s+by|from|associated\s+with)\s+(?:any\s+|an?\s+)?(?:injur\w*|trauma\w*)/gi;
export function neckInjury(t: string): boolean {
  // Clause by clause ("C-spine cleared (NEXUS); cervical strain" is a strain).
  for (const clause of t.replace(NOT_FROM_INJURY, ' ').split(/[;.]/)) {
    // A denied injury is taken out, not its whole clause ("Cervical sprain after fall, head
    // injury excluded", "No recent trauma other than whiplash in MVA 3 weeks ago").
    if (clause.includes('?')) continue;
    const kept = clause.replace(DENIALS, ' ');
    const injuries = [...kept.matchAll(INJURY_WORD)];
    if (injuries.length === 0) continue;
    // A whiplash is of the neck by its name.
    if (/\bwhiplash\b/i.test(kept)) return true;
    for (const n of kept.matchAll(NECK_WORD)) {
      // "Cervical" of the cervix, beside an obstetric word.
      // (A sprain or a strain is never of the cervix.)
      if (/^cervical$/i.test(n[0]) && OBSTETRIC.test(kept) && !/\b(?:sprain|strain)/i.test(kept))
        continue;
      if (
        /^neck$/i.test(n[0]) &&
        (NECK_OWN_BEFORE.test(kept.slice(0, n.index)) ||
          NECK_OWN_AFTER.test(kept.slice(n.index + n[0].length)))
      )
        continue;
      for (const i of injuries) {
        const [a, b] =
          i.index < n.index ? [i.index + i[0].length, n.index] : [n.index + n[0].length, i.index];
        if (b - a <= 40 && !OTHER_PART.test(kept.slice(a, b))) return true;
      }
    }
  }
  return false;
}

/** What a need, a screening or a vaccine is for: not the patient's finding ("Need for immunization against meningitis"). */
export const NOT_HAD =
  /\b(?:need for|screening for|(?:immuni[sz]ation|vaccinat\w*|vaccine)s?\s+(?:against|for))\s+[^,;.:\u2013-]*?(?=\s+(?:with|and|revealed|found|showed|shows|due to|followed by|given)\b|[,;.:\u2013-]|$)/gi;
