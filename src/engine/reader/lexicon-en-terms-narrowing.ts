/**
 * English terms of a narrowed or atherosclerotic vertebral artery (stenosis, Doppler signs,
 * compression, plaques), after the occlusion and dissection terms of
 * lexicon-en-terms-vessel.ts (see lexicon-en-terms.ts for the order rule).
 */
import type { TermEntry } from './lexicon-en';
import { REDUCED, SEVERITY, SIDE, VA_NAME } from './lexicon-en-vessel-parts';

/**
 * Not after a share-of-flow or dominance label on its line (no full stop between), or on a
 * label line just above ("Flow volume: Left VA: 60%, right VA: 40%.", "Dominance:\n..."); a
 * grading label between them ends the share's reach.
 */
const NOT_A_SHARE =
  '(?<!\\b(?:dominance|flow volume|volume flow|relative flow|flow(?!-)|share|contribution|of total|co-?dominan\\w*)\\b[ \\t]*:?(?:(?!\\b(?:grad\\w*|nascet|ecst|stenos\\w*))[^\\n.]){0,60}' +
  '|\\b(?:dominance|flow volume|volume flow|relative flow|flow|share|contribution)\\b[^\\n]{0,12}:[ \\t]*' +
  '(?:(?:left|right|lt|rt)[^\\n]{0,30}%[^\\n]{0,20})?\\n(?:(?![^\\n]*\\b(?:grad\\w*|nascet|ecst|stenos\\w*))[^\\n]{0,60}\\n)?' +
  '(?:(?!\\b(?:grad\\w*|nascet|ecst|stenos\\w*))[^\\n]){0,60}|\\bof total\\b[^\\n]{0,60})';
/** The side's VA and its percentage ("Left VA origin: >70%", "left vertebral 70-99%"). */
const SIDE_VALUE = `\\.? (?:${VA_NAME}|vertebral)(?: (?:origin|ostium|v[0-4]))?:? ?(?:>=?|\\u2265)? ?(?:(?:approx\\.?|about|c\\.|ca\\.?|~) ?)?(?![1-9]\\d? ?[-\\u2013] ?[1-4]?\\d ?%)[1-9]\\d?(?: ?[-\\u2013] ?\\d{1,3})? ?%`;
/** Not a share said after it ("55%, right VA: 45% (flow volume share)"). */
const NO_SHARE_AFTER =
  '(?![^.\\n]{0,40}\\b(?:share|of total|flow volume|volume flow|contribution|of (?:the )?(?:total |vertebral |basilar )?(?:flow|inflow)))';

export const NARROWING_TERMS_EN: readonly TermEntry[] = [
  {
    finding: 'vertebral-artery-narrowing',
    context: 'vessel',
    patterns: [
      'stenos[ie]s',
      // A side's value under a stenosis or grading heading ("STENOSIS:\nLeft VA: 80% at
      // origin", "NASCET: Left VA: >70% (dominant vessel)", "70-99%", "approx. 75%"), not a
      // share of flow ("Flow volume: Right VA: 55%", "Dominance:\nLeft VA: 60%") nor a band
      // below 50 ("30-49%"); under "VERTEBRAL ARTERIES" alone, not a dominance either ("Left VA:
      // 60%, dominant"). (The side first: a lookbehind that opens an alternative would run at
      // every word of every report.)
      `(?:left|right|lt|rt|l|r)(?<=\\b(?:stenos[ie]s|narrow\\w*|nascet|ecst|grad(?:e|ing)|diameter reduction)\\b[\\s\\S]{0,85})${NOT_A_SHARE}${SIDE_VALUE}(?! ?(?:stenos|narrow|occlu|of\\b|reduction|paten|flow|lumen|contribution|diameter|size|calibre|caliber|smaller|larger|wider|bigger))${NO_SHARE_AFTER}`,
      `(?:left|right|lt|rt|l|r)(?<=\\bvertebral arteries\\b[\\s\\S]{0,85})(?<!\\b(?:co-?dominan\\w*|dominan\\w*)\\b[^\\n.]{0,72})${NOT_A_SHARE}${SIDE_VALUE}(?! ?[,;(\\u2013-]? ?(?:(?:left|right) )?(?:co-?)?dominan)(?![^\\n]{0,24}[1-9]\\d ?%[^\\n]{0,24}\\b(?:co-?)?dominan)(?! ?(?:stenos|narrow|occlu|of\\b|reduction|paten|dominan|flow|lumen|contribution|diameter|size|calibre|caliber|smaller|larger|wider|bigger))${NO_SHARE_AFTER}`,
      'stenotic',
      'stenosed',
      'narrow(?:ing|ed|s)?',
      'lumen (?:is |was )?(?:reduced|narrowed|decreased)',
      'reduced lumen',
      `${REDUCED} (?:peak systolic |end-?diastolic |mean |linear )?(?:blood )?(?:flow|velocit(?:y|ies)|perfusion)(?: velocit(?:y|ies))?`,
      `(?:flow|velocit(?:y|ies))(?: velocit(?:y|ies))? (?:is |was |are |were )?${SEVERITY}${REDUCED}`,
      `(?:flow|velocit(?:y|ies))(?: velocit(?:y|ies))? (?:in|of|through|within) (?:[a-z0-9-]+ ){1,5}?(?:is |was |are |were )?${SEVERITY}${REDUCED}`,
      `(?:flow|velocit(?:y|ies)|psv|vps|vmax) (?:of )?:? ?\\d[\\d.,]* ?(?:cm|m)/s(?:ec)?,? \\(?${SEVERITY}${REDUCED}`,
      // "Flow velocity in the left VA is lower than on the right"
      `(?:flow|velocit(?:y|ies))(?: velocit(?:y|ies))? (?:in|of|through) (?:the )?${SIDE}${VA_NAME} (?:is |was )?${SEVERITY}lower`,
      'flow reduction',
      'decrease (?:of|in) (?:the )?(?:blood )?flow(?: velocit(?:y|ies))?',
      '(?:extravasal|extrinsic|external|extravascular) (?:influence|impact|compression|effect)',
      'compress(?:es|ing) the (?:(?:left|right|both) )?(?:vertebral arter(?:y|ies)|va)',
      'reduction (?:of|in) (?:the )?(?:blood )?flow(?: velocit(?:y|ies))?',
      'hypoperfusion',
      '(?:extravasal |extrinsic |external |osteophytic )?compression',
      'compressed',
      'kink(?:ing|ed|s)?(?! without ha?emodynamic)',
      // Not a muscle's or the face's spasm.
      '(?<!\\b(?:hemifacial|facial|muscle|muscular|muscles?|myo) )(?:vaso|angio)?spasm(?! of (?:the )?(?:[a-z]+ ){0,2}muscles?)(?<!\\b(?:hemifacial|facial) spasm)',
      // Doppler: waveforms beyond a narrowing, velocities below the norm, LBFV (linear blood
      // flow velocity) reduced or asymmetric, rotation tests in numbers.
      'parvus[- ](?:et[- ])?tardus',
      'tardus[- ](?:et[- ])?parvus',
      'monophasic (?:low[- ](?:velocity|amplitude) )?(?:blood )?(?:flow|wave ?form|spectrum|doppler spectrum)',
      'low[- ]amplitude (?:monophasic )?(?:blood )?(?:flow|wave ?form|spectrum)',
      'high[- ]resistance (?:flow|wave ?form|spectrum|pattern|flow pattern)',
      `${REDUCED} (?:lbfv|lbv|velocity (?:indices|parameters|values))`,
      `(?:lbfv|lbv|velocity (?:indices|parameters|values))(?: (?:is|are|was|were))? ${SEVERITY}${REDUCED}`,
      '(?:lbfv|lbv) asymmetry(?![^.;\\n]{0,30}\\b(?:normal|norm|[0-2]?\\d ?%))',
      'asymmetry (?:of )?(?:[3-9]\\d|100)(?:[.,]\\d+)? ?(?:%|per ?cent|percent)(?![^.;\\n]{0,30}\\bnormal)',
      'asymmetry of (?:the )?linear (?:blood )?flow velocit(?:y|ies)',
      `(?:flow|velocit(?:y|ies)|psv|vps|vmax) (?:of )?:? ?\\d[\\d.,]* ?(?:cm|m)/s(?:ec)?(?:\\.? ?[(\\[]n[^)\\]]{0,15}[)\\]])?(?:[,:]|;(?= ?${SEVERITY}(?:${REDUCED}|below (?:the )?norm(?:al)?)\\s*(?:[.;,]|$)))? ?(?:[-\u2013\u2014] ?)?\\(?${SEVERITY}(?:${REDUCED}|below (?:the )?norm(?:al)?)(?![- ]normal)`,
      `(?:flow|velocit(?:y|ies)|psv|vps|vmax) (?:of )?:? ?\\d[\\d.,]* ?(?:cm|m)/s(?:ec)?(?: \\(n[^)]{0,15}\\))?: ${SEVERITY}${REDUCED}(?![- ]normal)`,
      '(?<!non-?)stenosing \\d+(?:[.,]\\d+)? ?(?:%|per ?cent|percent)',
      'acceleration of (?:the )?(?:blood )?flow',
      `flow(?: (?:in|within|of) (?:the )?${SIDE}${VA_NAME})? (?:decreases|drops|falls|is reduced|reduces)(?: by \\d+ ?(?:%|per ?cent|percent)| significantly| markedly| sharply)`,
      `flow(?: (?:in|within|of) (?:the )?${SIDE}${VA_NAME})? (?:decreases|drops|falls|ceases|ceased|stopped|disappeared)(?: by \\d+ ?(?:%|per ?cent|percent))? (?:on|during|with|at) (?:the )?(?:(?:left|right|lt|rt|l\\.?|r\\.?) )?(?:head )?(?:rotation|turning)(?![^.;\\n]{0,40}\\bnormal)`,
      '(?:vertebrogenic|spondylogenic) (?:influence|impact|compression|effect)',
      '(?:deformation|kinking|tortuosity|loop(?:ing)?|coiling) with ha?emodynamic significance',
      'ha?emodynamically significant (?:deformation|kinking|kink|tortuosity|loop(?:ing)?|coiling)',
      // Signs of a narrowing at the origin (a clinician confirms the grade).
      'focal (?:velocity|flow) (?:increase|acceleration)',
      `aliasing (?:at|in|of) (?:the )?${SIDE}(?:origin|ostium|${VA_NAME})`,
      // A high peak velocity (120 cm/s and over) or a PSV ratio: a narrowing at that place.
      '(?:psv|vps|vmax|peak systolic velocity)(?: (?:of|up to|to))?:? ?(?:1[2-9]\\d|[2-9]\\d\\d)(?:[.,]\\d+)? ?(?:cm|m)/s(?:ec)?',
      'psv ratio:? ?(?:[2-9]|\\d{2})(?:[.,]\\d+)?(?![^.;\\n]{0,20}\\bnormal)',
      `turbulen(?:t flow|ce) (?:at|in) (?:the )?(?:${SIDE}${VA_NAME} )?(?:origin|ostium)`,
      '(?:ri|resistance index|pi|pulsatility index) \\d(?:[.,]\\d+)? ?\\((?:increased|elevated|raised|high)\\)',
      '(?:increased|elevated|raised|high) (?:ri|resistance index|pi|pulsatility index)',
      `(?:ri|resistance index|pi|pulsatility index)(?: in (?:the )?${SIDE}${VA_NAME})? (?:is )?(?:increased|elevated|raised)(?: to \\d)?`,
      'sten(?=\\.)',
      'stenos(?=\\.)',
      '(?:flow|velocit(?:y|ies)) asymmetry(?![^.;\\n]{0,40}\\b(?:normal|norm|zero|none|absent))',
      'asymmetric(?:al)? (?:blood )?(?:flow|velocit(?:y|ies))(?: velocit(?:y|ies))?',
      'abnormal (?:blood )?flow(?: pattern)?',
      // A local flow acceleration is a stenosis sign.
      '(?:local |focal |segmental )?(?:flow acceleration|accelerated flow)',
      'bow ?hunter.?s syndrome',
      'asymmetry of (?:the )?(?:blood )?(?:flow|velocit(?:y|ies))(?: velocit(?:y|ies))?',
      'psv (?:is )?(?:reduced|decreased|low)',
      'high-?resistance flow',
      '(?:dampened|damped|tardus[- ]parvus) (?:wave ?form|flow)',
      'tortuosity with ha?emodynamic significance',
      'flow (?:decreases|falls|drops) on (?:rotation|turning)',
      // Flow gone on turning the head: positional (rotation) compression.
      `flow(?: (?:in|within|of) (?:the )?${SIDE}${VA_NAME})? (?:disappears|stops|ceases|is lost|is interrupted)`,
      // A bone spur pressing on the artery ("osteophyte encroaching on the left VA").
      `(?:encroach(?:es|ing)?|imping(?:es|ing)|abut(?:s|ting)|indent(?:s|ing)) (?:on |upon )?(?:the )?${SIDE}(?:vertebral arter(?:y|ies)|va)\\b`,
    ],
  },
  {
    // Absent diastolic flow: high resistance beyond (the "absent" belongs to the term).
    finding: 'vertebral-artery-narrowing',
    context: 'vessel',
    absorbsTriggers: true,
    patterns: [
      '(?:absent|no|zero|reversed) (?:end-?)?diastolic (?:flow|component|velocit(?:y|ies))',
      '(?:end-?)?diastolic (?:flow|component|velocit(?:y|ies)) (?:is |was )?(?:absent|zero|reversed|not (?:detected|registered|seen))',
      '(?:edv|end-?diastolic velocity) ?[:=]? ?0(?:[.,]0+)?(?![.,]?\\d) ?(?:cm|m)/s(?:ec)?',
      // Not normal: "Left VA: not normal", "not of normal calibre" (the "not" belongs to the
      // term: an abnormal artery, a precaution).
      // Not "not normal in diameter but within the range of variation".
      '(?:not (?:entirely |completely |quite |fully )?(?:normal|within (?:the )?normal (?:limits|range)|of normal (?:calibre|caliber|width|diameter|size|course))|outside (?:the )?normal (?:limits|range)|non-?normal|(?:below|lower than|less than|under) (?:the )?normal)(?![^.\\n]*\\bwithin (?:the )?(?:range|limits) of (?:normal )?variation)',
      // "Left VA lumen 40 % of normal", "diameter reduced by 60 %", "in-stent restenosis"
      '(?:lumen|diameter|calibre|caliber) (?:of )?\\d+(?:[.,]\\d+)? ?% of (?:the )?normal',
      '(?:diameter|lumen|calibre|caliber) (?:is )?reduced',
      '(?:lumen|diameter|calibre|caliber) reduction',
      '(?:in-?stent )?re-?stenosis',
    ],
  },
  {
    finding: 'vertebral-artery-atherosclerosis',
    context: 'vessel',
    patterns: [
      'atherosclero(?:sis|tic)',
      // Not a sebaceous cyst (Russian-English "atheroma" of the skin or soft tissues).
      'atheroma(?:tous|tosis)?(?![^.;\\n]{0,40}\\b(?:skin|subcutaneous|soft tissues?|scalp|sebaceous|\\d+ ?x ?\\d+ ?mm))(?<!\\b(?:skin|subcutaneous|soft tissues?|sebaceous|scalp)[^.;\\n]{0,60}atheroma(?:tous|tosis)?)',
      // Russian-English abbreviation of an atherosclerotic plaque (ASP, АСБ).
      'asp',
      `${VA_NAME} walls? (?:is |are )?thickened`,
      '(?:calcified |soft |mixed |fibrous |atheromatous )?plaques?',
      'intima-media thickening',
      '(?:mural|wall) calcifications?',
      'calcification of (?:the )?(?:(?:left|right|lt|rt|l\\.?|r\\.?) )?(?:vertebral arter(?:y|ies)|va)(?: wall)?',
      'calcified',
      '(?:imt|intima-media (?:complex|thickness)) (?:is )?(?:\\d+(?:[.,]\\d+)? ?mm,? ?\\(?)?(?:thickened|increased)',
    ],
  },
];
