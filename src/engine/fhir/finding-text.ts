/**
 * The findings a concept's words name (a problem, a visit's reason, an answer given in words):
 * plain names of findings, the report reader on each clause, Horner's signs across a list,
 * a denial going on over listed symptom names, an anticoagulated problem. Split from
 * read-helpers.ts; plain TypeScript, no Angular.
 */
import type { CodeableConcept } from 'fhir/r4';
import type { FindingId } from '../finding-ids';
import { readReport, type Mention } from '../reader/report-reader';
import { isAnticoagulant } from '../rules/anticoagulant-names';
import { SYS } from './codes';
import { DENIED_INJURY, namesNeck, neckInjury, NOT_HAD } from './from-fhir-words';
import { asksAbout, conceptOf, list } from './read-helpers';
import { CANCER_PAST_WORDS, LIST_WORDS, MIOSIS_WORDS, NAMES, PTOSIS_WORDS } from './finding-names';
import { ASKABLE, prepared, QUESTION, SOMEONE_ELSE, WORRY } from './text-prep';
import {
  ACTIVE_WORDS,
  CONDITIONAL_LEAD,
  DENIAL_LEAD,
  INSTRUCTION,
  LISTED_HISTORY,
  OWN_SYMPTOM_TIME,
  PAST_WORDS,
  EXCLUDED_HEADING,
  SAFETY_NET,
  SAID_NOW,
  STOOD_DOWN,
  STROKE_ALERT,
  STROKE_SERVICE,
  ABRUPT,
  WORST_EVER,
  UNLIKE_ANY,
  HEAD_OR_NECK,
  SUDDEN,
  SEVERE,
  NOT_SEVERE,
  OTHER_PLACE,
  namesEarlierYear,
} from './letter-words';
import { withoutOverConditions } from './letter-conditions';
import { otherRegionOnly } from './treatment-region';
import { withoutPastTreatments } from './treatment-time';
import { citedVesselFindings, deniedInSentence, sentencesOfParts } from './cited-imaging';
const NOT_LISTED = new Set<FindingId>(['stroke', 'smoking', 'orthostatic-reactions']);
const LISTED_NAMES = NAMES.filter(([f]) => !NOT_LISTED.has(f)).map(
  ([, re]) => new RegExp(re.source, 'gi'),
);
/** A part that holds nothing but symptom names ("dysarthria", "numbness or nausea."). */
function onlySymptoms(clause: string): boolean {
  // (Names first: "slurred speech" is a name before "speech" is a listed word.)
  let rest = clause;
  for (const re of LISTED_NAMES) rest = rest.replace(re, ' ');
  rest = rest.replace(LISTED_HISTORY, ' ');
  return !/\w/.test(rest.replace(LIST_WORDS, ' '));
}
/**
 * A problem that says the patient takes an anticoagulant ("Atrial fibrillation - anticoagulated
 * with apixaban", "Long term (current) use of anticoagulants", ICD-10 Z79.01's words, "on
 * warfarin"); a drug's name alone is not enough ("Warfarin allergy").
 */
const ANTICOAGULATED =
  /\b(?:anti-?coagulated|on (?:long[- ]term |lifelong )?anti-?coagula(?:nts?|tion)|(?:long[- ]term|current)\s+(?:\(current\)\s+)?use of anti-?coagulants?|anti-?coagula(?:nt|tion) (?:therapy|treatment))\b/i;
/** A drug's name before its dose ("Eliquis 5mg BD"), or after a drug-history heading ("DH:"). */
const DOSED =
  /(?<![\p{L}-])([\p{L}-]{2,40})\s+\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|units?|iu)\b/giu;
const DRUG_HEADING =
  /\b(?:dh|drug history|meds|medications?|current medications?|rx)\s*[:\u2013-]/i;
const anticoagulated = (clause: string): boolean => {
  if (ANTICOAGULATED.test(clause)) return true;
  const on = /\b(?:on|taking|takes|with)\s+([\p{L}-]+)/iu.exec(clause);
  if (on && isAnticoagulant(on[1]!)) return true;
  for (const m of clause.matchAll(DOSED)) if (isAnticoagulant(m[1]!)) return true;
  const heading = DRUG_HEADING.exec(clause);
  return (
    !!heading &&
    clause
      .slice(heading.index + heading[0].length)
      .split(/[^\p{L}-]+/u)
      .some((w) => w.length > 2 && isAnticoagulant(w))
  );
};
/** …unless said stopped, refused, unsuitable or past anywhere in the text. */
const NOT_ANTICOAGULATED =
  /\b(?:contra-?indicat\w*|stopped|discontinu\w*|ceased|declin\w*|refus\w*|unsuitable|not suitable|withheld|withdrawn|allerg\w*|intoleran\w*|reversal|reversed|no longer|previously|formerly|history of|h\/o|hx of|completed|finished)\b/i;
const INVERTED_ORTHOSTATIC = /\bhypotension,\s*(?:orthostatic|postural)\b/i;

/** The words of a measurement, not of a finding. */
const MEASURED =
  /\[(?!\s?[xX\u2713\u2714 ]?\s?\])[^\]]*\]|\b(?:mass index|body mass|lean mass|stroke volume|stroke index)\b/i;
/** Words that deny, doubt or only fear a finding: that part of the text affirms nothing. */
const NOT_AFFIRMED =
  /\b(?:no|nil|not|non|none of|denies|denied|negative|without|never|fears?|afraid|worr(?:y|ied|ies)|concern(?:ed|s)?|anxious|risks?|read (?:about|up on)|heard (?:about|of)|rule[- ]out|ruled[- ]out|r\/o|excluded|suspected|possible|probable|unlikely|query|(?:checked|tested|test(?:s|ing)?|screen(?:ed|ing)?|investigated) for)(?=\W|$)|\?|[:\u2013\u2014-]\s*(?:none|nil|absent)\.?\s*$/i;
const DIZZY_WORDS = /\b(?:dizz\w*|vertig\w*|giddy|giddiness|light-?headed\w*)\b/i;
/** A part that is only a provocation ("on turning head", "when looking up"). */
const PROVOKED_ALONE =
  /^\s*(?:(?:only|mainly|mostly|especially|esp\.?)\s+)?(?:on|when|with|during|while)\s+(?:turning|rotating|rotation of|looking|extending|extension of|tilting|moving)(?:\s+(?:the|her|his|their|my))?\s+(?:head|neck|up|down)(?:\s+[\w()+.'-]+){0,4}?\s*(?:[-\u2013\u2014:]\s*(?:yes|y|\+))?\s*$/i;
/** What makes a provocation part no dizziness: a pain, or a denial ("on turning head (no)"). */
const PROVOKED_NOT =
  /\b(?:pain|aches?|stiff\w*|radiat\w*|no|not|denies|denied|nil|none|absent|negative)\b|\u2717|\(-\)/i;
/** Findings of the vertebral artery: named in words only with the artery named too. */
const VESSEL = new Set<FindingId>([
  'vertebral-artery-dissection',
  'vertebral-artery-narrowing',
  'vertebral-artery-atherosclerosis',
]);

/**
 * A concept's text and displays read as findings present ("Vertebral artery dissection with
 * cerebellar infarct", "Double vision"): the report reader's affirmed readings and plain
 * finding names. Nothing when the text denies, doubts or is about someone else ("Denies
 * diplopia", "FH: stroke", "Fear of stroke"), nor a vessel finding without the artery named.
 * Read as present only: words never make a finding absent.
 */
/** Findings of the spine itself: read from a concept's words only when they name the spine. */
const SPINE_ONLY: ReadonlySet<FindingId> = new Set<FindingId>([
  'fracture-or-ligament-instability',
  'spinal-tumour-or-cyst',
  'uncovertebral-arthrosis',
  'vertebral-instability',
]);
// Not "neck" alone (of the femur, of the humerus, of the skin) nor "cord" (vocal) or "cervical"
// alone (of the cervix).
/**
 * Words that put a finding elsewhere than the spine: another bone's neck or shaft, the skin,
 * glands and organs of the neck, the cervix ("neck of femur", "vocal cord cyst", "cervical
 * smear"). A spine finding is read from words unless they name such a place and no spine.
 */
const ELSEWHERE =
  /\b(?:femur|femoral|hip|humer\w*|radius|radial|ulna\w*|wrist|metacarp\w*|metatars\w*|scapul\w*|clavic\w*|rib|ribs|ankle|tibia\w*|fibula\w*|skin|sebaceous|epiderm\w*|naev\w*|nev\w*|lipoma|lymph\w*|thyro\w*|vocal|laryn\w*|pharyn\w*|branchial|parotid|cervix|uter\w*|smear|cytology|colon|sigmoid|rect\w*|bowel|gastr\w*|breast|lung|kidney|renal|liver|hepat\w*|pancrea\w*|bladder|prostat\w*|ovar\w*|pituitar\w*|brain)\b/i;
const SPINE_WORDS =
  /\b(?:spin\w*|vertebr\w*|c[1-7]|c-?spine|atlas|axis|atlanto\w*|odontoid|dens|discs?|spinal cord|cervical (?:spine|vertebra\w*|discs?|cord|myelopathy|radiculopathy|spondyl\w*|canal|fracture)|whiplash|uncovertebral|facet|hangman\W?s|jefferson|teardrop|clay[- ]shovel\w*)\b/i;

/** The instruction a safety-net's list runs into ("… numbness she must stop and call 999"). */
const INSTRUCTION_TAIL =
  /\s+(?:she|he|they|you|the patient|pt)\s+(?:must|should|will|needs? to|has to|is to|would)\b.*$/is;

export function findingsOfText(cc: CodeableConcept | undefined, on?: string): FindingId[] {
  const found = new Set<FindingId>();
  // A measurement (a LOINC lab or vital sign: "Hemoglobin [Mass/volume]", "Body mass index",
  // "Stroke volume") names no finding; its words are not read.
  // (A LOINC answer, "LA…", is words of an answer: "Current every day smoker".)
  if (list(cc?.coding).some((c) => c.system === SYS.loinc && !/^LA\d/.test(c.code ?? '')))
    return [];
  for (const t of [cc?.text, ...list(cc?.coding).map((c) => c.display)]) {
    if (typeof t !== 'string' || MEASURED.test(t)) continue;
    // ("Falls without warning" is no denial of the falls.)
    const own = prepared(t);
    if (!own.trim()) continue;
    const here = new Set<FindingId>();
    // Clause by clause, a clause opening at a negation or a joining word: "Double vision, no
    // headache" is double vision; "stroke without haemorrhagic transformation" is a stroke;
    // "Patient denies diplopia", "stroke ruled out", "? stroke" affirm nothing.
    const words = (STOOD_DOWN.test(own) ? own.replace(STROKE_ALERT, ' ') : own)
      .replace(STROKE_SERVICE, ' ')
      .replace(NOT_HAD, ' ');
    const affirmed: string[] = [];
    // A denial goes on over a list of symptoms joined by commas, "and", "or" ("Denies
    // dizziness, diplopia, dysarthria, drop attacks, numbness or nausea", "No diplopia,
    // dysarthria or dysphagia"), up to a sentence's end, a semicolon or a part with other
    // words ("No diplopia, but dysarthria since this morning" affirms the dysarthria).
    let denying = false;
    // A safety-net's list just went on (its last item may run into the instruction).
    let netted = false;
    let excluding = false;
    // Ptosis and miosis in parts not denied: Horner's signs ("R ptosis and small R pupil").
    let ptosis = false;
    let miosis = false;
    // Sentences are parts too ("Denies diplopia. Dizziness for 3 months."); a question mark
    // stays with its own sentence ("VA dissection? Dizzy on looking up.").
    // A question mark before a word asks about that word only ("Diplopia ?cause ?VBI").
    const parts = words.split(
      /([,;]|\.(?=\s|$)|\s[-\u2013\u2014]\s|\n)|(?<=[?!])\s+|(?<![\w?])(?=\?+ ?[a-z0-9])|(?=\b(?:without|with|and(?!\s+(?:performed|done|carried out|given|undertaken)\b)(?!(?<=\b(?:cervical|thoracic|lumbar|upper|lower|back|neck|spine|c-spine|t-spine|shoulders?|head|scalp|face|pelvis)\s+and)\s+(?:the\s+)?(?:(?:cervical|thoracic|lumbar|upper|lower)\s+(?:spine|region|segments?|vertebrae|back)|neck|back|c-spine)\b(?!\s+(?:pain|ache|stiffness|x-?ray|mri|ct|massage|imaging|scan|stretch\w*|exercises?|manipulation|adjustment|manip\w*)))|but|while|no|not)\b)|(?=\b(?:r\/o|rule[- ]out|query|possible|probable|suspected)\s+(?!by\b|on\b|in\b|at\b|from\b|clinically\b|given\b|as\b|due\b|but\b|though\b|if\b)\w)|(?=\bgiven\b)/i,
    );
    // A question goes on over a list of what one asks about ("Please rule out VBI and
    // vertebral artery dissection", "r/o dissection, stroke"), not over a symptom.
    let asking = false;
    // The sentence each affirmed part is in (for what is said apart from its headache).
    const sentenceOf: number[] = [];
    let sentence = 0;
    // The sentence of the last part naming dizziness (a provocation may follow in its own part).
    let dizzyIn = -1;
    const sentenceText = sentencesOfParts(parts);
    const sentenceReadings = new Map<string, readonly Mention[]>();
    for (let i = 0; i < parts.length; i += 2) {
      const clause = parts[i] ?? '';
      const before = i > 0 ? parts[i - 1] : undefined;
      if (before === '.' || before === '\n' || /[?!]\s*$/.test(parts[i - 2] ?? '')) sentence++;
      // A spaced dash goes on with a list as a comma does ("No red flags - diplopia, …").
      const comma =
        before === ',' || (before !== undefined && /^\s[-\u2013\u2014]\s$/.test(before));
      if (!clause.trim()) {
        denying &&= comma;
        excluding &&= comma;
        asking &&= comma;
        continue;
      }
      // (A part after a question mark goes on with its question: "manipulation? stroke".)
      // (Only a short part: "manipulation? stroke", not "?BPPV? Hx TIA 2024".)
      const joined =
        comma ||
        (before === undefined &&
          (/^\s*(?:and|or)\b/i.test(clause) ||
            (/\?\s*$/.test(parts[i - 2] ?? '') && clause.trim().split(/\s+/).length <= 2)));
      asking &&= joined;
      // "Excluded: VBI, dissection, myelopathy", "Ruled out: myelopathy, radiculopathy": the
      // heading denies its whole list, whatever its items.
      // (Not a part with a time or said present: "Excluded: fracture, diplopia since Monday".)
      if (excluding && comma && !SAID_NOW.test(clause)) continue;
      excluding = EXCLUDED_HEADING.test(clause);
      const listed =
        denying &&
        (comma || (before === undefined && /^\s*and\b/i.test(clause))) &&
        !/\.\s+\S/.test(clause) &&
        // (A safety-net's last item may run into its instruction: "… or numbness she must stop".)
        onlySymptoms(netted ? clause.replace(INSTRUCTION_TAIL, '') : clause);
      if (listed) continue;
      netted &&= comma;
      // The denial of the clause's last sentence ("no trauma. Denies dizziness").
      const last =
        clause
          .split(/\.(?=\s|$)/)
          .filter((x) => x.trim())
          .pop() ?? '';
      const lead = DENIAL_LEAD.exec(last);
      denying = !!lead && onlySymptoms(last.slice(lead[0].length));
      // (Not of a pain said next: "on turning head, neck pain only".)
      const provokedAlone =
        dizzyIn === sentence &&
        PROVOKED_ALONE.test(clause) &&
        // (With the part a "no" split from it: "on turning head (no)".)
        !PROVOKED_NOT.test(clause + (parts[i + 1] === undefined ? (parts[i + 2] ?? '') : '')) &&
        !(
          /^(?:,|\s[-\u2013\u2014]\s)$/.test(parts[i + 1] ?? '') &&
          /^\s*(?:(?:neck|head)\s+)?(?:pain|ache|stiffness)\s+(?:only|worse|radiat\w*)/i.test(
            parts[i + 2] ?? '',
          )
        );
      if (
        DIZZY_WORDS.test(clause) &&
        !/\b(?:resolved|settled|gone|subsided|cleared)\b/i.test(clause)
      )
        dizzyIn = sentence;
      // Worry or fear alone doubts a diagnosis, not a symptom ("Worried about slurred speech
      // since chiro manipulation 2/7 ago" is dysarthria; "Fear of stroke" is nothing).
      const worried = NOT_AFFIRMED.test(clause) && !NOT_AFFIRMED.test(clause.replace(WORRY, ' '));
      if (NOT_AFFIRMED.test(clause) && !worried) {
        asking = QUESTION.test(clause);
        continue;
      }
      // Safety-netting and what the patient was told: nothing of the patient's ("Advised to return
      // if double vision develops", "Informed of red flags to report: double vision, …").
      // (A conditional with its instruction later in the sentence: "Should she experience a
      // sudden severe headache, she will attend A&E".)
      // (Looked for only after a conditional: searching each part's sentence was quadratic in
      // a long letter of one sentence.)
      const conditional =
        CONDITIONAL_LEAD.test(clause) &&
        INSTRUCTION.test(
          (sentenceText[i] ?? '').slice(
            Math.max(0, (sentenceText[i] ?? '').indexOf(clause.trim())),
          ),
        );
      if ((SAFETY_NET.test(clause) || conditional) && !OWN_SYMPTOM_TIME.test(clause)) {
        netted = true;
        denying = true;
        asking = false;
        continue;
      }
      const got = new Set<FindingId>();
      for (const m of readReport(clause)) if (m.status === 'affirmed') got.add(m.finding);
      for (const [f, re] of NAMES) if (re.test(clause)) got.add(f);
      // A condition that counts only while it lasts, told as over in its own part or the parts
      // after it that name nothing else, or a relative's (letter-conditions.ts).
      withoutOverConditions(got, parts, i, on);
      // "Vertigo: none at rest, on turning head - yes": the provocation in a part of its own.
      if (provokedAlone)
        for (const [f, re] of NAMES) if (re.test(`dizziness ${clause}`)) got.add(f);
      if (worried) for (const f of got) if (ASKABLE.has(f)) got.delete(f);
      // A vessel finding its whole sentence denies ("No evidence of vertebral artery stenosis,
      // occlusion or dissection"): the part after a comma is no finding of its own.
      for (const f of deniedInSentence(sentenceText[i] ?? '', got, sentenceReadings)) got.delete(f);
      if (asking && [...got].every((f) => ASKABLE.has(f))) continue;
      // A diagnosis a question word follows ("VA dissection possible given …", "TIA probable").
      if (
        parts[i + 1] === undefined &&
        /^\s*(?:possible|probable|suspected|query|likely|\?)/i.test(parts[i + 2] ?? '') &&
        got.size > 0 &&
        [...got].every((f) => ASKABLE.has(f))
      )
        continue;
      asking = false;
      affirmed.push(clause);
      sentenceOf.push(sentence);
      if (PTOSIS_WORDS.test(clause)) ptosis = true;
      if (MIOSIS_WORDS.test(clause)) miosis = true;
      if (ptosis && miosis) here.add('horner-signs');
      for (const f of got) here.add(f);
      if (anticoagulated(clause) && !NOT_ANTICOAGULATED.test(words)) here.add('anticoagulants');
      if (/\b(?:heat|sun) ?stroke\b/i.test(clause)) here.delete('stroke');
    }
    // Names whose words a comma parts ("Strain of muscle, fascia and tendon at neck level",
    // "Hypotension, orthostatic"): read over the whole text, a neck injury unless denied
    // ("Neck sprain without fracture" is a neck sprain; "(non-work related)" denies nothing).
    const injured = neckInjury(words);
    if (injured) here.add('neck-injury');
    // Not of a bone's or an organ's neck ("Bladder neck injury"), nor one denied or cleared.
    if (
      !injured &&
      (DENIED_INJURY.test(own) ||
        (/\bneck\b/i.test(own) && !namesNeck(own) && !/whiplash/i.test(own)))
    )
      here.delete('neck-injury');
    if (INVERTED_ORTHOSTATIC.test(affirmed.join(','))) here.add('orthostatic-reactions');
    // A sudden onset or "the worst ever" said apart from the headache it qualifies (§9).
    // (Grouped once: filtering every part per sentence was quadratic in a long letter.)
    const bySentence = new Map<number, string[]>();
    affirmed.forEach((x, k) => {
      const n = sentenceOf[k]!;
      const list = bySentence.get(n);
      if (list) list.push(x);
      else bySentence.set(n, [x]);
    });
    for (const parts of bySentence.values()) {
      const said = parts.join(',');
      if (!HEAD_OR_NECK.test(said) || OTHER_PLACE.test(said)) continue;
      const severe =
        ABRUPT.test(said) || WORST_EVER.test(said) || (SUDDEN.test(said) && SEVERE.test(said));
      if (severe && !NOT_SEVERE.test(said) && !namesEarlierYear(said, on))
        here.add('sudden-severe-headache');
      if (UNLIKE_ANY.test(said)) here.add('new-unusual-headache');
    }
    // A massage of the neck that "and" parts ("Neck and shoulder massage on Saturday").
    if (/\bneck\s+and\s+shoulders?\s+massage\b/i.test(affirmed.join(' ')))
      here.add('recent-neck-massage');
    // A manipulation of another region only, the neck never named ("HVLA to L5/S1", "Lumbar
    // manipulation by a chiropractor"): no neck manipulation.
    if (otherRegionOnly(own)) here.delete('recent-cervical-manipulation');
    // A manipulation or massage told as planned or past is none of the last 4 weeks (§9).
    withoutPastTreatments(here, own, on);
    const artery = /\b(?:vertebral|vertebro\w*|va)\b/i.test(own);
    // A letter's citation of imaging, read as the report it cites (fhir/cited-imaging.ts).
    // (With the artery named by its segment too: "progression of the right V3 dissection".)
    for (const f of citedVesselFindings(words)) found.add(f);
    // A fracture of the radius, a polyp of the colon: the spine's findings only of the spine.
    const spine = SPINE_WORDS.test(own) || !ELSEWHERE.test(own);
    // "Personal history of malignant neoplasm of breast": a history of cancer (caution).
    if (ACTIVE_WORDS.test(own) && here.delete('malignancy-history')) here.add('malignancy');
    // (A cancer named with an earlier year and nothing of it still there is a history too:
    // "L breast Ca 2019, WLE + RT", "Hodgkin lymphoma 2010, cured".)
    const earlier = namesEarlierYear(own, on);
    if (here.delete('malignancy'))
      here.add(
        (PAST_WORDS.test(own) || CANCER_PAST_WORDS.test(own) || earlier) && !ACTIVE_WORDS.test(own)
          ? 'malignancy-history'
          : 'malignancy',
      );
    // "Metastatic disease to the spine", "Secondary malignant neoplasm of bone" at C5.
    if (here.has('malignancy') && ACTIVE_WORDS.test(own) && SPINE_WORDS.test(own))
      here.add('spinal-tumour-or-cyst');
    for (const f of here)
      if ((artery || !VESSEL.has(f)) && (spine || !SPINE_ONLY.has(f))) found.add(f);
  }
  // A named headache kind is that kind, not also plain headache.
  if (found.has('sudden-severe-headache')) found.delete('headache');
  return [...found];
}

/** The one finding a concept's words name, else undefined. */
export function findingOfText(cc: CodeableConcept | undefined): FindingId | undefined {
  const all = findingsOfText(cc);
  return all.length === 1 ? all[0] : undefined;
}
/**
 * The finding a value names: by its code, else by its words ("Level of consciousness":
 * "Drowsy", a code no table holds).
 */
export function namedBy(cc: CodeableConcept | undefined, of?: CodeableConcept) {
  const coded = conceptOf(cc);
  if (coded) return coded;
  // Not the words of a question or a reason ("Indications for study": "VA dissection").
  if (of && asksAbout(of)) return undefined;
  const f = findingOfText(cc);
  return f ? { finding: f, exact: false } : undefined;
}
/** A concept about a relative ("Family history", LOINC 10157-6 history of family members). */
export const aboutSomeoneElse = (cc: CodeableConcept | undefined): boolean =>
  list(cc?.coding).some((c) => c.system === SYS.loinc && c.code === '10157-6') ||
  [cc?.text, ...list(cc?.coding).map((c) => c.display)].some(
    (t) => typeof t === 'string' && SOMEONE_ELSE.test(t),
  );
