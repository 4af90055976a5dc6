/**
 * An acute age answered "none", then another place with a finding of its own in a clause of its
 * own: the denial is not the whole answer ("Acute: none on the right, but left PICA territory",
 * "none supratentorially; small focus in the cerebellar vermis", "none on the right; left
 * pontine focus of small vessel type"). Used by reader-headings.ts. Plain TypeScript.
 */

/** An acute age answered with a denial; group 1: the words after it, to the sentence's end. */
const AGE_DENIED =
  /(?:^|[.;\n])[ \t]*(?:hyperacute|acute|subacute|early subacute|recent|new)\b[^:\n.]{0,20}:[ \t]*(?:no|none|nil|not|negative|absent|nothing|normal|unremarkable|n\/a|excluded|ruled[ -]out|0|zero)\b([^.\n]*)/gi;
/** Where the denial's own words end ("none on the right, …", "— …", "; …", "but …"). */
const SEPARATOR = /[,;]|\s[\u2013\u2014-]\s|\b(?:but|whereas|while)\b/i;
/** A place or a lesion. */
const PLACE =
  /\b(?:territory|[pam]ica|sca|cerebell\w*|vermi\w*|pons|pontine|medull\w*|mid-?brain|brain ?stem|thalam\w*|occipital|parietal|frontal|temporal|cort\w*|basal ganglia|capsule|dentate|nucle\w*|caudate|putamen|insula\w*|hippocamp\w*|splenium|corpus callosum|hemispher\w*|focus|foci|infarct\w*|lesions?|restrict\w*|v[0-4]|va|vertebral)\b/i;
/** That place said well ("left hemisphere clear", "likewise spared", "none, left or right"). */
const WELL = /\b(?:normal|unremarkable|clear|spared|intact|preserved|likewise|either)\b/i;
/** A denial before the place ("no focus on the left"); not "not previously seen". */
const DENIED_BEFORE = /\b(?:no|none|nil|negative|absent|nothing|not(?!\s+previously))\b/i;
/** A denial closing the clause ("left cerebellum negative", "not seen"); not "with no haemorrhage". */
const DENIED_AFTER =
  /\b(?:negative|absent|none|nil|not (?:seen|present|identified|affected|involved))\s*$/i;
/**
 * Old change ("stable right frontal cortical defect", "remote left basal ganglia event", "foci
 * of gliosis", "encephalomalacia"); not "adjacent to chronic lacunes", "without surrounding
 * gliosis".
 */
const OLD =
  /(?<!\b(?:adjacent to|near|next to|beside|abutting|separate from|no|without)\s+(?:[\w-]+\s+)?)\b(?:chronic|old|stable|remote|unchanged|gliosis|gliotic|encephalomalacia\w*|scar\w*|defect|sequela\w*|established)\b/i;

/** Whether `t` answers an acute age "none" and then names another place with a finding. */
export function elsewhere(t: string): boolean {
  for (const m of t.matchAll(AGE_DENIED)) {
    const rest = m[1]!;
    const sep = SEPARATOR.exec(rest);
    if (!sep || sep.index > 40) continue;
    const clause = rest.slice(sep.index + sep[0].length).split(/[,;]/)[0]!;
    const place = PLACE.exec(clause);
    if (!place || WELL.test(clause) || OLD.test(clause)) continue;
    if (DENIED_BEFORE.test(clause.slice(0, place.index)) || DENIED_AFTER.test(clause)) continue;
    return true;
  }
  return false;
}
