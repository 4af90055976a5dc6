/**
 * English finding terms of the report reader (regular-expression sources, matched
 * case-insensitively at word boundaries). Order matters: where two terms start at the same
 * place, the earlier entry wins, so specific phrases come before generic words.
 */
import type { TermEntry } from './lexicon-en';

const UNCO = 'unco-?vertebral';
const UNCO_CHANGE =
  '(?:neo|osteo|spondylo)?arthros[ie]s|osteoarthritis|arthritis|arthropathy|hypertroph(?:y|ic changes)|osteophytes?|osteophytosis|spurs?|spurring|degeneration|degenerative changes|arthrotic changes|sclerosis';
/** A vessel shown on the study (negated: not shown). */
const SHOWN = 'visuali[sz]ed|identified|demonstrated|depicted|seen|traced|detected|registered';
const REDUCED = '(?:reduced|decreased|diminished|lowered|low|slowed|weak|weakened|dampened)';
const SEVERITY =
  '(?:(?:markedly|mildly|moderately|significantly|slightly|severely|asymmetrically) )?';

export const TERMS_EN: readonly TermEntry[] = [
  // Cervical spine: degenerative
  {
    finding: 'uncovertebral-arthrosis',
    context: 'any',
    patterns: [
      `${UNCO} (?:joints? )?(?:${UNCO_CHANGE})`,
      `(?:${UNCO_CHANGE}|hypertrophy) of (?:the )?(?:left |right |bilateral )?${UNCO} (?:joints?|articulations?)`,
      `hypertrophic ${UNCO} joints?`,
      // "uncovertebral and facet arthrosis", "uncovertebral joints are hypertrophied"
      `${UNCO} (?:and|&) (?:facet|zygapophyseal|facet joint) (?:joints? )?(?:${UNCO_CHANGE})`,
      `${UNCO} (?:joints?|articulations?) (?:is |are |were |was )?(?:hypertrophied|hypertrophic|degenerated|degenerative|arthrotic|deformed|sclerosed)`,
      // Luschka's joints are the uncovertebral joints.
      `(?:${UNCO_CHANGE}) of (?:the )?(?:joints? of )?luschka(?:.s)?(?: joints?)?`,
      `luschka(?:.s)? (?:joints? )?(?:${UNCO_CHANGE})`,
      'unc(?:o|a)?-?arthros[ie]s',
      'unkarthros[ie]s',
      'uncinate (?:process(?:es)? )?(?:hypertrophy|osteophytes?|spurs?|arthrosis)',
      '(?:hypertrophy|osteophytes?|spurs?) of (?:the )?uncinate process(?:es)?',
      'hypertrophied uncinate process(?:es)?',
    ],
  },
  {
    finding: 'myelopathy',
    context: 'any',
    patterns: [
      'myelopath(?:y|ic)',
      'cord compression',
      'compression of the (?:spinal )?cord',
      'compress(?:es|ing) the (?:spinal )?cord',
      '(?:spinal )?cord (?:is )?compressed',
      'myelomalacia',
      '(?:flattening|deformation|deformity|indentation) of the (?:spinal )?cord',
      '(?:spinal )?cord (?:flattening|deformation|deformity|indentation)',
      'cord (?:signal )?(?:change|changes|abnormality|oedema|edema|hyperintensity)',
      'hyperintens(?:e|ity) (?:signal )?(?:in|of|within) the (?:spinal )?cord',
    ],
  },
  {
    finding: 'radiculopathy',
    context: 'any',
    patterns: [
      '(?:nerve )?root (?:sleeve )?(?:compression|impingement|entrapment)',
      // "compressing the exiting C6 nerve root", "impinging on the left C7 root"
      '(?:compression|impingement) of the (?:(?:left|right|bilateral|exiting|traversing) )*(?:c[1-8] )?(?:nerve )?roots?',
      '(?:compress(?:es|ing)|impinges?(?: on| upon)?|impinging(?: on| upon)?) the (?:(?:left|right|bilateral|exiting|traversing) )*(?:c[1-8] )?(?:nerve )?roots?',
      '(?:nerve )?roots? (?:is |are )?compressed',
      'radiculopath(?:y|ic)',
      'radicular compression',
      // "compression of the dural sac and the left C6 root" (from "dural": in a vessel study
      // "compression" stays the vessel's own reading)
      '(?:dural|thecal) sac and (?:the )?(?:(?:left|right|bilateral|exiting|traversing) )*(?:c[1-8] )?(?:nerve )?roots?',
    ],
  },
  {
    finding: 'fracture-or-ligament-instability',
    context: 'spine',
    patterns: [
      '(?:compression |wedge |burst |odontoid |dens |hangman.s |jefferson )?fractures?',
      'fractured',
      'fx',
      'fracture-dislocation',
      'dislocations?',
      'dislocated',
      'ligament(?:ous)? (?:tear|rupture|injury|disruption)',
      '(?:rupture|tear|disruption) of the (?:[a-z]+ )?(?:[a-z]+ )?ligaments?',
      'torn (?:[a-z]+ )?ligaments?',
    ],
  },
  {
    finding: 'cervical-osteochondrosis',
    context: 'any',
    patterns: [
      'osteochondros[ie]s',
      'osteochondrotic(?: changes)?',
      'spondylos[ie]s',
      'spondylotic(?: changes)?',
      'degenerative dis[ck] disease',
      'ddd',
      'dis[ck] degeneration',
      'degenerat(?:ed|ive) dis[ck]s?',
      'dis[ck][- ]osteophyte complex(?:es)?',
      'dis[ck] (?:space )?(?:height )?(?:narrowing|reduction|loss)',
      'dis[ck] heights? (?:is |are )?(?:reduced|decreased)',
      '(?:reduced|decreased|loss of) (?:intervertebral )?dis[ck] (?:space|height)s?',
      'dis[ck] (?:desiccation|dehydration)',
      '(?:desiccated|dehydrated) dis[ck]s?',
      'dis[ck]s? (?:is |are )?(?:desiccated|dehydrated)',
      '(?:marginal |anterior |posterior )?osteophytes?',
      'osteophytosis',
      '(?:endplate|subchondral) sclerosis',
      'modic (?:type )?(?:[i1-3]+ )?changes?',
    ],
  },
  {
    finding: 'disc-herniation',
    context: 'any',
    patterns: [
      'herniations?',
      'herniated(?: dis[ck]s?| nucleus pulposus)?',
      '(?:dis[ck] )?hernias?',
      'extrusions?',
      'extruded(?: dis[ck])?',
      '(?:dis[ck] )?prolapse',
      'prolapsed dis[ck]s?',
      'sequestrat(?:ion|ed)',
      'sequestrum',
      'hnp',
    ],
  },
  {
    finding: 'disc-protrusion',
    context: 'any',
    patterns: [
      '(?:dis[ck] )?protrusions?',
      'protruding dis[ck]s?',
      'dis[ck] bulg(?:e|es|ing)',
      'bulging(?: of the)? (?:dis[ck]s?|annulus)',
      'annular bulge',
      'bulges?',
    ],
  },
  {
    finding: 'vertebral-instability',
    context: 'any',
    patterns: [
      '(?:segmental |vertebral |dynamic )?instability',
      'hypermobil(?:ity|e)',
      '(?:antero|retro|latero|spondylo)?-?listhesis',
      '(?:pathological|excessive|abnormal) mobility',
      'subluxations?',
      'stair-?step(?:ping)?',
    ],
  },
  {
    finding: 'congenital-spine-anomaly',
    context: 'spine',
    patterns: [
      'kimmerle(?: anomaly)?',
      'ponticulus posticus',
      'klippel-feil',
      'block vertebra(?:e)?',
      '(?:congenital )?fusion anomaly',
      'congenital (?:fusion|anomaly|malformation)',
      'assimilation of the atlas',
      'atlanto-?occipital assimilation',
      'occipitali[sz]ation(?: of the atlas)?',
      'os odontoideum',
      'platybasia',
      'basilar invagination',
      'hemivertebra(?:e)?',
      'butterfly vertebra(?:e)?',
      'spina bifida',
      'cervical ribs?',
    ],
  },
  {
    finding: 'osteoporosis',
    context: 'any',
    patterns: [
      'osteoporo(?:sis|tic)',
      'osteopeni(?:a|c)',
      '(?:reduced|decreased|low) bone (?:mineral )?density',
    ],
  },
  {
    finding: 'spondylodiscitis',
    context: 'any',
    patterns: ['spondylodiscitis', 'discitis', '(?:vertebral )?osteomyelitis'],
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
      'space-occupying (?:lesions?|formations?|masses)',
      'masses',
      'mass',
      'volum(?:etric|inous) (?:formations?|lesions?|masses)',
      'adenomas?',
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
      '(?:perineural |tarlov |arachnoid |synovial )?cysts?',
      'cystic lesions?',
      'syrinx',
      'syringomyelia',
      'ha?emangiomas?',
    ],
  },
  {
    finding: 'infection',
    context: 'any',
    patterns: ['abscess(?:es)?', 'empyema', 'phlegmon'],
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
      'nodular goitre',
      'goitre',
      'goiter',
      'thyroiditis',
    ],
  },
  {
    // A vertebrobasilar insufficiency read in a report: the diagnosis on record (brief §2).
    finding: 'confirmed-vas',
    context: 'any',
    patterns: ['vertebro-?basilar insufficiency', 'vbi', 'vertebral artery syndrome'],
  },
  // Stroke (head studies, or a sentence naming the brain). Haemorrhage is a stroke.
  {
    finding: 'stroke',
    context: 'head',
    patterns: [
      'infar[ck]ts?',
      'infar[ck]tion',
      'infarcted',
      '(?:ischa?emic |ha?emorrhagic )?strokes?',
      '(?:ischa?emic|ha?emorrhagic|cerebral|vascular) insults?',
      'cva',
      'cerebrovascular accident',
      'ischa?emic (?:lesions?|focus|foci|areas?|injury)',
      'ischa?emia',
      'post-?ischa?emic (?:changes?|lesions?|gliosis|defects?|cysts?)',
      'post-?infarct(?:ion)? (?:changes?|gliosis|defects?|cysts?)',
    ],
  },
  {
    finding: 'stroke',
    context: 'head',
    negatable: false,
    acute: true,
    patterns: [
      '(?:dwi|diffusion)(?:[- ]|: ?)(?:positive|bright|hyperintense) (?:lesions?|foci|focus|areas?)',
      // An acute cerebrovascular accident; a subarachnoid haemorrhage on imaging is fresh.
      'acva',
      'acute cerebrovascular accident',
      'sah',
      'subarachnoid ha?emorrhage',
      '(?:focus|foci|areas?|lesions?) (?:of|with) (?:restricted diffusion|diffusion restriction)',
    ],
  },
  {
    finding: 'stroke',
    context: 'head',
    negatable: false,
    patterns: [
      'lacun(?:ar|es?)(?: (?:infarcts?|lesions?|strokes?|foci))?',
      'ha?emorrhag(?:e|es|ic (?:lesions?|focus|foci|transformation))',
      'bleed(?:s|ing)?',
      '(?:intracerebral|intraparenchymal|parenchymal|cerebellar) ha?ematomas?',
    ],
  },
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
  // Vertebral artery (vessel context). Dissection is its own finding (brief v2).
  {
    finding: 'vertebral-artery-dissection',
    context: 'vessel',
    patterns: [
      'dissect(?:ion|ions|ed|ing)(?: (?:flap|aneurysm))?',
      'intramural ha?ematoma',
      'intimal (?:flap|tear)',
      'pseudo-?aneurysms?',
      '(?:double|false) lumen',
    ],
  },
  {
    // A vertebral artery the study could not show (occluded, aplastic or severely narrowed):
    // fail-safe, read as narrowing with no flow shown (an occlusion until a clinician says
    // otherwise, brief §9); the "not" belongs to the term, not to a finding before it.
    finding: 'vertebral-artery-narrowing',
    context: 'vessel',
    occlusion: true,
    absorbsTriggers: true,
    patterns: [
      // Only where the artery is the subject: "stenosis of the VA is not seen" stays a negation.
      `(?<!\\b(?:of|in|within|at|along) (?:the )?(?:(?:left|right|both|bilateral) )?)(?:vertebral arter(?:y|ies)|va|v[1-4](?: segment)?)(?:(?: (?:is |was |were |are )?|: ?)(?:not (?:${SHOWN})|non-?visuali[sz]ed)| (?:could|can) ?not be (?:${SHOWN}))`,
      'non-?visuali[sz]ation of (?:the )?(?:left |right )?(?:vertebral artery|va)',
    ],
  },
  {
    // Absent flow: the "no" belongs to the term ("No flow in V2" is a finding).
    finding: 'vertebral-artery-narrowing',
    context: 'vessel',
    occlusion: true,
    absorbsTriggers: true,
    patterns: [
      'no (?:detectable |demonstrable |antegrade |colou?r |doppler |colou?r doppler )?(?:blood )?flow(?: signals?)?(?=\\s*[.,;:)\\n]|\\s*$| (?:in|within|through|at|of|on|is|was|could|detected|seen)\\b)',
      '(?:absen(?:t|ce of)|lack of|loss of|zero) (?:the )?(?:normal )?(?:antegrade )?(?:blood )?flow(?: voids?| signals?)?',
      'flow (?:voids? |signals? )?(?:is |was |are )?(?:absent|not (?:detect(?:ed|able)|demonstrated|seen|visuali[sz]ed|obtained|registered|recorded)|undetectable)',
      // "Flow in the left VA is not registered"
      '(?:blood )?flow (?:in|through|within|along) (?:the )?(?:(?:left|right) )?(?:vertebral artery|va|v[1-4])(?: segment)? (?:is |was |are )?(?:absent|not (?:detect(?:ed|able)|demonstrated|seen|visuali[sz]ed|obtained|registered|recorded)|undetectable)',
      // "Loss of the left vertebral artery flow void"
      '(?:absen(?:t|ce of)|lack of|loss of) (?:the )?(?:normal )?(?:(?:left|right) )?(?:vertebral artery |va )?flow voids?',
    ],
  },
  {
    finding: 'vertebral-artery-narrowing',
    context: 'vessel',
    occlusion: true,
    patterns: [
      'occlu(?:sion|sions|ded)',
      'thrombotic occlusion',
      'sub-?occlu(?:sion|sions|ded|sive)',
      'near[- ]occlu(?:sion|sive)',
    ],
  },
  {
    finding: 'vertebral-artery-narrowing',
    context: 'vessel',
    patterns: [
      'stenos[ie]s',
      'stenotic',
      'stenosed',
      'narrow(?:ing|ed|s)?',
      'lumen (?:is |was )?(?:reduced|narrowed|decreased)',
      'reduced lumen',
      `${REDUCED} (?:peak systolic |end-?diastolic |mean )?(?:blood )?(?:flow|velocit(?:y|ies)|perfusion)(?: velocit(?:y|ies))?`,
      `(?:flow|velocit(?:y|ies))(?: velocit(?:y|ies))? (?:is |was |are |were )?${SEVERITY}${REDUCED}`,
      `(?:flow|velocit(?:y|ies))(?: velocit(?:y|ies))? (?:in|of|through|within) (?:[a-z0-9-]+ ){1,5}?(?:is |was |are |were )?${SEVERITY}${REDUCED}`,
      `(?:flow|velocit(?:y|ies)) (?:of )?\\d[\\d.,]* ?(?:cm|m)/s(?:ec)?,? \\(?${SEVERITY}${REDUCED}`,
      'flow reduction',
      'decrease (?:of|in) (?:the )?(?:blood )?flow(?: velocit(?:y|ies))?',
      '(?:extravasal|extrinsic|external|extravascular) (?:influence|impact|compression|effect)',
      'compress(?:es|ing) the (?:(?:left|right|both) )?(?:vertebral arter(?:y|ies)|va)',
      'reduction (?:of|in) (?:the )?(?:blood )?flow(?: velocit(?:y|ies))?',
      'hypoperfusion',
      '(?:extravasal |extrinsic |external |osteophytic )?compression',
      'compressed',
      'kink(?:ing|ed|s)?',
      'thromb(?:us|osis|osed)',
    ],
  },
  {
    finding: 'vertebral-artery-atherosclerosis',
    context: 'vessel',
    patterns: [
      'atherosclero(?:sis|tic)',
      'atheroma(?:tous)?',
      '(?:calcified |soft |mixed |fibrous |atheromatous )?plaques?',
      'intima-media thickening',
      '(?:mural|wall) calcifications?',
    ],
  },
];
