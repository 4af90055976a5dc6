/**
 * Plain names of findings as EHR text and referrals write them (split from finding-text.ts):
 * symptom names the report reader does not hold as terms, their common abbreviations and
 * misspellings ("h/a", "diplopa", "slured speach"), paraphrases ("speech was slurred",
 * "legs just give way"), and the words of Horner's signs. Plain TypeScript, no Angular.
 */
import type { FindingId } from '../finding-ids';

/** A headache in a referral's shorthand: "h/a", "occ h/a". */
const HA = String.raw`(?:headaches?|h\/a|cephalalgia)`;
/** Words between "sudden severe" and what it qualifies ("R sided neck pain"). */
const QUALIFIERS = String.raw`(?:[\w/-]+\s+){0,3}?`;
const SEVERE = String.raw`(?:(?:very|extremely)\s+)?(?:severe|worst(?:[- ]ever)?|excruciating|explosive|intense|violent)`;
/** What a sudden severe onset qualifies (§9: a headache or neck pain). */
const HEAD_OR_NECK = String.raw`(?:${HA}|neck pain|pain (?:in|at) the back of (?:the |her |his )?head)`;

/**
 * Concept words a report reader does not hold as terms (it reads findings in reports, not
 * symptom names): plain names of findings, read as the finding present.
 */
export const NAMES: readonly [FindingId, RegExp][] = [
  [
    // §9: a sudden severe "worst-ever" headache or neck pain.
    'sudden-severe-headache',
    new RegExp(
      String.raw`\bthunderclap\b|\bworst[- ](?:ever[- ])?${HA}|` +
        String.raw`\bsudden(?:[- ]onset)?(?: of)?,?\s+${SEVERE}\s+${QUALIFIERS}${HEAD_OR_NECK}|` +
        String.raw`\b(?:severe|explosive|excruciating|violent),?\s+sudden(?:[- ]onset)?\s+${QUALIFIERS}${HEAD_OR_NECK}|` +
        String.raw`\bworst (?:headache|h\/a|neck pain|head pain)\s+(?:(?:i|i've|ive|she|she's|he|he's|they)\s+)?(?:(?:have|has|had|'ve)\s+)?ever (?:had|experienced|felt)\b`,
      'i',
    ),
  ],
  [
    // §9: a headache or neck pain new (weeks) or unlike any before.
    'new-unusual-headache',
    new RegExp(
      String.raw`\bnew(?:[- ]onset)?\s+(?!daily persistent)(?:(?:severe|occipital|occ|constant|persistent|daily|unilateral|left|right|l|r|[\w]+-sided|sided)\s+){0,3}(?:${HA}|neck pain)(?!\s+(?:clinic|service|team|pathway|referral))|` +
        String.raw`\b(?:${HA}|neck pain)\b[^.;]{0,40}\bunlike (?:any|anything|her|his|their|the|previous|usual)|` +
        String.raw`\bnever had (?:a |an )?(?:${HA}|pain) like (?:this|it)\b`,
      'i',
    ),
  ],
  [
    'occipital-headache',
    new RegExp(
      String.raw`\bocc(?:ipital|\.)?\s+(?:${HA}|pain)\b|\b${HA} (?:in|at) the (?:back of the head|occiput)\b|\bpain (?:in|at) the back of (?:the|her|his) head\b`,
      'i',
    ),
  ],
  ['headache', new RegExp(String.raw`\b${HA}(?=\W|$)`, 'i')],
  [
    'dizziness-on-head-rotation',
    /\b(?:dizz(?:y|iness)|vertigo|giddiness|light-?headed\w*)\s+(?:on|when|with|while|after)\s+(?:(?:turn(?:ing)?|rotat(?:e|ing)|rotation of|mov(?:e|ing)|extend(?:ing)?|look(?:ing)?)\s+(?:(?:the|her|his|my)\s+)?(?:head|neck|up|over (?:the|her|his) shoulder)|(?:head|neck)\s+(?:turning|rotation|movements?|extension))\b|\bbow[- ]?hunter\W?s?\b/i,
  ],
  [
    'neck-pain',
    /\b(?:neck|cervical) (?:pain|ache)\b|\bneck-?ache\b|\bpain in (?:the|her|his|my) neck\b|\bcervicalgia\b/i,
  ],
  ['dizziness', /\b(?:dizz?[iy]?(?:ness)?|dizzyness|vertigo|giddiness|light-?headed\w*)\b/i],
  ['diplopia', /\b(?:dipl?opi?a|double vision|see(?:s|ing)? double)\b/i],
  [
    'visual-disturbance',
    /\b(?:blurr?e?d|blurry|blurring of) vis+i?on\b|\bvision (?:is |was |has been |became |going )?(?:blurr?e?d|blurry)\b|\bvisual disturbances?\b/i,
  ],
  ['visual-field-loss', /\b(?:hemianopi\w*|visual field (?:loss|defect|cut))\b/i],
  [
    // "LOC" only as an event ("brief LOC", "with LOC", "LOC for 2 min"), not "LOC: alert".
    'syncope',
    /\b(?:syncope|faint(?:ed|ing|s)|passed out|blacked out|black-?outs?|loss of consciousness)\b|\b(?:brief|transient|momentary|short|with|had|any|episodes? of)\s+loc\b|\bloc\s+(?:for|x\s?\d|lasting)\b/i,
  ],
  [
    'drop-attacks',
    /\bdrop attacks?\b|\blegs (?:just |suddenly )?(?:gave|give|giving|gives|went) (?:way|from under)\b(?![^.;]{0,30}\b(?:knee|hip|ankle|oa|arthritis)\b)|\b(?:falls?|fell|falling|collaps\w*|dropp?(?:ed|ing|s)?)\s+(?:[\w-]+\s+){0,3}?unheralded\b|\bsudden falls?\b/i,
  ],
  [
    'reduced-consciousness',
    /\b(?:acute confusion|confus(?:ed|ion)(?! about| regarding| over| with)|drows(?:y|iness)|obtunded)\b/i,
  ],
  [
    'numbness',
    /(?<!\bemotional(?:ly)? )\b(?:numbn?e?ss|numness|paraesthesi\w*|paresthesi\w*|pins and needles|tingling)\b|\bnumb (?:(?:left|right|l|r)\s+)?(?:arm|leg|hand|face|lips?|fingers|side|foot|feet|cheek)s?\b|\b(?:arm|leg|hand|face|lips?|fingers|side|foot|feet|cheek)s? (?:is |are |was |were |feels? |felt |went |going )?numb\b/i,
  ],
  [
    'limb-weakness',
    /\bweakness (?:of |in )?(?:the )?(?:(?:left|right|l|r|rt|lt)\s+)?(?:arm|leg|limb|hand)s?\b|\b(?:arm|leg|limb)s? (?:is |are |was |were |feels? |felt )?weak\b|\bweak (?:(?:left|right|l|r)\s+)?(?:arm|leg|limb)s?\b|\b(?:hemiparesis|arm weakness|leg weakness|limb weakness)\b/i,
  ],
  ['tia', /\b(?:tia|transient isch(?:a)?emic attacks?|mini[- ]?strokes?)\b/i],
  [
    'stroke',
    /\b(?:(?<!\b(?:heat|sun) )stroke(?! volume| index| work)|cerebral infarct\w*|subarachnoid ha?emorrhage|intracerebral ha?emorrhage|cerebellar infarct\w*)\b/i,
  ],
  ['nystagmus', /\bnystagm\w*/i],
  [
    'orthostatic-reactions',
    /\b(?:(?:orthostatic|postural) hypotension|hypotension,? (?:orthostatic|postural)|(?:postural|orthostatic) (?:drop|fall) in (?:blood )?pressure)\b/i,
  ],
  ['ataxia', /\bataxi[ac]\b/i],
  [
    'dysarthria',
    /\b(?:dysarthria|slurr?e?d (?:speech|speach|words)|slurr?ing (?:of )?(?:(?:her|his|their) )?(?:speech|words)|speech (?:was |is |became |has been |sounded )?slurr?e?d)\b/i,
  ],
  [
    'dysphagia',
    /\b(?:dysphagia|difficulty (?:in )?swallowing|swallowing (?:difficult(?:y|ies)|problems?)|trouble swallowing)\b/i,
  ],
  [
    'speech-disturbance',
    /\b(?:aphasia|dysphasia|word[- ]finding difficult\w*|(?:struggl\w*|difficulty|trouble|problems?) (?:to )?(?:find(?:ing)?|get(?:ting)? out) (?:the |her |his )?words|can(?:'|no)?t get (?:the |her |his )?words out)\b/i,
  ],
  [
    // §9: a neck manipulation by anyone, self-manipulation included (the report reader holds
    // "chiropractic neck manipulation"; a referral writes it shorter).
    'recent-cervical-manipulation',
    /\b(?:chiro(?:practic|practor)?\W?s?\s+(?:(?:neck|cervical|spinal|c-?spine)\s+)?(?:manipulation|manip|adjustments?|adj)|(?:neck|c-?spine|cervical) manip|hvla|self-?manipulat\w*|thrust (?:to|of) (?:the )?(?:c-?spine|neck|cervical)|adjust(?:ing|ed|ment of)\s+(?:(?:her|his|their|the|this|my)\s+)?(?:(?:pt|patient)\W?s\s+)?(?:neck|c-?spine|cervical spine)|(?:neck|c-?spine|cervical spine)\s+(?:was\s+|being\s+)?(?:adjusted|manipulated|cracked)|crack(?:ed|s|ing)?\s+(?:(?:my|her|his|their|own|the)\s+)?(?:own\s+)?neck|manipulat(?:ed|ing)\s+(?:(?:her|his|their|the|my)\s+)?neck|(?:since|after)\s+(?:the|her|his|my)\s+(?:last\s+)?(?:neck\s+)?adjustment(?!\s+(?:of|to|in|for)\b)|chiropractor for (?:neck |cervical )?(?:adjustments?|manipulations?)|manipulation (?:(?=[^.;\n]{0,40}\b(?:neck|cervical|c-?spine)\b)|(?!(?:[\w-]+\s+){0,3}?(?:lumbar|thoracic|low(?:er)? back|back|sacroiliac|si|pelvi\w*|wrist|shoulder|knee|hip|ankle|elbow|foot|rib)\b))(?:[\w(),-]+\s+){0,6}?by (?:a |the |her |his )?chiropractor)\b/i,
  ],
  [
    'recent-neck-massage',
    /\bmassage (?:to|of|on) (?:the |her |his )?(?:neck|cervical|collar|shoulders? and neck)\b|\bneck and shoulder massage\b/i,
  ],
  [
    'malignancy',
    /\bca\.?\s+(?:of\s+(?:the\s+)?)?(?:breast|lung|prostate|colon|bowel|rectum|ovary|pancreas|kidney|bladder|stomach|oesophagus|cervix|thyroid)\b|\b(?:breast|lung|prostate|colon|bowel|rectal|ovarian|pancreatic)\s+ca\b/i,
  ],
  [
    'thyroid-disease',
    /\b(?:hypo|hyper)thyroid\w*|\bthyroid (?:disease|disorder|dysfunction)\b|\bgraves\W?s? disease\b|\bhashimoto\w*|\bthyrotoxicosis\b/i,
  ],
  [
    'smoking',
    /(?<!\b(?:former|ex|previous(?:ly)?(?: a)?|past|quit)[\s-]*)\b(?:current (?:every ?day |some ?day |daily |heavy |light )?(?:tobacco )?smoker|smokes (?:tobacco )?(?:daily|cigarettes)|(?:daily|heavy) smoker)\b/i,
  ],
];

/** The ptosis of Horner's signs: a drooping eyelid. */
export const PTOSIS_WORDS =
  /\b(?:ptosis|(?:eye)?lid (?:is |was )?droop\w*|droop\w* (?:of the )?(?:(?:r|l|right|left) )?(?:eye)?lid)\b/i;
/** A cancer said past in other words ("discharged from oncology 2017", "treatment completed 2019"). */
export const CANCER_PAST_WORDS =
  /\bdischarged from (?:oncology|(?:cancer |breast |oncology )?follow[- ]?up|the (?:breast|cancer|oncology) (?:clinic|team|service))\b|\b(?:treatment|chemo\w*|radiotherapy) (?:completed|finished)\b/i;
/** The miosis of Horner's signs: a small pupil on one side, unequal pupils. */
export const MIOSIS_WORDS =
  /\b(?:miosis|miotic|small(?:er)? (?:(?:r|l|rt|lt|right|left) )?pupil|(?:(?:r|l|rt|lt|right|left) )?pupil (?:is )?small(?:er)?|anisocoria|unequal pupils|pupils? (?:are )?unequal)\b/i;
/** Symptom names a listed denial goes on over (and the words that join them). */
export const LIST_WORDS =
  /\b(?:and|or|nor|any|other|new|recent|(?:facial|face|limb|arm|leg|hand)s? (?:numbness|weakness|tingling)|drop attacks?|nausea|vomiting|tinnitus|weakness|ptosis|miosis|anisocoria|horner\W?s(?: syndrome)?|aphasia|dysphasia|visual (?:disturbances?|loss|changes?|symptoms|problems)|(?:neurological|neuro|focal) (?:symptoms|deficits?|signs)|red flags?|(?:head |neck )?(?:trauma|injury|injuries)|whiplash|loc|falls?|speech (?:disturbances?|difficult(?:y|ies))|(?:swallowing|speech|speaking) (?:problems|difficult(?:y|ies))|loss of balance|unsteadiness|photophobia|speech|swallowing|balance|vision|hearing|reported|noted|mentioned|described|elicited|documented|at present|currently)\b/gi;
