/**
 * English finding terms of the cervical spine (see lexicon-en-terms.ts for the order rule).
 */
import type { TermEntry } from './lexicon-en';

const UNCO = 'unco-?vertebral';
const UNCO_CHANGE =
  '(?:neo|osteo|spondylo)?arthros[ie]s|osteoarthritis|arthritis|arthropathy|hypertroph(?:y|ic changes)|osteophytes?|osteophytosis|spurs?|spurring|degeneration|degenerative changes|arthrotic changes|sclerosis';

const CORD_SIDE = '(?:(?:ventral|dorsal|anterior|posterior|left|right) )?';
const ADI = '(?:atlanto-?dental interval|atlanto-?dens interval|adi)';
/** Not a disc's height ("reduced height of the C5-C6 disc"). */
const NOT_DISC =
  '\\s+(?:of\\s+)?(?:the\\s+)?(?:[a-z0-9-]+\\s+){0,2}(?:intervertebral\\s+)?(?:dis[ck]|dis[ck]\\s+space)';
const FACET = '(?:facet|zygapophyseal|facet joint)s?';

export const SPINE_TERMS_EN: readonly TermEntry[] = [
  // Cervical spine: degenerative
  {
    finding: 'uncovertebral-arthrosis',
    context: 'any',
    patterns: [
      `${UNCO} (?:joints? )?(?:${UNCO_CHANGE})`,
      // "Uncovertebral joints are normal except at C5-6 where there is hypertrophy",
      // "UNCOVERTEBRAL JOINTS NORMAL APART FROM C5-6: HYPERTROPHY BILATERALLY"
      // (The change alone, after the exception's word: a term ends at its clause.)
      `(?:${UNCO_CHANGE}|hypertroph\\w*)(?! of (?:the )?(?:facets?|ligament\\w*))(?![^.;\\n]{0,25}\\b(?<!\\bnot )(?:(?:has|had|now)\\s+)?resolved\\b)(?<=${UNCO} (?:joints?|articulations?):?(?: (?:are|is|appears?))? (?:normal|unremarkable|preserved)[^.;\\n]{0,8}?\\b(?:except|apart from|other than|save|but for)\\b(?:(?!facet|flavum|articular|dis[ck]|previous)[^.;\\n]){0,60}?\\b(?:${UNCO_CHANGE}|hypertroph\\w*))`,
      `(?:${UNCO_CHANGE}|hypertrophy|deformation|deformity) of (?:the )?(?:left |right |bilateral )?(?:${FACET} ?(?:and|&|/) ?)?${UNCO} (?:joints?|articulations?)`,
      // "uncovertebral/facet hypertrophy", "uncovertebral joint and facet hypertrophy"
      `${UNCO}(?: joints?)? ?(?:and|&|/) ?${FACET} (?:joints? )?(?:${UNCO_CHANGE})`,
      // "Uncovertebral joints with osteophytes at C5-C6"
      `${UNCO} (?:joints?|articulations?) with (?:marginal )?(?:osteophytes?|osteophytosis|spurs?|spurring|hypertroph(?:y|ic changes)|sclerosis|arthrotic changes|degenerative changes)`,
      // Narrowed uncovertebral joint spaces: an X-ray sign of the arthrosis.
      `(?:narrow(?:ing|ed)|reduc(?:tion|ed)) (?:of )?(?:the )?${UNCO} (?:joint )?spaces?`,
      `${UNCO} (?:joint )?spaces? (?:is |are )?(?:narrow(?:ing|ed)|reduced)`,
      // "UVJ arthrosis", "UV joint hypertrophy"
      `(?:uv[- ]?joints?|uvjs?) (?:${UNCO_CHANGE})`,
      `(?:${UNCO_CHANGE}|deformation|deformity) of (?:the )?(?:uv[- ]?joints?|uvjs?)`,
      // "Osteophytes at the uncovertebral joints" (the osteophytes stay osteochondrosis)
      `(?<=(?:osteophytes?|osteophytosis|spurs?|spurring) (?:at|of|from|arising from|in|involving|along) (?:the )?(?:(?:left|right|bilateral) )?)${UNCO} (?:joints?|articulations?|process(?:es)?)`,
      // "Osteophytes arise from the uncinate processes" (the osteophytes stay osteochondrosis)
      '(?<=(?:osteophytes?|spurs?) (?:arise|arising|arises|originate|originating|project|projecting) from (?:the )?)uncinate process(?:es)?',
      // X-ray signs: sharpened, pointed, deformed uncinate processes
      '(?:sharpening|pointing|elongation|deformation|deformity|sclerosis) of (?:the )?uncinate process(?:es)?',
      '(?:sharpened|pointed|elongated|deformed|hypertrophic) uncinate process(?:es)?',
      'uncinate process(?:es)? (?:is |are )?(?:sharpened|pointed|elongated|deformed|hypertrophied|hypertrophic|enlarged)',
      // Latin: "arthrosis of the processus uncinati", "processus uncinati deformed"
      '(?:arthrosis|hypertrophy|deformation|sclerosis) of (?:the )?process(?:us|i) uncinat(?:i|us)',
      '(?:sharpened|pointed|elongated|deformed|hypertrophic) process(?:us|i) uncinat(?:i|us)',
      `degenerative ${UNCO} joints?`,
      `${UNCO} joints? (?:are |is )?(?:arthrotically|degeneratively) changed`,
      'process(?:us|i) uncinat(?:i|us) (?:is |are )?(?:sharpened|pointed|elongated|deformed|hypertrophied)',
      `hypertrophic ${UNCO} joints?`,
      // "uncovertebral and facet arthrosis", "uncovertebral joints are hypertrophied"
      `${UNCO} (?:and|&) (?:facet|zygapophyseal|facet joint) (?:joints? )?(?:${UNCO_CHANGE})`,
      `${UNCO} (?:joints?|articulations?):? (?:is |are |were |was )?(?:hypertrophied|hypertrophic|degenerated|degenerative|arthrotic|deformed|sclerosed)`,
      // Luschka's joints are the uncovertebral joints.
      `(?:${UNCO_CHANGE}) of (?:the )?(?:joints? of )?luschka(?:.s)?(?: joints?)?`,
      `luschka(?:.s)? (?:joints? )?(?:${UNCO_CHANGE})`,
      `${UNCO} (?:joints?|articulations?):? ?[-–—]? ?(?:${UNCO_CHANGE})`,
      `(?:degenerative )?(?:changes?|disease) of (?:the )?${UNCO} (?:joints?|articulations?)`,
      `${UNCO} (?:joint )?(?:degenerative changes?|degenerative disease|disease|spondylosis)`,
      `degenerative ${UNCO} (?:joint )?(?:changes?|disease)`,
      `(?:unco-?)?covertebral (?:joints? )?(?:${UNCO_CHANGE}|artrose)`,
      `${UNCO} (?:artrose|artroz)`,
      'uncinate (?:process(?:es)? )?spurring',
      'unc(?:o|a)?-?arthros[ie]s',
      'unkarthros[ie]s',
      'uncinate (?:process(?:es)? )?(?:hypertrophy|osteophytes?|spurs?|(?:neo|osteo|spondylo)?arthros[ie]s|osteoarthritis|arthropathy|degeneration|degenerative changes|sclerosis)',
      // "Uncinate process osteophytosis" (the osteophytosis stays osteochondrosis)
      'uncinate process(?:es)?(?= osteophytosis)',
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
      '(?:flattening|deformation|deformity|indentation|effacement|distortion) of the (?:spinal )?cord',
      // "deforming the spinal cord", "flattens the ventral cord", "abutting the cord"
      `(?:deform|flatten|indent|efface|distort|compress|abut|contact|imping)(?:s|es|ing|ting)?(?: on| upon)? the ${CORD_SIDE}(?:spinal )?cord`,
      '(?:spinal )?cord (?:impingement|contact|abutment|effacement|distortion)',
      // Cord signal: "increased T2 signal within the cord", "intramedullary T2 hyperintensity"
      `(?:increased|high|abnormal|altered|bright|hyperintense) (?:t2(?:-weighted)? |stir )?signal (?:intensity )?(?:change )?(?:in|within|of|involving) the ${CORD_SIDE}(?:spinal )?cord`,
      `signal (?:change|changes|abnormality|abnormalities|alteration|alterations) (?:in|within|of|involving) the ${CORD_SIDE}(?:spinal )?cord`,
      'intramedullary (?:t2 |stir )?(?:hyperintens(?:ity|ities|e signal|e (?:focus|foci|lesion))|(?:high )?signal (?:change|abnormality|alteration)|high signal|o?edema)',
      '(?:spinal )?cord (?:flattening|deformation|deformity|indentation)',
      '(?:spinal )?cord (?:is |was )?(?:flattened|effaced|deformed|indented|compressed)',
      'abutment of the (?:spinal )?cord',
      'indent(?:ing|s|ation of) the (?:spinal )?cord',
      'mass effect on the (?:spinal )?cord(?!:)',
      '(?:dural|thecal) sac and (?:the )?spinal cord',
      'myelo-?isch(?:a?e|a)mia',
      'cord (?:signal )?(?:change|changes|abnormality|oedema|edema|hyperintensity)',
      'hyperintens(?:e|ity) (?:signal )?(?:in|of|within) the (?:spinal )?cord',
    ],
  },
  {
    // No CSF left around the cord: the "no" belongs to the term.
    finding: 'myelopathy',
    context: 'any',
    absorbsTriggers: true,
    patterns: [
      `(?:no|absent|loss of|effaced|effacement of) (?:the )?(?:csf|cerebrospinal fluid)(?: signal| space| rim| column)? (?:around|surrounding|anterior to|posterior to|ventral to|dorsal to) the (?:spinal )?cord`,
    ],
  },
  {
    finding: 'radiculopathy',
    context: 'any',
    patterns: [
      '(?:nerve )?root (?:sleeve )?(?:compression|impingement|entrapment)',
      // "compressing the exiting C6 nerve root", "impinging on the left C7 root"
      '(?:compression|impingement|entrapment|displacement|deviation) of the (?:(?:left|right|bilateral|exiting|traversing) )*(?:c[1-8] )?(?:nerve )?roots?',
      // "displacing the left C6 nerve root", "encroaching on the exiting C6 root"
      '(?:displac(?:es|ing)|deviat(?:es|ing)|encroach(?:es|ing)(?: on| upon)?|affect(?:s|ing)|entrap(?:s|ping)|contact(?:s|ing)) the (?:(?:left|right|bilateral|exiting|traversing) )*(?:c[1-8] )?(?:nerve )?roots?',
      '(?:compress(?:es|ing)|impinges?(?: on| upon)?|impinging(?: on| upon)?) the (?:(?:left|right|bilateral|exiting|traversing) )*(?:c[1-8] )?(?:nerve )?roots?',
      '(?:nerve )?roots? (?:is |are )?compressed',
      'radiculopath(?:y|ic)',
      'radicular compression',
      '(?:radicular|disc-root|disco-radicular|discoradicular) conflict',
      '(?:contact (?:with|of)|abutting|abutment of) the (?:(?:left|right|bilateral|exiting|traversing) )*(?:c[1-8] )?(?:nerve )?roots?',
      // "compression of the dural sac and the left C6 root" (from "dural": in a vessel study
      // "compression" stays the vessel's own reading)
      '(?:dural|thecal) sac and (?:the )?(?:(?:left|right|bilateral|exiting|traversing) )*(?:c[1-8] )?(?:nerve )?roots?',
    ],
  },
  {
    finding: 'fracture-or-ligament-instability',
    context: 'spine',
    patterns: [
      // Not another bone's, seen on a cervical film ("healed rib fracture", "fracture of the
      // left clavicle").
      '(?<!\\b(?:rib|ribs|clavicle|clavicular|scapular?|humeral|sternal) )(?:compression |wedge |burst |odontoid |dens |hangman.s |jefferson )?fractures?(?! (?:clinic|service|team|unit|liaison|department)\\b)(?! of the (?:(?:left|right) )?(?:\\d+(?:st|nd|rd|th) )?(?:ribs?|clavicle|scapula|humerus|sternum))',
      'fractured',
      'fx',
      'fractrue',
      'wedge (?:compression )?(?:deformit(?:y|ies)|fractures?)',
      'anterior wedging',
      'compression deformit(?:y|ies)',
      // A vertebral body's height, not a disc's ("loss of height of the C5-C6 disc").
      'loss of (?:the )?(?:vertebral )?(?:body )?height(?!\\s+of\\s+(?:the\\s+)?(?:[a-z0-9-]+\\s+){0,2}(?:intervertebral\\s+)?dis[ck])',
      'avulsion',
      'atlanto-?axial (?:instability|subluxation|dislocation)',
      'os odontoideum with (?:atlanto-?axial )?instability',
      // A wide atlanto-dental interval: the transverse ligament does not hold (FR).
      'widen(?:ing|ed) (?:of )?the atlanto-?dental interval',
      `(?:widen(?:ing|ed)|increased|enlarged|abnormal) (?:of )?(?:the )?${ADI}`,
      `${ADI}(?: (?:of )?\\d+(?:[.,]\\d+)? ?mm)?,? (?:is |was )?(?:widened|increased|enlarged|abnormal)`,
      // An atlanto-dental interval of 4 mm or more
      `${ADI}(?: of| is| measures|:)? ?(?:[4-9]|\\d\\d)(?:[.,]\\d+)? ?mm`,
      // Anterior translation of 4 mm or more (White and Panjabi: 3.5 mm)
      '(?:anterior|posterior|sagittal) translation (?:of (?:c[1-7] )?(?:on c[1-7] )?)?(?:by |of )?(?:[4-9]|\\d\\d)(?:[.,]\\d+)? ?mm',
      // A vertebral body collapsed or lower (not a disc's height)
      '(?:collapse|crush(?: deformity| fracture)?|compression) of (?:the )?(?:c[1-7] )?(?:vertebral bod(?:y|ies)|vertebra(?:e)?)',
      'collapse of c[1-7]',
      '(?:c[1-7] )?vertebral bod(?:y|ies) (?:collapse|crush)',
      'collapsed (?:c[1-7] )?(?:vertebral bod(?:y|ies)|vertebra(?:e)?)',
      'vertebral collapse',
      'vertebra plana',
      'crush (?:deformity|fracture)',
      `(?:height (?:reduction|loss)|(?:reduced|decreased|diminished|lower) height)(?!${NOT_DISC})`,
      '(?:vertebral )?bod(?:y|ies) heights? (?:is |are |was )?(?:reduced|decreased|diminished|lost)',
      'cortical (?:break|disruption|breach|discontinuity|step-?off)',
      'fracture-dislocation',
      'dislocations?',
      'dislocated',
      'ligament(?:ous)? (?:tear|rupture|injury|disruption|instability)',
      '(?:rupture|tear|disruption) of the (?:[a-z]+ )?(?:[a-z]+ )?ligaments?',
      'torn (?:[a-z]+ )?ligaments?',
    ],
  },
  {
    // An injury of the neck said in a spine study ("traumatic subluxation", "post-traumatic
    // changes", "whiplash injury"): ART's neck injury (massage); onset unknown until entered.
    finding: 'neck-injury',
    context: 'spine',
    patterns: [
      '(?:post-?)?traumatic(?= (?:c[1-7]|fractures?|subluxations?|dislocations?|changes|injur(?:y|ies)|lesions?|deformit(?:y|ies)|spondylolisthesis|listhesis|disc|ha?ematoma|o?edema))',
      'post-?traumatic changes',
      'whiplash(?: injury)?',
      '(?:fall|fell) (?:from|off|down) (?:a |an |the )?(?:ladder|stairs|steps|height|roof|horse|bike|bicycle|tree|bed|chair)',
      '(?:after|following|due to|from) (?:a |an )?(?:fall|mvc|rta|motor vehicle (?:collision|accident)|road traffic (?:accident|collision)|car (?:accident|crash)|trauma|assault|diving accident)',
      '(?:neck|cervical spine) (?:injury|trauma)',
      'prevertebral (?:soft[- ]tissue )?(?:ha?ematoma|swelling)',
    ],
  },
  {
    // Systemic rheumatic or connective-tissue disease with laxity (FR).
    finding: 'connective-tissue-laxity',
    context: 'any',
    patterns: [
      'rheumatoid arthritis',
      // A systemic rheumatic disease of the spine (a rigid spine fractures under thrust).
      'ankylosing spondylitis',
      'bechterew.?s disease',
      'pannus',
      'erosions? of the (?:dens|odontoid(?: process)?)',
      '(?:dens|odontoid) erosions?',
      '(?:ligament(?:ous)?|capsular|joint) (?:laxity|hyperlaxity)',
      'hyperlaxity',
      'ehlers-?danlos(?: syndrome)?',
      'marfan(?:.?s)?(?: syndrome)?',
      'loeys-?dietz(?: syndrome)?',
      'down(?:.?s)? syndrome',
      'trisomy 21',
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
      'bone (?:mineral )?density (?:is |was )?(?:reduced|decreased|low|diminished)',
      'deminerali[sz]ation',
      '(?:deminerali[sz]ed|osteopenic) (?:bones?|skeleton|vertebra(?:e|l bodies)?)',
    ],
  },
  {
    finding: 'spondylodiscitis',
    context: 'any',
    patterns: [
      'spondylodiscitis',
      'dis[ck]itis',
      // Described, not named: "vertebral body and disc destruction", "endplate erosions with
      // enhancement".
      '(?:vertebral )?(?:body|bodies) and dis[ck] destruction',
      'destruction of the (?:dis[ck]|(?:vertebral )?endplates?) (?:and|with)',
      'endplate (?:erosions?|destruction) with (?:contrast )?enhancement',
      '(?:vertebral )?osteomyelitis',
      '(?:infectious|infective|tuberculous|pyogenic) spondylitis',
      'pott.?s (?:disease|spine)',
      'spinal tuberculosis',
      'tuberculosis of the (?:cervical )?spine',
      // "Septic arthritis of the left C4-5 facet": an infection of the spine (and an infection)
      '(?<=septic arthritis of (?:the )?(?:(?:left|right) )?(?:c[1-7](?:[-/]c?[1-7])? )?)facet(?: joints?)?',
      'septic facet(?: joint)?(?: arthritis)?',
    ],
  },
];
