/**
 * English lexicon of the imaging-report reader: finding synonyms and NegEx-style triggers.
 * Pure data (regular-expression sources, matched case-insensitively at word boundaries), so
 * another language is another file of the same shape.
 */
import type { FindingId } from '../finding-ids';

/** Where a term may be read: `vessel` needs a vertebral-artery sentence or a vessel study. */
export type TermContext = 'any' | 'vessel' | 'spine' | 'head';

export interface TermEntry {
  finding: FindingId;
  patterns: readonly string[];
  context: TermContext;
}

export interface Lexicon {
  lang: string;
  terms: readonly TermEntry[];
  /** Negation triggers before the term ("no evidence of stenosis"). */
  preNegation: readonly string[];
  /** Negation triggers after the term ("stenosis is not seen"). */
  postNegation: readonly string[];
  preUncertain: readonly string[];
  postUncertain: readonly string[];
  /** Look like triggers but negate nothing ("no increase", "not only"). */
  pseudo: readonly string[];
  /** Words that end a trigger's scope, besides ";" and the sentence end. */
  terminators: readonly string[];
  /** A sentence naming the vertebral artery (vessel terms need it outside vessel studies). */
  vertebralMention: string;
  /** Other vessels: a vessel term in a sentence naming only these is not the vertebral artery. */
  otherVessel: string;
}

export const LEXICON_EN: Lexicon = {
  lang: 'en',
  terms: [
    {
      finding: 'vertebral-artery-narrowing',
      context: 'vessel',
      patterns: [
        'stenos[ie]s',
        'stenotic',
        'narrow(?:ing|ed|s)?',
        'lumen (?:is )?reduced',
        '(?:reduced|decreased|diminished|low|slowed) (?:blood )?(?:flow|velocity|perfusion)(?: velocit(?:y|ies))?',
        'flow(?: velocity)? (?:is |was )?(?:reduced|decreased|diminished|slowed)',
        'hypoplas(?:ia|tic)',
        '(?:extravasal |extrinsic )?compression',
        'compressed',
        'occlu(?:sion|ded)',
        'dissection',
        'kinking',
      ],
    },
    {
      finding: 'vertebral-artery-atherosclerosis',
      context: 'vessel',
      patterns: ['atherosclero(?:sis|tic)', 'atheroma(?:tous)?', 'plaques?'],
    },
    {
      finding: 'uncovertebral-arthrosis',
      context: 'any',
      patterns: [
        'unco-?vertebral (?:joint )?(?:arthrosis|osteoarthritis|arthropathy|hypertrophy|osteophytes?|degeneration)',
        'uncarthrosis',
        'uncovertebral arthrosis',
      ],
    },
    {
      finding: 'cervical-osteochondrosis',
      context: 'any',
      patterns: [
        'osteochondrosis',
        'degenerative dis[ck] disease',
        'spondylosis',
        'dis[ck] degeneration',
      ],
    },
    {
      finding: 'disc-protrusion',
      context: 'any',
      patterns: ['protrusions?', 'dis[ck] bulg(?:e|es|ing)', 'bulging dis[ck]s?'],
    },
    {
      finding: 'disc-herniation',
      context: 'any',
      patterns: ['herniations?', 'herniated', 'dis[ck] hernia', 'extrusions?', 'dis[ck] prolapse'],
    },
    {
      finding: 'vertebral-instability',
      context: 'any',
      patterns: [
        '(?:segmental |vertebral )?instability',
        'hypermobility',
        '(?:antero|retro|spondylo)?listhesis',
      ],
    },
    {
      finding: 'fracture-or-ligament-instability',
      context: 'any',
      patterns: ['fractures?', 'ligament(?:ous)? (?:tear|rupture|injury)'],
    },
    {
      finding: 'congenital-spine-anomaly',
      context: 'spine',
      patterns: [
        'kimmerle(?: anomaly)?',
        'klippel-feil',
        'block vertebra(?:e)?',
        'assimilation of the atlas',
        'congenital (?:anomaly|malformation)',
        'cervical rib',
      ],
    },
    { finding: 'osteoporosis', context: 'any', patterns: ['osteoporo(?:sis|tic)', 'osteopenia'] },
    {
      finding: 'myelopathy',
      context: 'any',
      patterns: [
        'myelopathy',
        'cord compression',
        'myelomalacia',
        'cord signal (?:change|abnormality)',
      ],
    },
    {
      finding: 'radiculopathy',
      context: 'any',
      patterns: ['(?:nerve )?root compression', 'radiculopathy', '(?:nerve )?root impingement'],
    },
    {
      finding: 'spondylodiscitis',
      context: 'any',
      patterns: ['spondylodiscitis', 'discitis', 'osteomyelitis'],
    },
    {
      finding: 'malignancy',
      context: 'any',
      patterns: ['metasta(?:sis|ses|tic)', 'malignan(?:cy|t)'],
    },
    {
      finding: 'spinal-tumour-or-cyst',
      context: 'spine',
      patterns: ['tumou?rs?', 'neoplasms?', 'cysts?', 'cystic lesion', 'mass lesion'],
    },
    {
      finding: 'brain-tumour',
      context: 'head',
      patterns: ['tumou?rs?', 'neoplasms?', 'glioma', 'meningioma', 'mass lesion'],
    },
    {
      finding: 'stroke',
      context: 'head',
      patterns: ['infarcts?', 'infarction', '(?:ischa?emic |haemorrhagic |hemorrhagic )?stroke'],
    },
    {
      finding: 'muscle-hypertonicity',
      context: 'any',
      patterns: ['muscle spasm', 'muscular hypertonicity', 'muscle hypertonicity', 'hypertonus'],
    },
  ],
  preNegation: [
    'no',
    'not',
    'without',
    'without (?:any )?(?:evidence|signs?) of',
    'no evidence of',
    'no signs? of',
    'no sign of',
    'negative for',
    'free of',
    'absence of',
    'rules? out',
    'ruled out',
    'excludes?',
    'there is no',
    'there are no',
    'nor',
  ],
  postNegation: [
    '(?:is |are |was |were )?not (?:seen|identified|detected|visuali[sz]ed|demonstrated|present|found)',
    '(?:is |are |was |were )?(?:absent|excluded|ruled out)',
  ],
  preUncertain: [
    'possible',
    'possibly',
    'probable',
    'probably',
    'questionable',
    'suspicious for',
    'suspicion of',
    'suspected',
    'suspect',
    'suggestive of',
    'may represent',
    'may be',
    'could be',
    'cannot exclude',
    'can ?not exclude',
    'cannot rule out',
    'equivocal',
    'borderline',
    'no definite',
    'no convincing',
    'differential (?:diagnosis )?includes',
    'rule out',
  ],
  postUncertain: [
    'cannot be (?:excluded|ruled out)',
    'can ?not be (?:excluded|ruled out)',
    'not (?:be )?(?:excluded|ruled out)',
    '(?:is |are )?(?:suspected|questionable|possible|not excluded)',
    '\\?',
  ],
  pseudo: [
    'no increase',
    'no change',
    'no significant change',
    'not only',
    'not necessarily',
    'no interval change',
    'without (?:interval )?change',
    'not extend',
    'gram negative',
  ],
  terminators: [
    'but',
    'however',
    'although',
    'though',
    'except',
    'whereas',
    'apart from',
    'aside from',
  ],
  vertebralMention:
    '\\bvertebral arter(?:y|ies)\\b|\\bva\\b|\\bv[1-4]\\b|\\bvertebrobasilar\\b|\\bvertebral\\b',
  otherVessel: '\\bcarotid|\\bica\\b|\\bcca\\b|\\beca\\b|\\bsubclavian|\\bjugular|\\bbasilar\\b',
};
