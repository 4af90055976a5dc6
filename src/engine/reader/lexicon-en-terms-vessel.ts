/**
 * English finding terms of the vertebral artery (see lexicon-en-terms.ts for the order rule).
 */
import type { TermEntry } from './lexicon-en';

import {
  FLOW_KIND,
  FLOW_KIND_OR_OBJECT,
  NOT_A_NORMAL_STATEMENT,
  NOT_FOUND,
  OTHER_ARTERY,
  SENTENCE_REST,
  SHOWN,
  SIDE,
  SIDE_VALUE,
  VA_NAME,
  VA_PLACE,
  FLOW_SUBJECT,
  NOT_TECHNICAL,
} from './lexicon-en-vessel-parts';
import { NARROWING_TERMS_EN } from './lexicon-en-terms-narrowing';

/** Right after a VA's own label ("Left VA: velocity - 0", "Left VA V4: …"), nothing else. */
/** The VA by place, or a side alone after a first side's flow ("…, along the left - absent"). */
const VA_PLACE_OR_SIDE = `(?:${VA_PLACE}|(?:the )?(?:left|right)(?= ?[-\u2013\u2014:]))`;
const VA_LABEL_BEFORE =
  '(?<=\\b(?:[lr]?va|vertebral arter(?:y|ies)|v[1-4](?: segment)?)\\s?(?::|[-\u2013\u2014])\\s?)';

/**
 * Not said of a lesion named before it in its sentence ("The flap is no longer seen", "The
 * pseudoaneurysm at C1 has thrombosed", "Pseudoaneurysm: thrombosed"): the lesion has healed,
 * the artery is not occluded; unless the artery is named before the lesion, as its subject
 * ("The left VA, previously narrowed by plaque, has thrombosed"), or the lesion word is a
 * label ("Findings: the left VA is no longer seen").
 */
const LESION_WORD =
  'dissections?|flaps?|pseudo-?aneurysms?|aneurysms?|sacs?|false lumen|thrombus|clots?|plaques?|stenos[ie]s|narrowing|restriction|infarcts?|lesions?|findings?(?!\\s*:)|abnormalit(?:y|ies)(?!\\s*:)|irregularit(?:y|ies)|hyperdensit(?:y|ies)|filling defects?|webs?|foc(?:us|i)|ulcers?|ulceration';
/**
 * The artery named after the lesion as the verb's subject ("… and the artery is no longer
 * seen", ": left VA thrombosed", "… of the left VA, which is no longer seen"); not as the
 * lesion's complement ("dissection of the left V3 is no longer seen").
 */
const VA_SUBJECT_AFTER = String.raw`(?<!(?:\b(?:of|in|at|involving|within|along|affecting|from|on)\s+|\(\s*)(?:the\s+)?(?:(?:distal|proximal|mid|dominant|non-?dominant)\s+)?(?:(?:left|right)\s+)?(?:(?:distal|proximal|mid|dominant|non-?dominant)\s+)?)\b(?:va|vas|vertebral(?:\s+artery)?|(?<!\bvertebral\s)artery|vessel|v[0-4])\b(?!\s+(?:(?:segment|origin|ostium|orifice)\s+)?(?:${LESION_WORD}))(?!(?:\s+(?:segment|origin|ostium|orifice))?\s*[,:\u2013-])|\b(?:va|artery|v[0-4])\s*,\s*(?:which|that)\b`;
const NOT_OF_LESION = `(?<!(?:^|[.;\\n])(?:(?!\\b(?:va|vas|vertebral(?:\\s+artery)?|v[0-4])\\b(?!\\s+(?:(?:segment|origin|ostium|orifice|v[0-4])[:\\s]+)?(?:(?:the|a|an)\\s+)?(?:(?!(?:with|and|which|that|has|is|was)\\b)[\\w-]+\\s+){0,2}?(?:${LESION_WORD})\\b))[^.;\\n])*\\b(?:${LESION_WORD})\\b(?:(?!${VA_SUBJECT_AFTER})[^.;\\n]){0,60})`;

export const VESSEL_TERMS_EN: readonly TermEntry[] = [
  // Vertebral artery (vessel context). Dissection is its own finding (brief v2).
  {
    // A dissection in a sentence naming no other artery: in a head or neck-spine study that
    // does not name the vertebral artery either, still an arterial dissection to refer
    // ("Recommend CTA to exclude dissection"); not a surgical one ("neck dissection").
    finding: 'vertebral-artery-dissection',
    context: 'vessel',
    otherwise: [
      { finding: 'vertebral-artery-dissection', context: 'head' },
      { finding: 'vertebral-artery-dissection', context: 'spine' },
    ],
    patterns: [
      `(?<!\\b(?:neck|nodal|node|surgical|tissue)[ \\t]+)dissect(?:ion|ions|ed|ing)(?: (?:flap|aneurysm))?(?! (?:protocol|study|series|sequences?)\\b)(?<!${OTHER_ARTERY}${SENTENCE_REST}dissect\\w*(?: (?:flap|aneurysm))?)(?!${SENTENCE_REST}${OTHER_ARTERY})(?! cellulitis)`,
    ],
  },
  {
    // "VAD" (vertebral artery dissection) in any study: "PMH: VAD (2019)" in a C-spine MRI.
    finding: 'vertebral-artery-dissection',
    context: 'any',
    // Not a ventricular assist device ("VAD implanted", "a VAD (HeartMate 3)").
    patterns: [
      's?vads?(?![^.\\n]{0,40}\\b(?:implant\\w*|device|heartmate|pump|driveline|lvad|heart failure|cardiac|ventricular))(?<!\\b(?:heart failure|cardiac|ventricular|assist)\\b[^.\\n]{0,40}s?vads?)',
    ],
  },
  {
    finding: 'vertebral-artery-dissection',
    context: 'vessel',
    patterns: [
      // Not the name of a scan ("CTA neck - dissection protocol").
      // (Not a surgical one: "Status post left neck dissection".)
      '(?<!\\b(?:neck|nodal|node|surgical|tissue)[ \\t]+)dissect(?:ion|ions|ed|ing)(?: (?:flap|aneurysm))?(?! (?:protocol|study|series|sequences?)\\b)',
      '(?:intra)?mural ha?ematoma',
      // "Wall haematoma of the left VA", "crescentic T1 bright signal", "crescent of T1
      // hyperintensity", "Two channels in the left vertebral artery", "pearl and string".
      '(?:vessel |arterial )?wall ha?ematoma',
      'crescent(?:ic)? (?:t1[- ]?(?:weighted )?)?(?:bright|hyperintense) signal',
      'crescent(?:ic)? of (?:t1[- ]?(?:weighted )?)?(?:hyperintensity|high signal|bright signal)',
      `(?:two|2|dual) (?:channels|lumens|lumina) (?:in|within|of) (?:the )?${SIDE}${VA_NAME}`,
      'pearl[- ](?:and|&)[- ]string(?: (?:sign|appearance|pattern))?',
      'diss?xn',
      // Described signs: a rat-tail or a long smooth taper, an aneurysmal dilatation.
      'rat[- ]?tail(?: (?:tapering|narrowing|appearance|sign))?',
      'long[- ]segment (?:smooth |irregular )?(?:tapering|tapered narrowing)',
      '(?:focal )?aneurysmal dilat(?:at)?ion',
      'intimal (?:flap|tear)',
      'pseudo-?aneurysms?',
      '(?:double|false)[- ]lumens?',
      'double[- ]barrel(?:led)?(?: lumens?)?',
      // A flap inside the artery ("Left VA with a flap in the lumen", "Flap in the left V3").
      `(?:(?:intraluminal|linear|mobile|intimal|dissection) )?flap(?= (?:in|within|of|at) (?:the )?(?:(?:vessel|arterial) )?(?:lumen|(?:(?:left|right|lt|rt|l\\.?|r\\.?) )?(?:v[0-4]|va|vertebral)))`,
      'intraluminal flap',
      // Intramural haematoma on T1 fat-sat: a bright crescent in the wall.
      'crescent(?:ic)? (?:t1[- ]?(?:weighted )?)?(?:hyperintens(?:e|ity)|high signal)',
      '(?:t1[- ]?(?:weighted )?)?hyperintense (?:eccentric |crescentic |circumferential )?(?:mural|wall) thickening',
      'string[- ]sign',
      'imh',
      // Russian-English: "intimal detachment", "stratification of the wall", "floating intima",
      // "double contour of the lumen", "two lumens".
      'intima(?:l)? detachment',
      'detachment of (?:the )?intima',
      '(?:intima(?:l)?|intima) flotation',
      'flotation of (?:the )?intima',
      'floating intima(?:l flap)?',
      // ("… of the left-sided VA wall", "… of the VA (left) wall", "… of the VA sin. wall")
      `(?:stratification|splitting|delamination|separation) of (?:the )?${SIDE}(?:(?:${VA_NAME}|arterial|vessel) )?walls?(?!\\s*(?:layers?\\s+)?(?:is|are|was|appears?)?\\s*(?:well\\s+)?(?:preserved|normal|maintained|intact|differentiated)\\b)`,
      'double contour of (?:the )?(?:(?:vessel|arterial) )?lumen',
      'double[- ]contou?red lumen',
      '(?:two|2) (?:lumens|lumina)',
      `${VA_NAME}:? ?(?:[-\u2013\u2014] ?)?(?:two|2) channels`,
      '(?:detached|floating) intima',
      'intima (?:is )?(?:detached|floating)',
      `${VA_NAME}(?: wall)? (?:is |are )?stratified`,
      // Not the normal layering of the wall ("wall stratification is preserved").
      `(?<!\\bnormal )(?:${VA_NAME} )?wall stratification(?![^.;\\n]{0,30}\\b(?:preserved|normal|maintained|intact|visuali[sz]ed|differentiated|clear|distinct))`,
      `${VA_NAME}:? ?(?:[-\u2013\u2014] ?)?double[- ]contou?r(?:ed)?(?: lumen)?`,
      'lumen with (?:a )?double contou?r',
      'i\\.m\\.h(?=\\.|\\b)',
      'string-?like sign',
      'flame-?shaped tapering',
      'crescent(?:ic)? (?:sign|mural (?:thickening|ha?ematoma))',
      '(?:t1[- ]?(?:weighted )?)?hyperintense crescent(?:ic)?(?: (?:signal )?(?:in|of|within) (?:the )?(?:vessel |arterial )?wall)?',
      // Described, not named: "eccentric mural thickening with T1 hyperintensity", "abrupt
      // tapering with non-filling"
      'eccentric (?:mural|wall) thickening',
      'abrupt tapering',
      '(?:abrupt|tapered|tapering) (?:tapering|narrowing|occlusion) with non-?filling',
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
      `(?<!\\b(?:of|in|within|at|along) (?:the )?(?:(?:left|right|both|bilateral) )?)(?:vertebral arter(?:y|ies)|va|v[1-4](?: segment)?)(?:(?: (?:is |was |were |are |remains |remained |is still |still |appears )?|: ?| ?[-\u2013\u2014] ?)(?:not (?:${SHOWN})|non-?visuali[sz]ed|non-?opacified|unopacified|(?:absent|missing)(?! (?:stenos|narrow|occlu|dissect|plaque|kink|tortuos|compress|calcif|atheros|thromb|reversal|retrograde)))| (?:could|can) ?not be (?:${SHOWN}))`,
      // "Left VA: cannot be traced", "Left VA V2-V4 segments are not visualised"
      `${VA_NAME}(?: v[1-4](?: ?[-\u2013] ?v[1-4])? segments?)?(?::|:? ?[-\u2013\u2014])? ?(?:is |are |was |were )?(?:could|can) ?not be (?:${SHOWN})`,
      `${VA_NAME} v[1-4] ?[-\u2013] ?v[1-4] segments? (?:is |are |was |were )?not (?:${SHOWN})`,
      // "Absent left VA.", "Absent right vertebral artery, consistent with occlusion."
      `absent ${SIDE}(?:vertebral artery|va)(?=\\s*(?:[.,;:()\\n]|$)| (?:at|from|in|on|with|and|consistent|compatible|suggest\\w*|likely|probably|possibly|due|throughout|along)\\b)`,
      // "Left VA: no signal.", "Left VA shows no enhancement." (not "no enhancement of the wall";
      // "no Doppler signal" is read on its own)
      `${VA_NAME}:? ?(?:[-\u2013\u2014] ?)?(?:no|absent) (?:flow |colou?r )?signals?(?=\\s*(?:[.,;)\\n]|$))`,
      `${VA_NAME} (?:shows|showed|demonstrates|demonstrated|has|with) no (?:contrast )?(?:enhancement|opacification|filling|flow)(?![- ]*(?:of (?:the )?)?(?:vessel |arterial )?wall)`,
      `non-?enhancing ${SIDE}(?:vertebral artery|va)`,
      // "PSV, cm/s: right 45; left 0": a side of zero in a line of peak velocities.
      `(?:left|right|lt|rt|l|r|d|s) ?:? ?(?:[-\u2013\u2014=] ?)?0(?:[.,]0+)?(?![.,]?\\d)(?: ?(?:cm|m)/s(?:ec)?)?(?!\\s*[%\u00b0])(?<=(?:psv|vps|vmax|peak systolic velocity)(?:,? ?\\(?(?:cm|m)/s(?:ec)?\\)?)?:? ?(?:${SIDE_VALUE})*(?:left|right|lt|rt|l|r|d|s) ?:? ?(?:[-\u2013\u2014=] ?)?0(?:[.,]0+)?(?:(?: ?(?:cm|m)/s(?:ec)?))?)`,
      // "Left VA in the V2 segment is not located", "Left vertebral artery: in V2 segment not
      // visualized", "LVA:not located"
      `(?<!\\b(?:of|in|within|at|along) (?:the )?(?:(?:left|right|both|bilateral) )?)${VA_NAME}(?::|:?(?: in (?:the )?v[1-4](?: segment)?)? )(?:is |was )?not (?:${SHOWN})`,
      // A duplex worksheet: "Left vertebral: not identified"
      `(?:left|right|lt|rt) vertebral(?: \\(v[1-4]\\))?: ?(?:not (?:${SHOWN})|absent|occluded|no flow)`,
      '(?:hypoechoic |echogenic )?thrombotic mass(?:es)?',
      'occlusive (?:lesion|disease|changes|process)',
      'distal non-?filling',
      // "Non-filling of the left VA distal to V1", "Left VA non-filling from V2", "No contrast
      // in the left VA beyond C6".
      `non-?filling of (?:the )?${SIDE}(?:vertebral arter(?:y|ies)|va|v[1-4](?: segment)?)`,
      `${SIDE}${VA_NAME}:? ?(?:[-\u2013\u2014] ?)?(?:\\? ?)?non-?filling`,
      `no (?:contrast|opacification|filling|enhancement) (?:in|within|of) (?:the )?${SIDE}(?:vertebral artery|va|v[1-4](?: segment)?)(?= (?:beyond|distal|above|below|from|after|past)\\b)`,
      // "Left vertebral artery: no flow void."
      `${VA_NAME}:? ?(?:[-\u2013\u2014] ?)?(?:no |absent |loss of (?:the )?)(?:normal )?flow[- ]voids?`,
      // "PSV in the left VA 0,0 cm/s", "Vmax - not registered"
      '(?:psv|vps|vmax|peak systolic velocity)(?: in (?:the )?(?:(?:left|right|lt|rt|l\\.?|r\\.?) )?(?:va|vertebral artery))? 0(?:[.,]0+)? ?(?:cm|m)/s',
      '(?:psv|vps|vmax|peak systolic velocity) ?[:=\u2013\u2014-]? ?not (?:registered|detected|obtained|recorded|measurable)',
      // "Left VA: velocity not measurable (not visualised)": not measurable because no artery shown.
      `${VA_LABEL_BEFORE}(?:velocit(?:y|ies)|psv|flow) (?:is |are |was |were )?(?:[-\u2013\u2014] ?)?(?:not measurable|unmeasurable|immeasurable) ?(?:\\(|[-\u2013\u2014] ?)(?:(?:vessel|artery|va) )?(?:not (?:${SHOWN})|non-?visuali[sz]ed|no (?:flow|signal)|absent|occluded)(?:\\)|(?=\\s*(?:[.;\\n]|$)))${NOT_TECHNICAL}`,
      // A side line under a heading ("Vertebral arteries:\n- left: not visualised").
      `(?:left|right)(?: side)?: ?(?:[-\u2013\u2014] ?)?(?:not (?:${SHOWN})|non-?visuali[sz]ed|non-?opacified|absent|occluded|no (?:contrast )?(?:opacification|filling|enhancement)(?=\\s*(?:[.,;)\\n]|$)))`,
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
      // (Not "No flow\nacceleration", a normal duplex sentence wrapped.)
      'no (?:detectable |demonstrable |antegrade |distal |colou?r |doppler |colou?r doppler )?(?:blood )?flow(?: signals?)?(?!\\s+(?:acceleration|reduction|limitation|limit|disturbance|abnormalit|asymmetr|turbulen|revers)\\w*)(?=\\s*[.,;:()\\n]|\\s*$| (?:in|within|through|at|of|on|is|was|could|detected|detectable|seen|from|registered|recorded|found|obtained|located|demonstrated|identified|shown|visuali[sz]ed|noted)\\b)',
      `(?:absen(?:t|ce of)|lack of|loss of|zero) (?:the )?(?:normal )?(?:${SIDE}(?:vertebral artery |va ))?(?:antegrade |colou?r |forward )?(?:blood )?flow(?: voids?| signals?)?${NOT_A_NORMAL_STATEMENT}`,
      // Flow only where the artery starts: "Left VA: flow at the origin only; distally absent".
      'flow (?:is )?(?:seen |detected |registered )?(?:at|in) the origin only',
      'flow distally (?:absent|not (?:detected|seen|visuali[sz]ed|registered))',
      '(?:absent|not (?:detected|seen|visuali[sz]ed|registered)) distally(?<=flow (?:is )?(?:absent|not \\w+) distally)',
      'distally (?:absent|not (?:detected|seen|visuali[sz]ed|registered))(?<=flow\\b[^.;\\n]{0,30}[;,] ?distally (?:absent|not \\w+))',
      'absent distally(?<=flow\\b[^.;\\n]{0,30}[;,] ?absent distally)',
      'no flow distally',
      // Colour Doppler: the lumen not coloured ("flow is not colored", "no staining in CDC
      // mode", "colour filling is absent", "no color mapping").
      `(?:flow|lumen)(?: (?:of|in) (?:the )?${SIDE}${VA_NAME})? (?:is |was )?not (?:colou?red|stained|mapped)`,
      `no (?:colou?r )?(?:staining|mapping|colou?ring)${NOT_A_NORMAL_STATEMENT}`,
      'colou?r filling ?(?:[-\u2013\u2014:] ?)?(?:is |was )?(?:absent|not (?:seen|detected|registered|obtained))',
      // "Flow (R/L): antegrade/absent"
      `${FLOW_KIND}(?:(?:va|vertebral arter(?:y|ies)),? )?(?:blood )?flow(?: direction)?(?: in (?:the )?(?:va|vertebral arter(?:y|ies)))? \\(?(?:r|right|l|left|d|s) ?/ ?(?:l|left|r|right|s|d)\\)?(?: ?[-\u2013\u2014])?:? ?(?:[a-z-]+ ?/ ?(?:absent|none|no|nil|0|-|not (?:detected|registered|seen|found))|(?:absent|none|no|nil|0|not (?:detected|registered|seen|found)) ?/ ?[a-z-]+|\\+ ?/ ?(?:-|0)|(?:-|0) ?/ ?\\+)(?![a-z])`,
      // "VA: R antegrade / L absent", "VA patency: right yes, left no", "Patent: R yes, L no"
      `${VA_NAME}:? (?:r|right|l|left) [a-z-]+ ?/ ?(?:l|left|r|right) (?:absent|none|no|nil|not (?:detected|registered|seen))(?![a-z])`,
      // "VA: R - antegrade, L - absent", "Flow direction: D antegrade, S absent"
      `(?:${VA_NAME}|${FLOW_KIND}(?:blood )?flow(?: direction)?):? ?(?:[-\u2013\u2014] ?)?(?:r|right|d|l|left|s) ?[-\u2013\u2014:]? ?[a-z-]+[,;] ?(?:l|left|s|r|right|d) ?[-\u2013\u2014:]? ?(?:absent|none|nil|not (?:detected|registered|seen)|no (?:flow |doppler )?signal|0(?![.,]?\\d)|-(?=\\s*(?:[.,;)]|$)))(?![a-z])`,
      'no (?:doppler )?wave ?forms?(?= (?:in|from|at)\\b|\\s*[.,;)]|\\s*$)',
      'flat(?:-?line| (?:doppler )?wave ?form)',
      // "Left VA: waveform flat / - absent", "no spectrum", "no spectral trace", "patency - no"
      `${VA_NAME}:? ?(?:[-\u2013\u2014] ?)?(?:(?:doppler |spectral )?(?:wave ?form|spectrum|trace|signal) ?(?:[-\u2013\u2014:] ?)?(?:is |was )?(?:flat|absent|(?:not|could not be|cannot be) (?:obtained|obtainable|detected|detectable|recorded|registered))|unable to obtain (?:a |any )?(?:doppler |spectral )?(?:wave ?form|spectrum|signal)|no (?:obtainable |detectable )?(?:doppler |spectral )?(?:wave ?form|spectrum|trace)s?(?: (?:could be |can be )?(?:obtained|obtainable|detected|detectable|recorded|registered))?(?: in any segment| at any level)?(?=\\s*(?:[.,;)\\n]|$)))${NOT_TECHNICAL}`,
      `${VA_NAME}:? ?(?:[-\u2013\u2014] ?)?(?:patency|patent) ?[-\u2013\u2014:] ?no(?![a-z])`,
      // "Left VA - no contrast" (a side named: not a non-contrast technique line)
      `(?:left|right|lt|rt|l|r)\\.? ${VA_NAME} ?[-\u2013\u2014] ?no contrast(?: (?:filling|opacification|enhancement))?(?=\\s*(?:[.,;)\\n]|$))`,
      // "Left VA - is not visualised", "Left VA in V2 - not visualised"
      `(?<!\\b(?:of|in|within|at|along) (?:the )?(?:(?:left|right|both|bilateral) )?)${VA_NAME}(?: in v[1-4](?: segment)?)? ?[-\u2013\u2014] ?(?:is |was )?not (?:${SHOWN})`,
      // "Flow direction: S - absent, D - antegrade"
      `(?:${VA_NAME}|${FLOW_KIND}(?:blood )?flow(?: direction)?):? ?(?:[-\u2013\u2014] ?)?(?:r|right|d|l|left|s) ?[-\u2013\u2014:]? ?(?:absent|none|nil|not (?:detected|registered|seen))[,;] ?(?:l|left|s|r|right|d) ?[-\u2013\u2014:]? ?[a-z-]+`,
      `(?:${VA_NAME} )?(?:patency|patent):? [^.;\\n]{0,30}?(?<![a-z])(?:left|right|lt|rt|l|r)\\.? ?[:\u2013\u2014-]? ?no(?![a-z])`,
      `${VA_NAME}:? ?(?:[-\u2013\u2014] ?)?no (?:flow |colou?r |doppler )?signals? (?:obtained|detected|registered|recorded)`,
      // "No Doppler signals from the left VA", "no spectral Doppler signal", "no signal on
      // colour and spectral Doppler", "no colour or spectral flow", "no flow-related signal"
      `no (?:spectral |colou?r |pulsed[- ]wave |pw )?doppler signals?${NOT_A_NORMAL_STATEMENT}`,
      `no (?:flow )?signals? on (?:colou?r|spectral|doppler|cdi|cdm)${NOT_A_NORMAL_STATEMENT}`,
      `no (?:colou?r|spectral|doppler) (?:or|and|/) (?:colou?r|spectral|doppler) (?:doppler )?(?:flow|signals?)${NOT_A_NORMAL_STATEMENT}`,
      // "Blood flow in the left VA - not detected", "Flow in the left vertebral artery: none",
      // "Doppler signal from the left VA - not obtained"
      `${FLOW_SUBJECT}${FLOW_KIND}(?:blood )?flow(?: signals?)?:? (?:in|through|within|along|of|from) ${VA_PLACE} ?(?:[-\u2013\u2014:]) ?(?:(?:is |was )?${NOT_FOUND}|none|nil|no(?=\\s*(?:[.,;)\\n]|$)))${NOT_TECHNICAL}`,
      // "Blood flow along the right VA - antegrade, along the left VA - not registered"
      `(?<=(?<!\\b(?:of|on|upon|retrograde|reversed?|reverse|turbulent|venous|collateral|steal-type|pendul\\w*|diastolic|to-and-fro|disturbed|abnormal|pathological|accelerated|increased|high|oscillating|alternating) (?:blood )?)\\b(?:blood )?flow:? (?:in|along|through|within) ${VA_PLACE}(?: ?[-\u2013\u2014:] ?| (?:is|was) )[^.;\\n]{0,40}?[,;] ?)(?:in|along|through|within) ${VA_PLACE_OR_SIDE}(?: ?[-\u2013\u2014:] ?| (?=is |was ))(?:(?:is |was )?${NOT_FOUND}|none|nil|no(?=\\s*(?:[.,;)\\n]|$)))${NOT_TECHNICAL}`,
      `(?:doppler |colou?r |flow )?signals? from (?:the )?${SIDE}${VA_NAME} ?(?:[-\u2013\u2014:])? ?(?:is |was )?(?:not (?:obtained|detected|registered|recorded|found)|absent|none)`,
      `no flow-related (?:signal|enhancement)${NOT_A_NORMAL_STATEMENT}`,
      `no (?:forward|antegrade) flow${NOT_A_NORMAL_STATEMENT}`,
      // "Left VA stump", "flow present only at the origin, absent distally"
      `${VA_NAME}:? ?(?:[-\u2013\u2014] ?)?stump`,
      `stump of (?:the )?${SIDE}${VA_NAME}`,
      'flow (?:is )?(?:present|seen|detected|registered|recorded) only (?:at|in) (?:the )?(?:origin|ostium|v1|proximal(?: part| segment)?)(?: segment)?,? (?:and |but )?(?:absent|not (?:detected|seen|registered|recorded)) distally',
      // Flow of zero, in words or as V = 0 ("zero-flow", "flow velocity zero", "PSV zero").
      `zero[- ]flow${NOT_A_NORMAL_STATEMENT}`,
      `${FLOW_KIND_OR_OBJECT}(?:blood )?(?:flow|flow velocity|velocity|psv|vps|vmax)(?: in (?:the )?${SIDE}${VA_NAME})? (?:is |was |of |= ?|: ?)?(?:zero|0(?:[.,]0+)?(?![.,]?\\d)(?! ?[%\u00b0]))(?=\\s*(?:[.,;)\\n]|$| ?(?:cm|m)/s))`,
      `${VA_NAME}:? ?(?:[-\u2013\u2014] ?)?v ?= ?0(?:[.,]0+)?(?![.,]?\\d)(?: ?(?:cm|m)/s(?:ec)?)?`,
      // Not recanalised: still occluded.
      '(?:no|without) recanali[sz]ation(?! (?:procedure|therapy|treatment|attempt|was (?:required|needed|performed|attempted|indicated)))',
      '(?:has |have |is |was |were |had )?not (?:been )?recanali[sz]ed',
      'recanali[sz]ation (?:is |was )?(?:not (?:detected|seen|found|revealed|present|registered)|absent)',
    ],
  },
  {
    // The same entry, continued (one entry stays under V8's regex size, see chunkedTerms).
    finding: 'vertebral-artery-narrowing',
    context: 'vessel',
    occlusion: true,
    absorbsTriggers: true,
    patterns: [
      // A line of values naming a side with no flow ("Flow: right - present, left - absent",
      // "Blood flow: right - registered, left - not registered", "PSV (cm/s): right 45, left
      // 0", "Vps: D 45 cm/s, S 0 cm/s").
      `${FLOW_KIND}(?:blood )?(?:flow|psv|vps|vmax|peak systolic velocity)(?: velocity)?(?: in v[1-4])?(?:,? ?[(\\[]?(?:cm|m)/s(?:ec)?[)\\]]?| ?\\([^)]{0,10}\\))? ?:?(?:[^.;:\\n]|[;\\n](?= ?(?:- )?(?:left|right|lt|rt|l|r)\\b)){0,40}?(?<![a-z])(?:left|right|lt|rt|l|r|d|s)(?![a-z]) ?:? ?(?:[-\u2013\u2014=] ?)?(?:absent|none|nil|zero|-(?=\\s*(?:[.,;)]|$))|no(?=\\s*(?:[.,;)|\\n]|$))|not (?:registered|detected|seen|recorded|obtained|found|located)|0(?:[.,]0+)?(?![.,]?\\d)(?: ?(?:cm|m)/s(?:ec)?)?(?!\\s*[%\u00b0]))`,
      // "PSV right/left: 45/0 cm/s"
      '(?:psv|vps|vmax|peak systolic velocity|lbfv|lbv)(?:,? ?\\(?(?:cm|m)/s(?:ec)?\\)?)?(?: (?:va|vertebral arter(?:y|ies)))?(?: \\(?(?:right|left|r|l)\\.?/(?:left|right|l|r)\\.?\\)?)?(?: ?[-\u2013\u2014])?:? ?(?:(?<![\\d.,])\\d+(?:[.,]\\d+)? ?/ ?0(?:[.,]0+)?(?![.,]?\\d)|(?<![\\d.,])0(?:[.,]0+)? ?/ ?\\d+(?:[.,]\\d+)?)(?! ?[%\u00b0])',
      '(?:absen(?:t|ce of)|lack of|loss of) (?:the )?(?:doppler|colou?r|spectral)(?: (?:and|or|/) (?:doppler|colou?r|spectral))*(?: doppler)? (?:flow )?signals?',
      `${FLOW_KIND_OR_OBJECT}flow (?:voids? |signals? )?(?:is |was |are )?(?:absent|not (?:detect(?:ed|able)|demonstrated|seen|visuali[sz]ed|obtained|registered|recorded)|undetectable)`,
      // "Flow in the left VA is not registered", "Flow void of the left VA is lost"
      `${FLOW_SUBJECT}${FLOW_KIND}(?:blood )?flow(?: voids?| signals?)? (?:in|through|within|along|of|from) ${VA_PLACE} (?:is |was |are )?${NOT_FOUND}${NOT_TECHNICAL}`,
      // "Flow was not found", "flow cannot be obtained" (not "retrograde flow is not found")
      `${FLOW_KIND}${FLOW_KIND_OR_OBJECT}flow (?:voids? |signals? )?(?:is |was |are |were )?${NOT_FOUND}`,
      // A peak velocity of zero ("PSV 0 cm/s"), not an end-diastolic one.
      '(?<!diastolic )(?:psv|vps|vmax|peak systolic velocity|(?:blood )?flow velocity|velocity)(?: of)?(?: ?[:=] ?| )0(?:[.,]0+)? ?(?:cm|m)/s(?:ec)?',
      '(?:blood )?flow (?:in|through|within|along) (?:the )?(?:(?:left|right|lt|rt|l\\.?|r\\.?) )?(?:vertebral artery|va|v[1-4])(?: segment)? (?:is |was |are )?(?:absent|not (?:detect(?:ed|able)|demonstrated|seen|visuali[sz]ed|obtained|registered|recorded)|undetectable)',
      // "Loss of the left vertebral artery flow void"
      '(?:absen(?:t|ce of)|lack of|loss of) (?:the )?(?:normal )?(?:(?:left|right|lt|rt|l\\.?|r\\.?) )?(?:vertebral (?:artery )?|va )?flow voids?',
      // "In the left VA the flow void effect is absent on T2-weighted images"
      `(?:in|of) (?:the )?${SIDE}${VA_NAME},? (?:the )?flow[- ]void(?: effect| signal)? (?:is |was )?(?:absent|lost|not (?:seen|visuali[sz]ed|identified|demonstrated))`,
      `no (?:normal )?flow[- ]voids? (?:in|within|of) (?:the )?${SIDE}${VA_NAME}`,
      'not patent',
      'non-?patent',
      'no longer patent',
      'patency (?:is |was )?lost',
      'loss of patency',
      'non-?visuali[sz]ation',
      // "PSV — cm/s (no signal)", "Left VA: flow 0 cm/s", "PSV 0", "blood flow 0 ml/min"
      '\\(no (?:flow |doppler |colou?r )?signal\\)',
      '(?<!diastolic )(?:psv|vps|vmax|peak systolic velocity)(?: ?[:=\u2013\u2014-] ?| )0(?:[.,]0+)?(?![.,]?\\d)(?: ?(?:cm|m)/s(?:ec)?)?',
      // "Left VA: velocity - 0 cm/s"
      `${VA_LABEL_BEFORE}(?:(?:(?:linear )?blood )?flow velocity|velocity|lbfv|lbv|vs|vps)(?: ?[-\u2013\u2014=:] ?| )(?:zero\\b|0(?:[.,]0+)?(?!\\s?[.,]?\\s?\\d)(?!\\s*[-\u2013]\\s*\\d))(?!(?: ?(?:cm|m)/s(?:ec)?)?\\s+(?:increase|decrease|difference|change|asymmetr|drop|rise|reduction|between))(?: ?(?:cm|m)/s(?:ec)?)?(?!\\s*[%\u00b0])${NOT_TECHNICAL}`,
      '(?:blood )?flow(?: volume| velocity)?(?: ?[:=] ?| )0(?:[.,]0+)? ?(?:cm/s(?:ec)?|m/s|ml/min)',
      // "Hyperdense left vertebral artery" on CT: a clot in it.
      'hyperdense (?:(?:left|right|lt|rt|l\\.?|r\\.?) )?(?:vertebral artery|va)(?: sign)?',
      // Doppler signs of an occlusion beyond: stump or thump flow; no forward flow left.
      '(?:stump|thump(?:ing)?) (?:flow|pattern|signal|wave ?form)',
      'no antegrade (?:component|flow component)',
      'unable to insonate',
      `dense ${SIDE}vertebral artery sign`,
      // Contrast not filling it, or flow gone: the negation belongs to the term.
      '(?:non-?|absent |lack of |no )opacification',
      '(?:does not|did not|fails to|failed to|no longer) (?:opacify|opacifies|fill|fills|enhance)',
      '(?:no|lack of|absen(?:t|ce of)) (?:contrast |colou?r |colou?r doppler )?filling(?![ -]*defects?)',
      'not (?:contrasted|opacified|filled)',
      'non-?opacified',
      'unopacified',
      // Not normally filled: how much is not said, so no flow until a clinician says otherwise.
      'not normally (?:opacified|filled|visuali[sz]ed|enhanced)',
      // (Not a lesion no longer seen: "The previously described dissection of the left V3 is
      // no longer seen", "The flap is no longer seen" say it has healed.)
      `${NOT_OF_LESION}no longer (?:visuali[sz]ed|seen|demonstrated)(?!\\s+(?:to\\s+be|as)\\b)`,
      // Not "without flow limitation" / "without flow-limiting stenosis" (a normal study).
      'without (?:any )?(?:blood )?flow(?=\\s*(?:[.,;:)]|$|in\\b|through\\b|within\\b))',
      `${FLOW_KIND_OR_OBJECT}flow:? ?(?:absent|none)`,
      // "Left VA: flow - none."
      `${FLOW_KIND_OR_OBJECT}flow ?[\u2013\u2014-] ?(?:absent|none|nil|not (?:detected|registered|seen))`,
    ],
  },
  {
    finding: 'vertebral-artery-narrowing',
    context: 'vessel',
    occlusion: true,
    patterns: [
      'occlu(?:sion|sions|ded)',
      'thrombotic occlusion',
      '(?:sub|pre)-?occlu(?:sion|sions|ded|sive)',
      'near[- ]occlu(?:sion|sive)',
      'oclu(?:sion|ded)',
      'oc+lus+ion',
      'oc+l?u(?:d?ed)',
      'oc+lud+ed',
      'oc+lus?on',
      'occl',
      'thromb(?=\\.|\\s*$|\\s*\\))',
      `oblitera(?:tion|ted) of (?:the )?${SIDE}(?:${VA_NAME}|lumen|vessel|vertebral arter(?:y|ies))`,
      `${VA_NAME}(?: lumen)? (?:is |was |appears |completely |totally )*obliterated`,
      `obliterated ${SIDE}(?:vertebral artery|va|lumen)`,
      // (Not an aneurysm's sac that has thrombosed: "The pseudoaneurysm has thrombosed".)
      `thromb(?:us|i|osis)|${NOT_OF_LESION}thrombosed`,
      `${VA_NAME} (?:is |was |appears |remains )?(?:completely |totally |fully )?blocked`,
      `blocked ${SIDE}(?:vertebral artery|va)`,
      `blockage of (?:the )?${SIDE}${VA_NAME}`,
      // An abrupt end of the artery (not "cut off from the field of view").
      `(?:abrupt|sharp|sudden) (?:cut-?off|termination|ending)(?! (?:of|from|by) (?:the )?(?:field|fov|image|scan|study))`,
      `cut-?off (?:of|at) (?:the )?${SIDE}${VA_NAME}`,
      `${VA_NAME} (?:is )?(?:abruptly )?cut[- ]?off(?! (?:from|by|of) (?:the )?(?:field|fov|image|scan|study))`,
      `${VA_NAME} (?:terminates|ends|stops) abruptly`,
      '100 ?% (?:stenos[ie]s|narrowing)',
      // 99 % and over: a near-occlusion, read as one (fail-safe).
      '(?:[>\u2265] ?)?99 ?(?:%|per ?cent|percent) (?:stenos[ie]s|narrowing)',
      '(?:stenos[ie]s|narrowing) ?(?:[-\u2013\u2014:=] ?)?(?:of )?[>\u2265] ?99 ?(?:%|per ?cent|percent)',
      '(?:stenos[ie]s|narrowing) ?(?:[-\u2013\u2014:=] ?)?(?:of )?(?:99 ?[-\u2013] ?)?(?:100 ?(?:%|per ?cent|percent)|one hundred (?:per ?cent|percent))',
      '100 ?(?:per ?cent|percent) (?:stenos[ie]s|narrowing)',
    ],
  },
  {
    // A clot or filling defect in the artery is a thrombus; "no filling defect" says
    // nothing of an occlusion by other means (narrower than the finding).
    finding: 'vertebral-artery-narrowing',
    context: 'vessel',
    occlusion: true,
    negatable: false,
    patterns: ['clots?', '(?:intraluminal |partial |occlusive |central )?filling defects?'],
  },
  ...NARROWING_TERMS_EN,
];
