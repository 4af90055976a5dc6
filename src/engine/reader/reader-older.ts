/**
 * An older one of a finding said after a heading's "no" ("ACUTE INFARCT: None. Old: left PICA
 * territory."), and whether its words give it a new part ("Its medial part is new"): read by
 * report-reader.ts for a negated term. Plain TypeScript.
 */
import { cutAtHeading, TAKE_BACK_CHARS } from './reader-headings';
import type { Reading, Term } from './reader-text';

/** An older one said after the "no" ("Old: left PICA territory", "Prior: left V3 (2019)"). */
const OLDER_LABELLED =
  /(?:^|[.;\n])[ \t]*(?:chronic|old|prior|previous|remote|healed|established|sequelae?|mural thickening)\b[^:\n.]{0,20}:([^\n.]{0,100})/i;
/** What an older one's words must name, by finding ("left PICA territory", "left V3"). */
const OLDER_PLACE: Readonly<Record<string, RegExp>> = {
  stroke:
    /\b(?:territory|pica|aica|cerebell\w*|vermi\w*|pons|pontine|brain ?stem|medull\w*|thalam\w*|occipital|frontal|parietal|temporal|cort\w*|basal ganglia|capsule|lacun\w*|infarct\w*|hemispher\w*|gliosis)\b/i,
  'vertebral-artery-dissection': /\b(?:v[0-4]|vertebral|va)\b/i,
  'vertebral-artery-narrowing': /\b(?:v[0-4]|vertebral|va)\b/i,
  'fracture-or-ligament-instability': /\b(?:c[1-7]|dens|odontoid|atlas|axis|fracture)\b/i,
};
/**
 * Words whose subject is not the finding: an operation or a device in their first words
 * ("Previous: left carotid endarterectomy"; not "right cerebellar hemisphere near the shunt
 * tract"), a normal study ("Prior: MRI 2022 normal"; not "Prior: MRI 2022: left PICA
 * territory, no change"), or white-matter or small-vessel change ("Chronic: deep white matter
 * changes in both frontal lobes", "frontal and parietal white matter hyperintensities"; not
 * "left PICA territory, with background small vessel disease").
 */
const PROCEDURE =
  /^\s*(?:[\w-]+\s+){0,3}?(?:endarterectom\w*|cea|fusion|craniotom\w*|mastoidectom\w*|plate|screws?|graft\w*|shunt)\b|^\s*(?:normal|unremarkable|no (?:established )?infarct\w*|(?:cta|mra|mri|ct|us|doppler)\b[\s\d/.,:-]*(?:(?:was|is|were)\s+)?(?:normal|unremarkable|negative|no (?:acute |significant )?(?:infarct|abnormalit|lesion|finding|stroke|dissection|evidence)))/i;
const WHITE_MATTER =
  /^\s*(?:(?:mild|moderate|severe|marked|background|scattered|minor|few|some|deep|periventricular|subcortical|confluent|patchy|punctate|chronic|bilateral|both|frontal|parietal|temporal|occipital|and|,)\s*)*(?:white matter|small vessel|microvascular)\b/i;
/** A territory or the cortex named too: an infarct ("occipital white matter and cortex (PCA)"). */
const TERRITORY =
  /(?<!\b(?:no|without)\s+(?:[\w-]+\s+)?)\b(?:territor\w*|cort\w*|[pam]ica|[pam]ca|sca|infarct\w*)\b/i;
/** A device in a vertebral artery ("left V3 stent graft") still tells of its lesion. */
const VESSEL_DEVICE = /\b(?:stent|graft)/i;
/**
 * Words that give the older one a new part ("Its medial part is new", "Interval extension
 * into the vermis", "Hyperacute component"); not a study ("the recent MRI", "the acute stroke
 * CT of 2024"), nor its extent ("extends into the vermis").
 */
const NEW_PART =
  /\b(?:new|(?:hyper|sub)?acute|fresh|recent|restrict\w*|interval (?:extension|enlargement|growth|increase|progression))\b(?!\s+(?:stroke\s+)?(?:mri|ct|cta|mra|study|scan|imaging|examination|exam|images|sequences?|report)\b)/gi;
/** A denial before the new word ("No haemorrhage or new infarct", "Nothing new"). */
const DENIED_BEFORE =
  /\b(?:no|not|nothing|none|without|neither|nor|negative for|absent)\b|n['\u2019]t\b/i;
/** What ends a denial's reach ("No change in its volume but a new component"). */
const TURN = /\b(?:but|however|whereas|although|though|yet|while|and (?:a|an|there (?:is|are)))\b/i;
/**
 * A denial just after it ("Restricted diffusion is not seen", "… absent"; not "not seen
 * previously", "not visible on the comparison study", "with haemorrhage excluded on SWI").
 */
const DENIED_AFTER =
  /^\s*(?:[\w-]+\s+){0,4}?(?:(?:is|are|was|were)\s+)?(?:(?:not|no longer)\s+(?:seen|present|identified|demonstrated|visible|evident)\b(?!\s+(?:previously|before|earlier|(?:on|in)\s+(?:the\s+)?(?:prior|previous|earlier|last|outside|comparison|\d{4}|[a-z]+\s+\d{4})))|absent\b|excluded\b)/i;
/**
 * The new word said of a past study or time ("acute on the March MRI", "acute on the MRI of
 * March 2024", "acute change last year"); not of this one ("new on diffusion imaging", "on this
 * examination", "at this MRI", "on imaging today"). A month with its year ("on the November 2026
 * films") may be this study's own month, which the reader does not know: not past (fail safe).
 */
const PAST_STUDY =
  '(?:prior|previous|earlier|outside|external|old|last|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?!\\s+(?:19|20)\\d\\d\\b)|(?:19|20)\\d\\d)';
const STUDY = '(?:mri?|ct|cta|mra|study|scan|imaging|examination|exam|films?)';
/**
 * A study dated by its words ("the MRI of March 2024"); not films, as before round 48 ("on the
 * films of 15 November 2026" may be this study's own date, which the reader does not know).
 */
const DATED_STUDY = '(?:mri?|ct|cta|mra|study|scan|imaging|examination|exam)';
/**
 * Not this study, and the past word the study's own ("at the old rim on today's scan", "on the
 * last sequence of this MRI", "on these films"; not "at the old rim on the films": "old" is the
 * rim's, a new place word ends the reach).
 */
const NOT_THIS =
  '(?:(?!\\b(?:today|this|these|current|present|accompanying|enclosed|on|at|in|within)\\b(?!-))[^,;]){0,20}?';
/** A study word followed by "today" is this study ("at the old rim on the films today"). */
const NOT_TODAY = '(?!\\s+(?:today|this (?:morning|afternoon|evening)|of today)\\b)';
const PAST_AFTER = new RegExp(
  `^\\s*(?:(?!(?:not|no|absent)\\b)[\\w-]+\\s+){0,4}?(?:on|at)\\s+(?:the\\s+)?(?:${PAST_STUDY}\\b${NOT_THIS}\\b${STUDY}\\b${NOT_TODAY}|(?:prior|previous|earlier|outside)(?:\\s+(?:dwi|flair|mr|one|images?|films?|sequences?))*\\s*(?:$|[.,;)])|${DATED_STUDY}\\s+(?:of|from|dated)\\s+(?:[a-z]+\\s+)?(?:\\d|(?:19|20)\\d\\d))` +
    '|^\\s*(?:[\\w-]+\\s+){0,2}?(?:last year|in\\s+(?:[a-z]+\\s+)?(?:19|20)\\d\\d\\b)',
  'i',
);
/** A mimic of a new part named as such ("T2 shine-through mimicking restriction"). */
const MIMIC_BEFORE = /\b(?:mimic\w*|shine[- ]through|pseudo-?)\s+(?:[\w-]+\s+)?$/i;
/** A clause about the older one: it, a part of it, or its place. */
const REFERS_BACK =
  /\b(?:its|it|component|part|portion|extension|focus|area|margin|rim|periphery|aspect|edge|lesion|infarct\w*)\b/i;

/** A part of a clause (between commas) that gives the older one a new part, undenied. */
function newIn(part: string): boolean {
  for (const m of part.matchAll(NEW_PART)) {
    const before = part.slice(0, m.index).split(TURN).pop()!;
    const after = part.slice(m.index + m[0].length);
    if (DENIED_BEFORE.test(before) || MIMIC_BEFORE.test(before)) continue;
    if (DENIED_AFTER.test(after) || PAST_AFTER.test(after)) continue;
    return true;
  }
  return false;
}

/**
 * An older one of the finding is said after its "no" (see OLDER_LABELLED): 'older', or 'new'
 * when its words give it a new part (then it is read as acute); null when none is.
 */
export function olderAfter(r: Reading, term: Term, finding: string): 'older' | 'new' | null {
  const end = r.sentenceEnd[r.clauseSentence[term.clause]!]!;
  const said = cutAtHeading(r.text.slice(end, end + TAKE_BACK_CHARS));
  const m = OLDER_LABELLED.exec(said);
  const place = OLDER_PLACE[finding];
  if (!m || !place || !place.test(m[1]!)) return null;
  const words = m[1]!;
  if (PROCEDURE.test(words) && !(finding !== 'stroke' && VESSEL_DEVICE.test(words))) return null;
  if (WHITE_MATTER.test(words) && !TERRITORY.test(words)) return null;
  // Its words and the clauses after them up to the next heading ("Old: left PICA territory
  // (approx. 2 cm). Its medial part is new.", "Unchanged in size. There is a new component
  // along its margin."), each part between commas on its own ("New small focus at its medial
  // margin, not present in 2024").
  const after = said.slice(m.index + m[0].length);
  const clauses = [words, ...after.split(/[.;\n]/)];
  const isNew = (c: string, i: number): boolean =>
    (i === 0 || REFERS_BACK.test(c) || place.test(c)) && c.split(',').some(newIn);
  return clauses.some(isNew) ? 'new' : 'older';
}
