/**
 * English lexicon of the imaging-report reader: finding synonyms and NegEx-style triggers.
 * Pure data (regular-expression sources, matched case-insensitively at word boundaries), so
 * another language is another file of the same shape.
 */
import type { FindingId } from '../finding-ids';
import { TERMS_EN } from './lexicon-en-terms';
import { NORMALPHRASES_EN, SPELLINGS_EN } from './lexicon-en-words';

/**
 * Where a term may be read: `vessel` needs a vertebral-artery sentence or a vessel study;
 * `spine` a cervical-spine study or a sentence naming the cervical spine (not the brain);
 * `head` a head study (sentence not about the cervical spine) or a sentence naming the brain.
 */
export type TermContext = 'any' | 'vessel' | 'spine' | 'head';

export interface TermReading {
  finding: FindingId;
  context: TermContext;
}

export interface TermEntry extends TermReading {
  patterns: readonly string[];
  /**
   * false: a term narrower than its finding ("metastases" for malignancy of any site,
   * "haemorrhage" for stroke). Affirmed it is the finding; negated it says nothing of it,
   * so a negated reading is dropped.
   */
  negatable?: boolean;
  /** Read as a vertebral-artery occlusion or absent flow (brief §9). */
  occlusion?: boolean;
  /** The term holds its own negation word ("no flow"): triggers inside it are not triggers. */
  absorbsTriggers?: boolean;
  /** The term itself says acute ("DWI-positive lesion"). */
  acute?: boolean;
  /** The patient's story (a symptom): a request line states it, it does not ask it. */
  notAsked?: boolean;
  /** Readings to try, in order, where `context` does not hold. */
  otherwise?: readonly TermReading[];
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
  /** Uncertain in either direction ("? dissection", "stenosis?"). */
  eitherUncertain: readonly string[];
  /**
   * Request / indication phrases ("rule out", "indication:", "query"): every term after them
   * in the clause is uncertain, never negated.
   */
  request: readonly string[];
  /** Look like triggers but negate nothing ("no increase", "not only"). */
  pseudo: readonly string[];
  /** Before a term: said of someone else ("family history of stroke"); not read. */
  otherPerson: readonly string[];
  /** Words that end a trigger's scope, besides ";" and the sentence end. */
  terminators: readonly string[];
  /**
   * Words that open a new finding phrase after a comma ("No listhesis, left ..."): a
   * negation before the comma does not reach past it. A bare list ("no stenosis, occlusion
   * or dissection") stays in scope.
   */
  phraseStarts: readonly string[];
  /** "and" / "with" followed by one of these also opens a new phrase ("... and left VA"). */
  sidePhrase: string;
  /** List conjunctions ("or", "and", "nor"). */
  listWords: string;
  /** A sentence naming the vertebral artery (vessel terms need it outside vessel studies). */
  vertebralMention: string;
  /** Other vessels: a vessel term in a phrase naming only these is not the vertebral artery. */
  otherVessel: string;
  /** A sentence naming the brain: head terms hold in any study. */
  brainMention: string;
  /** A sentence naming the cervical spine: spine terms hold in any study. */
  cervicalMention: string;
  /** Findings whose mentions carry `acute` (brief §8, §9). */
  datedFindings: readonly FindingId[];
  /** Said before the term (up to four words): acute. */
  acuteBefore: string;
  /** Said after the term in its phrase: acute (a negated cue, "no diffusion restriction", is not). */
  acuteAfter: string;
  /**
   * Correct single words of at least 8 letters: an unknown word within one edit of one is
   * read as it ("osteochondrossis"). Also lists look-alikes that must stay as they are.
   * Shorter words are only joined when a line-end or soft hyphen splits them ("in-\nfarct").
   */
  spellings: readonly string[];
  /** Phrases of a normal study: with one, a report without findings was still read (FS-8). */
  normalPhrases: readonly string[];
  /** Unicode ranges of the letters the lexicon reads (besides ASCII a-z). */
  letterRanges: readonly (readonly [number, number])[];
}

export const LEXICON_EN: Lexicon = {
  lang: 'en',
  terms: TERMS_EN,
  preNegation: [
    'no',
    'not',
    'without',
    // "0 % stenosis", "0 percent stenosis"
    '(?<![\\d.])0(?:[.,]0+)? ?(?:%|percent|per ?cent)',
    'without (?:any )?(?:evidence|signs?|features) of',
    'no (?:evidence|signs?|features|findings?|imaging evidence|radiological evidence) of',
    // "No CTA evidence of", "No sonographic evidence of": the modality's evidence.
    'no (?:cta|ct|mra|mri|mr|ct angiographic|angiographic|duplex|doppler|sonographic|ultrasound|radiographic|imaging|convincing) (?:evidence|signs?|features) of',
    // British "Nil evidence of dissection", "Nil infarct".
    'nil',
    'nil (?:evidence|signs?|features) of',
    // "Nothing to suggest a dissection", "The appearance is not suggestive of dissection".
    'nothing (?:to (?:suggest|indicate)|suggestive of|in keeping with)',
    'not (?:suggestive of|indicative of|consistent with|in keeping with|typical of)',
    // Hurried typing of the negation itself ("Witout dissection", "Negative fro").
    '(?:witout|wihtout|whithout|withut|withuot|wtihout)',
    'negative (?:for|fro|of)',
    // "Denies syncope, limb weakness or facial numbness".
    '(?:denies|denied|denying)',
    'no complaints? of',
    // "No restricted diffusion to suggest an acute or subacute infarct": what it would suggest.
    // (Over a wrapped line too: "no\nmarrow replacement to\nsuggest".)
    'no\\s+(?:evidence\\s+of\\s+)?(?:restricted\\s+diffusion|diffusion\\s+restriction|dwi\\s+(?:hyperintensity|restriction)|[a-z]+(?:\\s+[a-z]+)?)\\s+to\\s+(?:suggest|indicate)',
    // "CT is insensitive to early ischaemia": what the study cannot show, not a finding.
    // Only of the finding right after it (reader-qualify.ts): "insensitive to pain ... acute
    // infarct" is no negation.
    '(?:is |are )?(?:relatively |rather )?(?:insensitive|not sensitive) (?:to|for)',
    'free of',
    'absence of',
    'absent',
    'rules out',
    'ruled out',
    'excludes',
    'there (?:is|are|was|were) no',
    'there (?:is|are|was|were) no (?:evidence|signs?|features) of',
    'nor',
    'neither',
  ],
  postNegation: [
    // A templated line: "Dissection: none.", "Stenosis - no.", "Left VA stenosis 0%."
    // (the value ends the line's phrase: "Findings: no fracture" stays a negation before)
    '[:\u2013\u2014|-] ?(?:none(?: (?:seen|identified|detected|found|demonstrated|present|visuali[sz]ed))?|no|nil|never|negative|absent|not (?:seen|present|detected|identified)|n|0(?:[.,]0+)?(?! ?[.,]?\\d) ?%?)(?=\\s*(?:\\((?:left|right|both|bilateral|bilaterally|l|r|r ?/ ?l|l ?/ ?r|both sides|on both sides|either side|both vas?|both vertebral arteries|both vertebrals)\\)\\s*| (?:bilaterally|on both sides|both sides|on either side))?(?:[.,;)|\\n]|$))',
    '(?<![\\d.])0(?:[.,]0+)? ?(?:%|percent|per ?cent)',
    // "Occlusion: right no, left no", "Stenosis: R. no", "Stenosis: right 0; left 0",
    // "Stenosis -", "(-)": a side's value of none.
    // (A side is a word: not the last letter of "normal. No" or "clear. No".)
    '[:\u2013\u2014|-]? ?(?<![a-z0-9])(?:right|left|rt|lt|r|l)\\.? ?[:\u2013\u2014-]? ?(?:none|no|nil|negative|absent|0(?:[.,]0+)?(?! ?[.,]?\\d))(?= ?(?:%|percent|per ?cent)?\\s*(?:[.,;)|\\n]|$))',
    '\\(-\\)',
    // "Stenosis (none), dissection (none)": a value in brackets.
    '\\( ?(?:none|nil|no|negative|absent|not seen) ?\\)',
    // "Occlusion (R/L): no/no", "0/0", "-/-": every side none.
    '(?:\\((?:r|right|l|left) ?/ ?(?:l|left|r|right)\\))?:? ?(?:no|none|-|0|n)(?: ?/ ?(?:no|none|-|0|n))+(?=\\s*(?:[.,;)|\\n]|$))',
    ':? ?-(?=\\s*(?:[.,;|\\n]|$))',
    '(?:is |are |was |were )?not (?:seen|identified|detected|visuali[sz]ed|demonstrated|present|found|evident)',
    // Russian-English: "Signs of dissection are not revealed", "Data for dissection were not
    // obtained", "are not determined".
    '(?:is |are |was |were |have been |has been )?not (?:revealed|determined|obtained|established|defined|registered|recorded|noted|observed|appreciated|traced|visible|shown|depicted|apparent|confirmed|received|differentiated)',
    '(?:is |are |was |were )?(?:absent|excluded|ruled out)',
  ],
  preUncertain: [
    // "Unlikely to represent dissection": doubted, not denied (at most unknown, FS-7).
    'unlikely(?: to (?:be|represent))?',
    'possible',
    'possibly',
    'probable',
    'probably',
    'likely',
    'presumed',
    'presumably',
    'questionable',
    'suspicious (?:for|of)',
    'suspicion (?:of|for)',
    'suspected',
    'suspect',
    'suggestive of',
    'concerning for',
    'worrisome for',
    'may represent',
    'may be',
    'might be',
    'could be',
    'cannot exclude',
    'can ?not exclude',
    'cannot rule out',
    '(?:it is )?(?:impossible|not possible) to (?:exclude|rule out)',
    // "Query left VA dissection." in a conclusion: a possible finding, read in the images
    // ("Clinical query:" and "Indication: query …" stay requests).
    'query',
    'equivocal',
    'borderline',
    'indeterminate',
    'no definite',
    '(?:no|without) (?:conclusive|unequivocal|definitive|convincing|clear|clear-cut|reliable|certain) (?:evidence|signs?|proof) (?:of|for)',
    'neither confirmed nor (?:excluded|ruled out):?',
    // Russian-English: "The picture does not contradict dissection" (it is compatible).
    '(?:does not|do not|doesn.t) contradict',
    'no convincing',
    'differential (?:diagnosis )?(?:includes|of)',
  ],
  postUncertain: [
    // Hedged or wished-for exclusions: "can't be excluded", "cannot be fully excluded", "has
    // not been ruled out", "isn't excluded", "should be excluded", "must be ruled out".
    `(?:(?:ca|could|is|are|was|were|has|have|had|should|would|must|wo|do|does|did|need)n['\u2019\u0060]?t|cannot|can ?not|not|never|should|must|needs? to|has to|have to|ought to|remains? to|is to|are to|yet to)(?: be| been| have been| yet| yet been)?(?: (?:[a-z]+ly|100 ?%|with (?:certainty|confidence)|for (?:certain|sure)|yet)){0,2} (?:excluded|ruled out)`,
    'not (?:be )?(?:excluded|ruled out)',
    // "can neither be confirmed nor excluded", "cannot be confirmed or excluded", "only
    // partially excluded", "excluded only in V1-V2"
    "(?:(?:can|could)(?:not|n['\\u2019]?t| not)?|is|are|was|were) (?:neither )?be (?:confirmed|proven|proved) (?:n?or|and) (?:excluded|ruled out)",
    '(?:neither )?confirmed nor (?:excluded|ruled out)',
    "(?:(?:can|could)(?:not|n['\\u2019]?t| not)?) be either confirmed or (?:excluded|ruled out)",
    '(?:can|could) hardly be (?:excluded|ruled out)',
    '(?:only )?(?:partly|incompletely|not completely) (?:excluded|ruled out)',
    '(?:only )?partially (?:excluded|ruled out)',
    '(?:is |are |was |were )?(?:excluded|ruled out) only (?:partially|in|at|on)',
    'not (?:definitely|entirely|completely|reliably) (?:excluded|ruled out)',
    '(?:is |are )?(?:suspected|questionable|possible|not excluded|doubtful)',
    // "Dissection is considered unlikely", "Left VA dissection unlikely".
    '(?:is |are |was |were )?(?:(?:considered|felt|thought|deemed) )?(?:to be )?(?:very |most |highly )?unlikely',
    '(?:is|are) (?:likely|probable)',
    'to be (?:confirmed|excluded)',
  ],
  eitherUncertain: ['\\?', 'can ?not be (?:excluded|ruled out)'],
  request: [
    'rule out',
    'to rule out',
    'r/o',
    'exclude',
    'to exclude',
    'evaluate for',
    'evaluation (?:for|of)',
    'assess(?:ment)? for',
    'look(?:ing)? for',
    'screen(?:ing)? for',
    'question of',
    'referred (?:for|with)',
    'indications?:?',
    'clinical (?:question|indication|information|query|details|history)s?:?',
    'reason for (?:the )?(?:exam(?:ination)?|study|referral|request|imaging):?',
    'request:',
  ],
  otherPerson: [
    'family (?:history|hx|anamnesis)(?: of)?:?',
    'fh(?:x)? (?:of|:)',
    '(?:mother|father|brother|sister|parents?|grandmother|grandfather|aunt|uncle)(?:.s)? ?[:\u2013\u2014-]',
    '(?:who )?died (?:after|of|from)(?: an?)?',
    'fhx:?',
    '(?:(?:his|her|the patient.?s) )?(?:mother|father|brother|sister|parents?|siblings?|grandmother|grandfather|grandparents?|aunt|uncle|son|daughter)(?:.s)? (?:had|has|with|died (?:of|from)|history of|suffered(?: from)?)',
  ],
  pseudo: [
    // A comparison with a prior study says the finding is still there: "No worsening of the
    // known left VA dissection", "No recanalisation of the occluded left VA", "Not changed:
    // dissection", "Without dynamics". Not before "or / to / into": "No worsening or new
    // dissection", "No progression to occlusion" are negations.
    '(?:(?:there (?:is|are|was|were|has been|have been) )?(?:no|without) (?:(?:evidence|signs?) of )?(?:(?:further|significant|appreciable|interval|definite|obvious|measurable|relevant|negative|positive|marked) ){0,2}(?:change|progression|worsening|extension|enlargement|propagation|growth|expansion|increase|deterioration|evolution|recanali[sz]ation|restoration of flow|flow restoration|(?:haemorrhagic |hemorrhagic )?transformation(?= of)|regression|resolution|improvement|dynamics|healing|remodell?ing|normali[sz]ation|reopening|re-?opening|reduction|decrease|recovery|changes|progress|regress)|not changed:?|unchanged:|without (?:dynamics|changes?):?|not recanali[sz]ed:?)(?![ \\t]*[,/]?[ \\t]*(?:or|nor|to|toward|towards|into|new)\\b)(?![ \\t]*,[^.;\\n]*\\bor\\b)',
    // "Right cerebellar infarct that was not present on 2026-10-01": new, not negated.
    '(?:that |which )?(?:was|were|is|are) not (?:present|seen|visible) (?:on|in) (?:the )?(?:prior|previous|earlier|last|preceding|\\d+(?:[-./]\\d+)*)',
    '(?:,|that|which)? ?not present (?:on|in) the (?:prior|previous|earlier|last|preceding) (?:study|exam(?:ination)?|scan|mri|ct|imaging)',
    '(?:that |which )?(?:was |were )?(?:absent|not seen|not visible|not present) (?:on|in|at) (?:the )?(?:prior|previous|earlier|last|preceding)(?: (?:study|exam(?:ination)?|scan|mri|ct|cta|imaging))?',
    'not present before',
    '(?:which |that )?(?:was |were )?not (?:evident|present|seen|visible) (?:on|in) (?:the )?(?:prior|previous|mri|ct|study|scan)(?: (?:study|exam(?:ination)?|scan|mri|ct|of))?',
    '(?:which |that )?(?:was |were )?not present previously',
    'not only',
    'not necessarily',
    'not extend',
    'gram negative',
    // Double negatives affirm: "not absent", "no doubt", "not without".
    '(?:is |are |was |were )?not absent',
    '(?:there is )?no doubt(?: (?:about|of|that))?',
    // "Age-indeterminate infarct": its age is unknown, not the infarct.
    'age[- ]indeterminate',
    'of indeterminate age',
    'not without',
  ],
  terminators: [
    'but',
    'yet',
    'instead',
    'however',
    'although',
    'though',
    'except',
    'whereas',
    'while',
    'apart from',
    'aside from',
    'other than',
    // "Absence of fracture and presence of uncovertebral arthrosis"
    'presence of',
  ],
  phraseStarts: [
    'left',
    'right',
    'bilateral',
    'bilaterally',
    'both',
    'the',
    'a',
    'an',
    'there',
    'chronic',
    'old',
    'acute',
    'subacute',
    'hyperacute',
    'fresh',
    'recent',
    'new',
    'known',
    'residual',
    'previous',
    'mild',
    'mildly',
    'moderate',
    'moderately',
    'marked',
    'markedly',
    'severe',
    'severely',
    'slight',
    'small',
    'large',
    'minimal',
    'minor',
    'significant',
    'prominent',
    'pronounced',
    'multiple',
    'several',
    'single',
    'focal',
    'diffuse',
    'extensive',
    'early',
    'advanced',
    'posterior',
    'anterior',
    'central',
    'paramedian',
    'paracentral',
    'foraminal',
    'lateral',
    'median',
    'signs',
    'at',
    'in',
    'on',
  ],
  sidePhrase: '(?:the )?(?:left|right|bilateral|both)\\b',
  listWords: '\\b(?:or|and|nor|and/or)\\b',
  // "Vertebral dissection", "LVA", "Left vert": the vertebral artery without "artery".
  vertebralMention:
    "\\bvertebral (?:arter|art\\b|a\\b|vessel|flow|dissect|occlu|thromb|pseudoaneurysm)|\\b[lr]vas?\\b|\\b(?:left|right|lt|rt|l|r)\\.? verts?\\b|\\bvertebrals\\b|\\b(?:left|right|both|bilateral) vertebral\\b(?! (?:bod|end|column|canal|level|segment|arch|foram|margin|height))|\\bva(?:'s)?\\b|\\bboth vas\\b|\\bvas (?:are|were)\\b|\\bv[0-4]\\b|\\bvertebro-?basilar|\\ba\\. ?vertebralis",
  otherVessel:
    '\\bcarotid|\\b(?:ica|eca|cca)s?\\b|\\bsubclavian|\\bjugular|(?<!vertebro-?)basilar\\b|\\bbrachiocephalic(?! arteries)|\\binnominate|\\baort|\\b(?:m|p|a)ca\\b|\\bpica\\b|\\bcerebral arter|\\bophthalmic',
  brainMention:
    '\\bcerebell|\\bbrain|\\bpons\\b|\\bpontine|\\bmedulla oblongata|\\bthalam|\\bcerebr(?:al|um)\\b|\\bhemispher|\\boccipital lobe|\\bparietal lobe|\\btemporal lobe|\\bfrontal lobe|\\bintracranial|\\bposterior fossa|\\bmedulla\\b|\\bterritory\\b|\\bbasal ganglia|\\bperiventricular|\\bwhite matter',
  cervicalMention:
    '\\bc[1-7]\\b|\\bcervical|\\batlas\\b|\\baxis\\b|\\bodontoid|\\bdens\\b|\\batlanto|\\bcraniocervical',
  datedFindings: ['stroke', 'tia', 'vertebral-artery-dissection'],
  acuteBefore:
    '\\b(?:(?:a|one|1)[- ]week[- ]old|hyperacute|subacute|subacut|acutely|acute|acut|actue|accute|aucte|early|fresh|recent|recently|new|newly|evolving|interval development of|interval appearance of|(?<!no )interval(?! (?:stability|stable|unchanged|changes?|resolution|improvement|decrease|follow))|hyperdense|hyperattenuating|high-?density|(?:(?!(?:1[5-9]|[2-9]\\d|\\d{3,})[- ]?days?)\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)[- ](?:hours?|days?)[- ]old)\\b(?:[^a-z.;,]+[a-z][a-z-]*){0,4}[^a-z.;,]*$|\\bnew (?:since|compared (?:to|with)) (?:the )?(?:prior|previous|last|earlier) (?:study|exam(?:ination)?|scan|mri|ct|imaging)\\b[^.;]*$',
  acuteAfter:
    '(?<!\\b(?:no|without|not)\\s)(?:restricted diffusion|diffusion restriction|restriction of diffusion|dwi[- ](?:positive|bright|hyperintens\\w*)|bright on dwi|hyperintens\\w* on dwi|low adc|reduced adc|of (?:hyper|sub)?acute (?:age|onset)|of (?:hyper|sub)?acute ?(?:/|or|to) ?(?:early )?(?:hyper|sub)?acute (?:age|onset|stage|phase)|,? now (?:early |late )?(?:hyper|sub)?acute\\b|,? (?:likely |probably |possibly |approx\\.? |approximately |about |~)?(?:1|one|a|2|two)(?: ?[-\u2013] ?(?:2|two))? weeks?[- ]old|(?:in|at|of) (?:the |an? )?(?:hyper|sub)?acute (?:stage|phase|period)|\\(new\\b|[;,] ?dwi(?:\\+| positive)|(?:[,(:]|\\s[-\u2013\u2014])\\s*(?:(?:hyper|sub|\\(sub\\)|\\(hyper\\))?acute|fresh|recent)\\b|of recent onset|,? ~?(?:(?!(?:1[5-9]|[2-9]\\d|\\d{3,})[- ]?days?)\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)[- ](?:hours?|days?)[- ]old|,? (?:1|one|a|2|two) weeks?[- ]old|,? aged (?:about |approximately |~)?\\d+(?:[-\u2013]\\d+)? (?:hours?|days?)|of \\d+[-\u2013]\\d+ (?:hours?|days?)(?:[\\u0027\u2019]s?)? duration|\\(\\s*less than (?:\\d+|one|two|seven) (?:days?|weeks?)\\s*\\)|[,;]? new (?:in comparison (?:with|to)|relative to|versus|vs\\.?) (?:the )?(?:prior|previous)|,? (?:which |that )?(?:was |were )?not (?:evident|present|seen|visible) (?:on|in) (?:the )?(?:mri|ct|study|scan|exam(?:ination)?) of|,? (?:which |that )?(?:was |were )?not (?:evident|present|seen|visible) (?:on|in) (?:the )?(?:prior|previous)|,? (?:which |that )?(?:was |were )?not present previously|\\(\\s*[<\u2264]\\s*(?:1|one) ?weeks?\\s*\\)|\\(\\s*\u2264\\s*\\d+ ?(?:days?|d)\\s*\\)|,? (?:restricted|restricting|bright|hyperintense) on dwi|,? (?:hypointense|dark|low) on adc|,? new (?:versus|vs\\.?|compared to|since) (?:the )?(?:prior|previous)|,? (?:which )?has appeared since|,? (?:that |which )?(?:was |were )?(?:absent|not seen|not present|not visible) (?:on|in|at) (?:the )?(?:prior|previous|earlier|last|preceding)|\\(not (?:seen|present|visible) (?:on|in) (?:the )?(?:prior|previous)|,? not present before|,? hours to days old|,? ~?\\d+ ?[-\u2013] ?\\d+ (?:hours?|days?)[- ]old|,? (?:approx\\.?|about|~) ?\\d+ (?:hours?|days?)[- ]old|,? ~?\\d+ ?(?:d|h)[- ]old|[\\[{](?:hyper|sub)?acute(?: [a-z/]+){0,3}[\\]}]|\\(non-?chronic\\)|,? younger than (?:(?:a|one|1|two|2) weeks?|(?:[1-9]|1[0-4]) days)|,? (?:duration|age)(?: about| approx\\.?| ~)? (?:[1-9]|1[0-4]) days|,? (?:which|that) (?:appears?|is|seems?|looks?) (?:recent|fresh|(?:hyper|sub)?acute)|with (?:features|signs) of acuity|\\(\\s*\\d{1,3} ?h(?:ours?)?\\s*\\)|\\(\\s*[1-9]\\s*[-\u2013]\\s*(?:[1-9]|1[0-4])\\s*days?\\s*\\)|,? \\(?(?:1st|2nd|3rd|[4-9]th|1[0-4]th) day\\)?|,? (?:not|no) older than (?:(?:a|one|1|two|2) weeks?|(?:[1-9]|1[0-4]) days)|,? (?:approx\\.?|about|~) ?(?:[1-9]|1[0-4]) days of age|, (?:early|late) (?:hyper|sub)?acute\\b|, day (?:one|two|three|four|five|six|seven|\\d{1,2})\\b|(?:of|,) (?:less than|under|[<\u2264]) ?(?:[1-9]|1[0-4]) days?|,? not (?:an? )?(?:old|chronic)(?: one)?\\b|,? non-?chronic|\\(\\s*(?:day|d) ?\\d{1,2}\\s*\\)|, (?:(?:most|very|quite) )?(?:likely|probably|possibly|presumably|presumed) (?:(?:hyper|sub)?acute|recent|fresh)\\b|,? onset within the (?:last|past) (?:week|few days|\\d+ days)|(?:of|,) (?:less than|under|<) (?:one|1|a|two|2) weeks?|,? not (?:old|chronic)\\b|of (?:(?!(?:1[5-9]|[2-9]\\d|\\d{3,})[- ]?days?)\\d+|one|two|three|four|five|six|seven|a few|several) (?:hours?|days?|weeks?)(?:[\\u0027\u2019]s?)? duration|,? (?:estimated )?age (?:of )?(?:about |approximately )?\\d+(?:[-\u2013]\\d+)? (?:hours?|days?)|\\(\\s*<\\s*\\d+ ?(?:days?|d|hours?|h)\\s*\\)|,? (?:onset )?(?:(?!(?:1[5-9]|[2-9]\\d|\\d{3,})[- ]?days?)\\d+|one|two|three|four|five|six|seven|a few|several) (?:hours?|days?) ago|(?:in|at) the (?:stage of (?:the )?)?(?:early |late )?(?:hyper|sub)?acute (?:stage|phase|period)|in the early recovery period|,? (?:that |which )?(?:was |were )?not (?:present|seen|visible) (?:on|in) (?:the )?(?:prior|previous|earlier|last|preceding|\\d)|,? (?:evolving|in evolution)|\\(dwi ?\\+\\)|,? dwi:? ?(?:restricted|restriction|hyperintense|bright|positive|\\+)|with (?:high|increased|bright) dwi signal|,? restricting\\b|,? new (?:since|compared (?:to|with)) |(?<![a-z])(?<!\\b(?:less|not|un) )(?:is|are|appears?|likely|possibly|probably|presumably|which is) (?:hyper|sub)?acute\\b|(?:[,(:]|\\s[-\u2013\u2014])\\s*diffusion (?:is )?restricted)',
  spellings: SPELLINGS_EN,
  normalPhrases: NORMALPHRASES_EN,
  letterRanges: [
    [0xc0, 0xd6],
    [0xd8, 0xf6],
    [0xf8, 0x24f],
  ],
};
