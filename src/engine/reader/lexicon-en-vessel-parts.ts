/**
 * Pieces of the English vertebral-artery terms shared by lexicon-en-terms-vessel.ts and
 * lexicon-en-terms-narrowing.ts: the artery's names, sides, flow words.
 */
/** A vessel shown on the study (negated: not shown). */
export const SHOWN =
  'visuali[sz]ed|located|determined|revealed|differentiated|traced|identified|demonstrated|depicted|seen|traced|detected|registered|found|insonated|enhanced|opacified|filled';
/** The vertebral artery named as such ("left VA", "the right vertebral artery", "V2 segment"). */
export const VA_NAME =
  '(?:(?:vertebral arter(?:y|ies)|vertebral a\\.|va)(?: on the (?:left|right)| \\((?:left|right|l|r)\\)| (?:sin|dex|sinistra|dextra)\\.?)?|[lr]va|v[1-4](?: segment)?)';
/** A side, spelt out or abbreviated ("lt", "L."). */
export const SIDE = '(?:(?:left|right|lt|rt|l\\.?|r\\.?|left-sided|right-sided) )?';
/**
 * The start of a flow said of the VA by place: not a flow something acts on or a quality of
 * it ("influence of osteophytes on blood flow", "disturbances of blood flow"), nor a kind of
 * flow ("retrograde blood flow": the match may not start at "flow" after "blood").
 */
export const FLOW_SUBJECT =
  '(?<!\\b(?:of|on|upon|blood) )(?<!\\b(?:venous|steal-type|steal|pendulum|pendular|compensatory|diastolic|minimum|mean|collateral|turbulent|retrograde|reversed?|reverse-direction|to-and-fro|post-stenotic|stenotic(?:-type)?|spastic|hyperperfusion|hyperperfused) (?:blood )?)';
/**
 * Not absent flow but a study that could not show it ("- not insonated (poor acoustic
 * window)", "not visualised due to the position of the clavicle", "not detected at rest").
 */
export const NOT_TECHNICAL =
  '(?![^.;\\n]{0,60}?(?:\\b(?:poor|limited|technical\\w*|difficult|acoustic|window|deep|short neck|obes\\w*|overweight|depth|clavicle|artefact\\w*|artifact\\w*|hypoplas\\w*|position|at rest|(?:on|after|during) (?:head )?(?:rotation|turning|extension)|routinely)\\b' +
  // A collar, a dressing, a line or a vein only as the cause ("because the vein overlies it",
  // "patient in a cervical brace"), not "C-collar removed for the scan".
  '|\\b(?:due to|because of|owing to|limited by|obscured by|probably|possibly|likely|patient|pt)\\b[^.;\\n]{0,40}\\b(?:collar|brace|dressing|bandage|line|catheter|vein|ventilat\\w*)' +
  '|\\b(?:vein|venous)\\b\\s+(?:overl\\w+|superimpos\\w*)|\\boverlying\\s+(?:\\w+\\s+)?vein' +
  '|\\((?:[^)]*\\s)?(?:vein|venous)\\b(?![^)]*\\b(?<!\\bnot\\s)(?:seen|patent|visuali[sz]ed)\\b)))' +
  '(?![^.\\n]{0,80}\\b(?:collar|brace|dressing|bandage|central line|catheter)\\s+(?:in situ|in place|in the neck|present))';
/**
 * The vertebral artery as the place of a flow ("the left VA", "the V2 segment of the left VA",
 * "the left VA (V1-V3)"), after "in / along / through".
 */
const SEGMENTS = 'v[1-4](?: ?(?:[-\u2013,]|and) ?v[1-4])*';
export const VA_PLACE = `(?:the )?(?:(?:entire|whole|full) length of (?:the )?)?(?:(?:(?:intracranial|extracranial|proximal|distal|intraforaminal) )?(?:\\(?${SEGMENTS}\\)?[ -])?seg(?:ments?|\\.) of (?:the )?)?${SIDE}${VA_NAME}(?: \\((?:segments? )?${SEGMENTS}(?: segments?)?\\)| throughout(?: its (?:entire |whole )?length)?| at all levels|,? (?:in (?:the )?)?${SEGMENTS} segments?| at (?:the )?${SEGMENTS} levels?| between c[1-7] and c[1-7])?`;
/** Not a kind of flow whose absence is normal ("retrograde flow is not found"). */
export const FLOW_KIND =
  '(?<!\\b(?:turbulent|retrograde|reversed?|abnormal|pathological|accelerated|increased|high|collateral|disturbed|oscillating|alternating|to-and-fro) )';
/** Flow not found ("not registered", "cannot be obtained", "lost"). */
export const NOT_FOUND =
  '(?:not (?:detect(?:ed|able)|demonstrated|seen|visuali[sz]ed|obtained|obtainable|registered|recorded|found|present|identified|insonated|located|revealed|determined|differentiated|traced)|(?:could|can) ?not be (?:detected|demonstrated|seen|visuali[sz]ed|obtained|registered|recorded|found|identified)|undetectable|absent|lost)';
export const REDUCED = '(?:reduced|decreased|diminished|lowered|low|slowed|weak|weakened|dampened)';
/**
 * After "no flow / no signal / no staining": words that make it a normal statement ("no
 * staining defects", "no Doppler signals of stenosis", "absence of flow acceleration").
 */
export const NOT_A_NORMAL_STATEMENT =
  '(?![-\\s]+(?:of |for )?(?:acceleration|reduction|turbulen|revers|disturb|abnormal|limit|asymmetr|pattern|direction|changes?|defects?|artefacts?|artifacts?|loss|signal loss|stenos|narrow|occlus|dissect|steal|spectrum abnormal))';
/** Not a kind of flow whose absence or zero is normal, nor a flow something acts on. */
export const FLOW_KIND_OR_OBJECT =
  '(?<!\\b(?:turbulent|retrograde|reversed?|reverse|abnormal|pathological|accelerated|increased|high|collateral|disturbed|oscillating|alternating|to-and-fro|diastolic|end-?diastolic)(?: (?:flow|component))? )(?<!\\b(?:influence|effect|impact|compression|pressure) (?:on|of|upon) (?:the )?(?:(?:left|right|lt|rt|l\\.?|r\\.?) )?(?:va |vertebral artery )?)';
/** A side's value in a line of peak velocities: "right 45", "L 42 cm/s", "R: 45 (V2)". */
export const SIDE_VALUE =
  '(?:left|right|lt|rt|l|r|d|s):? ?[-\u2013\u2014=]? ?\\d+(?:[.,]\\d+)?(?: ?(?:cm|m)/s(?:ec)?)?(?: \\(v[1-4]\\))?[,;]? ?';
export const SEVERITY =
  '(?:(?:markedly|mildly|moderately|significantly|slightly|severely|asymmetrically) )?';

/**
 * Another artery named in the same sentence (the lexicon's otherVessel, and a few more). Not
 * "brachiocephalic arteries": in Russian usage (БЦА) they include the vertebral arteries.
 */
export const OTHER_ARTERY =
  '\\b(?:carotid|aort|subclavian|jugular|brachiocephalic(?! arteries)|innominate|cerebral arter|ophthalmic|coronary|renal|iliac|femoral|mesenteric|c[oe]eliac|(?:ica|eca|cca|mca|pca|aca|pica|aica|basilar)s?\\b)';
/**
 * Text between two places of one sentence (a full stop before a digit does not end it), at
 * most 300 characters: an artery further away does not claim the term (and a long sentence
 * costs no more to scan).
 */
export const SENTENCE_REST = '(?:[^.\\n]|\\.\\d){0,300}';
