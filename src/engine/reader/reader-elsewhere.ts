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
/** A lesion named ("focus", "infarct", "restriction", "PICA territory"). */
const LESION =
  /\b(?:focus|foci|infarct\w*|lesions?|restrict\w*|territory|ischa?em\w*|[pam]ica|sca)\b/i;
/** A place alone, said on one side in a few words ("left dentate nucleus"). */
const PLACE =
  /\b(?:cerebell\w*|vermi\w*|pons|pontine|medull\w*|mid-?brain|brain ?stem|thalam\w*|occipital|parietal|frontal|temporal|cort\w*|basal ganglia|capsule|dentate|nucle\w*|caudate|putamen|insula\w*|hippocamp\w*|splenium|corpus callosum|corona radiata|centrum semiovale|hemispher\w*|v[0-4]|va|vertebral)\b/i;
const SIDE = /\b(?:left|right)\b/i;
/**
 * Where the clause turns to something else: a "with" or "without" phrase ("with no haemorrhage",
 * "with the vermis and brainstem spared"), or a neighbour ("posterior to a stable cavernoma",
 * "remote from the operative site", "along the established shunt tract").
 */
const TURN =
  /\b(?:with|without|(?:anterior|posterior|lateral|medial|inferior|superior|adjacent|close|next|separate)\s+(?:to|from)|remote from|near|along|beside|abutting)\b/i;
/** That place said well or denied ("left hemisphere clear", "shows no abnormal signal"). */
const WELL =
  /\b(?:normal|unremarkable|clear|spared|intact|preserved|likewise|either|no|none|nil|negative|absent|nothing)\b|(?<!\bpreviously\s)\bnot\b(?!\s+(?:previously|before|seen before|on the prior))/i;
/** Old change as the finding itself ("foci of gliosis", "calcified dentate nuclei", "volume loss"). */
const OLD_FINDING =
  /\b(?:gliosis|gliotic|encephalomalacia\w*|scar\w*|defect|cavity|calcif\w*|volume loss|atroph\w*|thinning|perivascular spaces?|sequela\w*)\b/i;
/** An old word before the lesion ("stable right frontal …", "chronic left …", "remote left …"). */
const OLD_BEFORE = /\b(?:chronic|old|stable|remote|unchanged|established|healed)\b/i;

/** Whether `t` answers an acute age "none" and then names another place with a finding. */
export function elsewhere(t: string): boolean {
  for (const m of t.matchAll(AGE_DENIED)) {
    const rest = m[1]!;
    const sep = SEPARATOR.exec(rest);
    if (!sep || sep.index > 80) continue;
    const clause = rest.slice(sep.index + sep[0].length).split(/[,;]/)[0]!;
    const core = clause.split(TURN)[0]!;
    const lesion = LESION.exec(core) ?? PLACE.exec(core);
    if (!lesion) continue;
    const short = core.trim().split(/\s+/).length <= 7;
    if (!LESION.test(core) && !(SIDE.test(core) && short)) continue;
    if (WELL.test(core) || OLD_FINDING.test(core)) continue;
    if (OLD_BEFORE.test(core.slice(0, lesion.index))) continue;
    return true;
  }
  return false;
}
