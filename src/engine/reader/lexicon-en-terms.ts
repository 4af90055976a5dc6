/**
 * English finding terms of the report reader (regular-expression sources, matched
 * case-insensitively at word boundaries). Order matters: where two terms start at the same
 * place, the earlier entry wins, so specific phrases come before generic words. The cervical
 * spine's terms come first, the vertebral artery's last (lexicon-en-terms-spine.ts,
 * lexicon-en-terms-vessel.ts).
 */
import type { TermEntry } from './lexicon-en';
import { HISTORY_TERMS_EN } from './lexicon-en-terms-history';
import { SPINE_TERMS_EN } from './lexicon-en-terms-spine';
import { STROKE_TERMS_EN } from './lexicon-en-terms-stroke';
import { VESSEL_TERMS_EN } from './lexicon-en-terms-vessel';

export const TERMS_EN: readonly TermEntry[] = [
  ...SPINE_TERMS_EN,
  ...HISTORY_TERMS_EN,
  // Cancer in the past ("history of breast cancer"); not a family's.
  {
    finding: 'malignancy-history',
    context: 'any',
    patterns: [
      '(?<!\\bfamily )(?:history of|h/o|previous|prior|past|treated|resected|operated) (?:[a-z]+ ){0,2}cancer',
    ],
  },
  {
    // "Known lung cancer", "patient with prostate cancer" (not screening or a family's).
    finding: 'malignancy',
    context: 'any',
    patterns: ['(?<!\\bfamily history of (?:[a-z]+ )?)cancer(?! (?:screening|risk|prevention))'],
  },
  {
    // A neoplastic lesion of a vertebra is a bone tumour (FR: malignant, or weakening bone).
    finding: 'malignancy',
    context: 'spine',
    otherwise: [{ finding: 'brain-tumour', context: 'head' }],
    patterns: ['neoplastic (?:lesions?|process|masses|mass)'],
  },
  // Malignancy: metastases, carcinoma... are narrower than "malignancy of any site".
  {
    finding: 'malignancy',
    context: 'any',
    patterns: [
      'malignan(?:cy|cies)',
      'malignant(?: (?:tumou?rs?|neoplasms?|lesions?|process|infiltration))?',
    ],
  },
  {
    finding: 'malignancy',
    context: 'any',
    negatable: false,
    patterns: [
      'metasta(?:sis|ses|tic)(?: (?:deposits?|lesions?|disease))?',
      'mts',
      'mets',
      'secondaries',
      'neoplastic infiltration',
      'leuk(?:a?e)mi(?:a|c) infiltration',
      '(?:osteo)?lytic (?:lesions?|foci|focus|destruction)',
      '(?:osteo)?blastic (?:lesions?|foci|focus|metastas[ie]s|deposits?)',
      'oncologic(?:al)? (?:process|lesions?|disease)',
      'destruction of the (?:c[1-7] )?vertebral bod(?:y|ies)',
      'secondar(?:y|ies) (?:deposits?|lesions?)',
      'carcinoma',
      'sarcoma',
      'lymphoma',
      '(?:multiple )?myeloma',
      'plasmacytoma',
      'chordoma',
    ],
  },
  // Tumours: the same words are a brain tumour in the head, a spinal tumour in the spine.
  {
    finding: 'brain-tumour',
    context: 'head',
    otherwise: [{ finding: 'spinal-tumour-or-cyst', context: 'spine' }],
    patterns: [
      'tumou?rs?',
      'neoplasms?',
      'mass lesions?',
      'space[- ]occupying (?:lesions?|formations?|masses)',
      '(?:intramedullary|intradural|extramedullary|intradural extramedullary) (?:lesions?|masses|formations?)',
      // Not the lateral masses of C1 (anatomy: "the lateral masses of C1 are symmetric").
      '(?<!\\blateral )masses',
      // Not "mass effect" (a disc's on the thecal sac, or "mass effect: none").
      '(?<!\\blateral )mass(?![ -]effect)',
      'volum(?:etric|inous) (?:formations?|lesions?|masses)',
      '(?:macro|micro)?adenomas?',
    ],
  },
  {
    finding: 'brain-tumour',
    context: 'head',
    negatable: false,
    otherwise: [{ finding: 'spinal-tumour-or-cyst', context: 'spine' }],
    patterns: ['meningiomas?', 'schwannomas?', 'ependymomas?', 'neurinomas?', 'neuromas?'],
  },
  {
    finding: 'brain-tumour',
    context: 'head',
    negatable: false,
    patterns: ['gliomas?', 'glioblastomas?', 'astrocytomas?', 'medulloblastomas?'],
  },
  {
    finding: 'spinal-tumour-or-cyst',
    context: 'spine',
    negatable: false,
    patterns: [
      // Not a cyst of the sinuses, the throat or a gland seen on the same study.
      '(?:perineural |tarlov |arachnoid |synovial )?cysts?(?![^.;\\n]{0,40}\\b(?:sinus|nasopharyn\\w*|parotid|submandibular|vallecul\\w*|thyroid|thyroglossal|branchial|tonsil\\w*|retention|mucous|mucus))(?<!\\b(?:sinus|maxillary|nasopharyngeal|parotid|submandibular|vallecular|thyroid|thyroglossal|branchial|retention|mucous|tonsillar)[^.;\\n]{0,30}cysts?)',
      'cystic lesions?',
      'syrinx',
      'syringomyelia',
      'syringo-?hydromyelia',
      'hydromyelia',
      'ha?emangiomas?',
    ],
  },
  {
    finding: 'infection',
    context: 'any',
    patterns: [
      'abscess(?:es)?',
      'empyema',
      'phlegmon',
      '(?:consistent|compatible|in keeping) with (?:an )?infection',
      // An abscess described, not named.
      '(?:epidural|prevertebral|paravertebral|retropharyngeal) (?:fluid )?collections?',
      '(?:fluid )?collections? with rim enhancement',
      'septic arthritis',
    ],
  },
  {
    finding: 'meningitis',
    context: 'any',
    patterns: [
      'meningitis',
      '(?:lepto|pachy)?meningeal (?:enhancement|thickening|inflammation)',
      'enhancement of the (?:lepto|pachy)?meninges',
    ],
  },
  {
    finding: 'thyroid-disease',
    context: 'any',
    patterns: [
      'thyroid (?:nodules?|goitre|goiter|cysts?|enlargement|mass(?:es)?|adenomas?)',
      // "nodule in the right thyroid lobe", "heterogeneous thyroid with hypoechoic nodules"
      '(?:nodules?|cysts?|mass(?:es)?|lesions?|formations?) (?:in|of|within) the (?:(?:left|right|lt|rt|l\\.?|r\\.?) )?thyroid(?! cartilage)(?: (?:lobe|gland|isthmus))?',
      'thyroid (?:lobe|gland) (?:nodules?|cysts?|mass(?:es)?|lesions?)',
      '(?:heterogeneous|inhomogeneous|multinodular) thyroid(?! cartilage)(?: gland)?',
      'thyroid(?: gland)? (?:is )?(?:heterogeneous|inhomogeneous|multinodular)',
      'thyroid(?: gland)? (?:with|containing) (?:[a-z]+ ){0,2}(?:nodules?|nodes?)',
      'enlarged thyroid',
      'thyroid(?: gland)? (?:is )?enlarged',
      'nodular thyroid',
      '(?:formation|nodule|mass) in the (?:left |right )?lobe of the thyroid',
      'nodular goitre',
      // Russian-English "nodes" of the thyroid; a colon or dash layout; an enlarged volume.
      'thyroid(?: gland)?(?: ?:(?: ?[-\u2013\u2014])?|:? ?[-\u2013\u2014](?![^.\\n]*\\b(?:not (?:detected|seen|found|revealed|visuali[sz]ed|present|identified)|absent|excluded)))? ?(?:(?:a |multiple |several |single |solitary )?(?:nodules?|nodes?|cysts?|mass(?:es)?|formations?)|multinodular|heterogeneous|inhomogeneous|enlarged|diffuse(?:ly)? (?:changes?|changed|enlarged|heterogeneous))',
      '(?:nodes?|nodules?|formations?) in (?:the )?(?:(?:left|right|both) )?(?:lobes?|isthmus) of (?:the )?thyroid',
      'thyroid(?: gland)? volume (?:is )?(?:increased|enlarged|raised)',
      'diffuse changes (?:of|in) (?:the )?thyroid(?! cartilage)',
      'ait(?: \\(autoimmune thyroiditis\\))?',
      'autoimmune thyroiditis',
      'goitre',
      'goiter',
      'thyroiditis',
    ],
  },
  {
    // A vertebrobasilar insufficiency read in a report: the diagnosis on record (brief §2).
    finding: 'confirmed-vas',
    context: 'any',
    patterns: [
      'vertebro-?basilar (?:insufficiency|insuficiency|syndrome)',
      'vertebro-?basilar (?:circulatory|vascular|arterial|blood[- ]flow|circulation) insufficiency',
      // "Insufficiency in the vertebrobasilar basin", "circulatory insufficiency in the VB system"
      '(?<!\\bvenous )(?:(?:circulatory|vascular|blood[- ]flow|circulation) )?insufficiency (?:of|in) (?:the )?(?:(?:blood flow|circulation) in the )?vertebro-?basilar (?:basin|territory|system|circulation|region|pool)',
      'vbi',
      'vertebral artery syndrome',
      'vb insufficiency',
      'vertebro-?basilar isch(?:a?e|a)mia',
      'syndrome of the vertebral artery',
      'posterior circulation insufficiency',
      'insufficiency of (?:the )?blood flow in the vertebro-?basilar (?:basin|territory|system)',
    ],
  },
  {
    finding: 'tia',
    context: 'any',
    patterns: [
      'tias?(?! (?:clinic|pathway|service|unit|team|protocol|nurse|referral|assessment|work-?up))',
      'transient isch(?:a?e|a)mic attacks?',
      'transient (?:disturbance|disorder|violation) of (?:the )?cerebral circulation',
    ],
  },
  ...STROKE_TERMS_EN,
  {
    finding: 'muscle-hypertonicity',
    context: 'any',
    patterns: [
      '(?:paravertebral |paraspinal )?muscle spasm',
      'muscular (?:spasm|tension|hypertonicity|hypertonus)',
      'muscle (?:hypertonicity|tension|guarding)',
      'myospasm',
      'hypertonicity',
      'hypertonus',
    ],
  },
  ...VESSEL_TERMS_EN,
];
