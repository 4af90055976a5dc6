/**
 * English terms of the patient's story as a report's clinical lines tell it: red-flag
 * symptoms and a neck manipulation before them (brief §4, §9: "4 days of double vision after
 * chiropractic neck manipulation" on a CTA request is an emergency). A request line states
 * them, it does not ask them (`notAsked`); a negation still negates ("no diplopia").
 */
import type { TermEntry } from './lexicon-en';

const symptom = (finding: TermEntry['finding'], patterns: string[]): TermEntry => ({
  finding,
  context: 'any',
  notAsked: true,
  patterns,
});

/**
 * A symptom read in a head or neck-vessel study's lines only: in a neck-spine study "arm
 * numbness", "weakness" and "dizzy" are the usual radicular or mechanical complaint.
 */
const headSymptom = (finding: TermEntry['finding'], patterns: string[]): TermEntry => ({
  finding,
  context: 'head',
  otherwise: [{ finding, context: 'vessel' }],
  notAsked: true,
  // Not one said to be over, lifelong or of another cause ("H/o hemiparesis 2010, fully
  // recovered", "Hemianopia since childhood", "Hand numbness (carpal tunnel syndrome)").
  patterns: patterns.map((p) => `(?:${p})${NOT_NOW}`),
});
const NOT_NOW =
  '(?![^.;\\n]{0,50}\\b(?:resolved|recovered|congenital|since (?:birth|childhood)|carpal tunnel|cardiac cause|pacemaker|(?:19|20)\\d\\d|years? ago|last year))';

/** Another part of the body, then "and" ("the upper back and", "thoracic spine &"). */
const OTHER_PART_AND =
  '(?:the )?(?:(?:upper |lower )?back|(?:thoracic|lumbar) spine|t-spine|l-spine|shoulders?|pelvis) (?:and|&|\\+) (?:the )?';
/** For a massage also the head and face ("massage of the face and neck at the salon"). */
const OTHER_PART_OR_FACE_AND =
  '(?:the )?(?:(?:upper |lower )?back|(?:thoracic|lumbar) spine|t-spine|l-spine|shoulders?|pelvis|head|scalp|face) (?:and|&|\\+) (?:the )?';
/** Not the neck's symptom or another treatment of it ("… and neck pain", "… and neck exercises"). */
const NOT_NECK_SYMPTOM =
  '(?! (?:pain|ache|stiffness|stretch\\w*|exercises?|x-?ray|mri|ct|imaging|massage|supports?|rests?|pillows?|cushions?|braces?|collars?|straps?|posture|position|of (?:his |her |the |their )?(?:wheelchair|chair|seat\\w*|brace|bed)))';

export const HISTORY_TERMS_EN: readonly TermEntry[] = [
  symptom('diplopia', ['diplopia', 'double vision']),
  symptom('dysarthria', ['dysarthria', 'slurred speech']),
  symptom('dysphagia', ['dysphagia', 'difficulty (?:in )?swallowing']),
  symptom('drop-attacks', ['drop attacks?']),
  symptom('nystagmus', ['nystagmus']),
  symptom('ataxia', ['ataxia', 'ataxic gait']),
  symptom('horner-signs', [
    "horner(?:'?s)? syndrome",
    "horner's(?! (?:muscle|protractor))",
    'ptosis and miosis',
  ]),
  symptom('speech-disturbance', ['aphasia', 'dysphasia', 'word[- ]finding difficult(?:y|ies)']),
  symptom('sudden-severe-headache', [
    'thunderclap headache',
    'worst headache of (?:his |her |my |their |the patient.s )?life',
    'worst headache ever',
    'sudden (?:onset )?(?:of )?severe (?:headache|neck pain)',
  ]),
  symptom('recent-cervical-manipulation', [
    '(?:chiropractic|osteopathic) (?:neck |cervical )?(?:manipulation|adjustment|treatment|manual therapy)',
    '(?<!\\b(?:planned|proposed|requested|considering|before|prior to|pre-?)\\s)(?:neck|cervical|cervical spine) (?:manipulation|adjustment)',
    'manipulation of (?:the )?(?:neck|cervical spines?)',
    'spinal manipulation of the neck',
    '(?:neck (?:was )?cracked|cracked (?:his |her |their |the )?neck)',
    // The neck named after another part: "manipulation of the lumbar spine and neck",
    // "chiro adjusted her lower back and neck" (not "… and neck pain / stretching").
    `(?:manipulations?|adjustments?) (?:of|to) (?:${OTHER_PART_AND}|(?:the |her |his |their )?)(?:neck|cervical spine|c-spine)${NOT_NECK_SYMPTOM}`,
    `(?:manipulated|adjusted|cracked|clicked|popped) (?:his |her |their |the )?(?:${OTHER_PART_AND})?(?:neck|cervical spine|c-spine)${NOT_NECK_SYMPTOM}`,
    // "a rotation crack of the neck", "neck crack with his haircut".
    '(?:crack|click)(?:ing)? of (?:the |her |his |their )?neck',
    'neck (?:crack|click)(?:ing)?(?! (?:sound|noise)s?)',
    // Chiropractic techniques at a cervical level ("Activator to C2 and C5", "Diversified
    // adjustment C1 left", "C1 adjustment by chiropractor").
    '(?:activator|diversified|gonstead|toggle(?: recoil)?|hvla)(?: (?:adjustment|technique|thrust))?(?: to| at| of)?(?: the)? c[0-7]\\b',
    '(?:adjustment|manipulation|hvla)(?: to| at| of)?(?: the)? c[0-7]\\b',
    'c[0-7](?:[-/]c?[0-7])?(?: (?:left|right|l|r))? (?:adjustment|manipulation|hvla)',
  ]),
  symptom('recent-neck-massage', [
    'neck massage',
    'massage of the neck',
    'collar[- ]zone massage',
    // "Massage of the upper back and neck", "massage to the face and neck"
    `massage (?:of|to|including|on) (?:${OTHER_PART_OR_FACE_AND}|(?:the |her |his |their )?)neck${NOT_NECK_SYMPTOM}`,
    // "a percussion massage gun on the back of his neck".
    `massage (?:gun|device|chair|tool) (?:on|to|over) (?:the (?:back of (?:the |his |her )?)?|his |her |their )?neck${NOT_NECK_SYMPTOM}`,
    // "Massage therapist worked on her neck on Saturday".
    `massage therapist (?:worked on|treated|massaged) (?:the |her |his |their )?neck${NOT_NECK_SYMPTOM}`,
  ]),
  // Section 9's red flags, in a head or vessel study's clinical lines.
  headSymptom('numbness', [
    '(?:facial|face|perioral|hemi-?facial|hemi-?body) (?:numbness|paraesthesi?ae?|tingling)',
    'numbness (?:of|in) the (?:(?:left|right) )?(?:face|arm|leg|hand|side)',
    '(?:arm|leg|limb|hand) numbness',
  ]),
  headSymptom('limb-weakness', [
    'hemi-?(?:paresis|plegia)',
    'monoparesis',
    '(?:arm|leg|limb|hand) weakness',
    'weakness (?:of|in) the (?:(?:left|right) )?(?:arm|leg|limb|hand)s?',
  ]),
  headSymptom('syncope', ['syncope', 'syncopal (?:episode|attack)s?', 'loss of consciousness']),
  headSymptom('reduced-consciousness', [
    'confused(?! (?:about|regarding|over|with))',
    'confusion(?! (?:about|regarding|over|with))',
    '(?:drowsy|drowsiness)(?! (?:after|from|due to|following|with) (?:the )?(?:sedation|sedative|medication|anaesthe\\w*|anesthe\\w*|antihistamine))',
    'obtunded',
    '(?:reduced|decreased|depressed|altered) (?:level of )?consciousness',
  ]),
  headSymptom('visual-field-loss', [
    '(?:homonymous )?(?:hemianopi?as?|quadrantanopi?as?)',
    'visual field (?:defect|loss|cut)s?',
  ]),
];
