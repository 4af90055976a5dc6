/**
 * An acute age answered "none", then another place with a finding of its own in a clause of its
 * own: the denial is not the whole answer ("Acute: none on the right, but left PICA territory",
 * "none supratentorially; small focus in the cerebellar vermis", "none on the right; left
 * pontine focus of small vessel type", "none on the right; left dentate nucleus"). Used by
 * reader-headings.ts. Plain TypeScript.
 */

/** An acute age answered with a denial; group 1: the words after it, to the sentence's end. */
const AGE_DENIED =
  /(?:^|[.;\n])[ \t]*(?:hyperacute|acute|subacute|early subacute|recent|new)\b[^:\n.]{0,20}:[ \t]*(?:no|none|nil|not|negative|absent|nothing|normal|unremarkable|n\/a|excluded|ruled[ -]out|0|zero)\b([^.\n]*)/gi;
/** Where the denial's own words end ("none on the right, …", "— …", "; …", "but …"). */
const SEPARATOR = /[,;]|\s[\u2013\u2014-]\s|\b(?:but|whereas|while)\b/i;
/** A lesion named ("focus", "infarct", "restriction", "PICA territory", "PCA distribution"). */
const LESION =
  /\b(?:focus|foci|infarct\w*|lesions?|restrict\w*|territory|distribution|ischa?em\w*|[pam]i?ca|sca|involv\w*|affected)\b/i;
/** A place, taken alone when said on one side ("left dentate nucleus"). */
const PLACE =
  /\b(?:cerebell\w*|vermi\w*|pons|pontine|medull\w*|mid-?brain|brain ?stem|thalam\w*|occipital|parietal|frontal|temporal|cort\w*|basal ganglia|capsule|dentate|nucle\w*|caudate|putamen|insula\w*|hippocamp\w*|splenium|corpus callosum|corona radiata|centrum semiovale|hemispher\w*|v[0-4]|va|vertebral)\b/i;
const SIDE = /\b(?:left|right)\b/i;
/**
 * Where the words after the lesion turn to something else ("causing no mass effect" stays; "with
 * the vermis spared", "posterior to a stable cavernoma", "on a background of atrophy", "around
 * the surgical cavity" are another thing's).
 */
const TURN =
  /\b(?:with|without|(?:anterior|posterior|lateral|medial|inferior|superior|adjacent|close|next|separate)\s+(?:to|from)|remote from|near|along|beside|abutting|around|on a background of)\b/i;
/** Before the lesion: a denial, well or old ("no focus", "stable right frontal cortical defect"). */
const BEFORE =
  /\b(?:no|none|nil|negative|absent|nothing|not|normal|unremarkable|chronic|old|stable|remote|unchanged|established|healed)\b/i;
/** Words that open a clause about something else ("and", "whilst", "although", "in which"). */
const OPENERS =
  '(?:and|but|yet|while|whilst|whereas|where|though|although|whereby|in which|so that)';
/** A well, denied or old word ending the words said of it ("clear", "spared", "not involved"). */
const WELL =
  '(?:clear|spared|intact|preserved|normal|unremarkable|negative|absent|none|stable|old|chronic|unaffected|uninvolved|not (?:involved|affected))\\s*$';
/**
 * Said of the lesion just after it: well, denied or old ("left hemisphere clear", "likewise
 * spared", "shows no abnormal signal", "is also intact", "unchanged since 2019", "which is old";
 * not "which was not there before", "not yet cavitated", "causing no mass effect").
 */
const SAID_AFTER = new RegExp(
  `^(?:(?!\\b${OPENERS}\\b|\\s[-\\u2013\\u2014]\\s)[^,;(\\u2013\\u2014]){0,30}?\\b(?:is|are|appears?|remains?|shows?|was|were|looks?)\\s+(?:(?:also|likewise|entirely|otherwise)\\s+)?(?:no\\b|not\\b(?!\\s+(?:there|present|seen|yet|previously))|normal|clear|unremarkable|intact|spared|preserved|unaffected|uninvolved|old|chronic|unchanged|stable)` +
    `|^\\s*(?:(?!(?:is|are|was|were|${OPENERS})\\b|-)[\\w-]+\\s+){0,4}?${WELL}` +
    '|^\\s*(?:[\\w-]+\\s+){0,3}?unchanged(?:\\s+since\\b|\\s*$)',
  'i',
);
/**
 * The same said of a pair: a territory's coordinated neighbour ("left PICA and SCA territories
 * likewise unaffected"), or a place's, when no lesion is named ("left hemisphere and posterior
 * fossa clear", "left cerebellar hemisphere and vermis normal"); not after a lesion ("left
 * cerebellar infarct and right PICA territory spared", "left PICA infarct and the basilar
 * territory uninvolved" are the neighbour's).
 */
const SAID_OF_PAIR = new RegExp(
  `^\\s*(?:(?!(?:${OPENERS}|focus|foci|infarct\\w*|lesions?|restrict\\w*|ischa?em\\w*)\\b)[\\w-]+\\s+){0,3}?and\\s+(?:(?!(?:is|are|was|were|${OPENERS})\\b)[\\w-]+\\s+){0,4}?${WELL}`,
  'i',
);
/** A lesion that is a territory ("left PICA", "PCA distribution"). */
const TERRITORY_LESION = /^(?:[pam]i?ca|sca|territory|distribution)$/i;
/**
 * A with-phrase right after the lesion that says it is not acute ("with normal diffusion",
 * "infarct from 2019 with encephalomalacia", "seen in 2022 with encephalomalacia", "lesion of
 * chronic appearance with gliosis"); not one of a neighbour or a place the words turn
 * to ("near an old lacune with gliosis", "beside the 2019 infarct with gliosis", "in a
 * hemisphere with volume loss").
 */
const WITH_OLD =
  /^\s*(?:(?!(?:and|near|beside|abutting|adjacent|along|around|close|next|within|into|a|an|the|posterior|anterior|lateral|medial|remote|separate|in(?!\s+(?:19|20)\d\d))\b)[\w-]+\s+){0,4}?with\s+(?:(?:surrounding|adjacent)\s+)?(?:normal diffusion|no (?:diffusion )?restriction|no restricted diffusion|facilitated diffusion|chronic appearances?|gliosis|encephalomalacia|volume loss)\b/i;
/**
 * The same with-phrase after the lesion's own place ("infarct in the PICA territory with
 * gliosis", "infarct at the inferior margin with encephalomalacia"); not after a restriction or
 * a lesion said new or acute, nor "in a hemisphere with volume loss" (a place of its own).
 */
const WITH_OLD_AT =
  /^\s*(?:in|at)\s+the\s+(?:[\w-]+\s+){0,2}?(?:territory|distribution|margin|aspect|region|portion|part)\s+with\s+(?:(?:surrounding|adjacent)\s+)?(?:normal diffusion|no (?:diffusion )?restriction|no restricted diffusion|facilitated diffusion|chronic appearances?|gliosis|encephalomalacia|volume loss)\b/i;
const NEW_LESION = /\b(?:restrict\w*|diffusion|dwi|new|acute|fresh|hyperacute)\b/i;
/** Old change as the finding ("calcified dentate nuclei", "hippocampal volume loss", "foci of gliosis"). */
const OLD_FINDING =
  /\b(?:gliosis|gliotic|encephalomalacia\w*|scar\w*|defect|cavity|calcif\w*|volume loss|atroph\w*|thinning|perivascular spaces?|sequela\w*)\b/i;

/** Whether `t` answers an acute age "none" and then names another place with a finding. */
export function elsewhere(t: string): boolean {
  for (const m of t.matchAll(AGE_DENIED)) {
    const rest = m[1]!;
    const sep = SEPARATOR.exec(rest);
    if (!sep || sep.index > 80) continue;
    const clause = rest.slice(sep.index + sep[0].length).split(/[,;]/)[0]!;
    const lesion = LESION.exec(clause);
    const place = lesion ?? PLACE.exec(clause);
    if (!place || (!lesion && !SIDE.test(clause))) continue;
    const after = clause.slice(place.index + place[0].length);
    const own = after.split(TURN)[0]!;
    if (BEFORE.test(clause.slice(0, place.index)) || SAID_AFTER.test(own)) continue;
    if ((!lesion || TERRITORY_LESION.test(lesion[0])) && SAID_OF_PAIR.test(own)) continue;
    if (WITH_OLD.test(after)) continue;
    const upTo = clause.slice(0, place.index + place[0].length);
    if (WITH_OLD_AT.test(after) && !NEW_LESION.test(upTo)) continue;
    // Old change as the finding: without a lesion, or as what the lesion is of ("foci of gliosis").
    if (OLD_FINDING.test(lesion ? own.slice(0, 20) : clause)) continue;
    return true;
  }
  return false;
}
