/**
 * Whether words tell of a manipulation of another region only, the neck never named as
 * treated ("HVLA to L5/S1", "She had a lumbar manipulation by a chiropractor"; not "HVLA to
 * T1 and C7", "Thoracic manipulation …, neck included"): then findingsOfText reads no neck
 * manipulation (split from finding-text.ts). Plain TypeScript, no Angular.
 */

/** A manipulation named with another region ("lumbar manipulation", "HVLA to T4"). */
const OTHER_REGION_TREATED =
  /\b(?:lumbar|thoracic|low(?:er)? back|sacroiliac|si joint|pelvi\w*|ribs?|[lt]\d+(?:\/[lts]?\d+)?)\s+(?:manipulation|hvla|adjustment|thrust)|\b(?:hvla|manipulation|adjustment|thrust)\s+(?:(?:to|at|of)\s+)?(?:the\s+)?(?:[lts]\d|lumbar|thoracic|sacr\w*|ribs?|pelvi\w*|low(?:er)? back)|\b(?:lumbar|thoracic)\s*:\s*hvla\b/i;
/** The neck named as a treated part (not its pain, exercises or imaging). */
const NECK_NAMED =
  /\b(?:neck|cervical|c-?spine)\b(?!\s+(?:pain|ache|stiffness|exercises?|stretch\w*|x-?rays?|mri|ct|imaging|scan|collar|brace|support|muscles?|movements?|rom|range|problems?|symptoms?))|\bfor (?:neck|cervical) pain\b|\bc[0-7](?:\/\d)?\b(?!\s+(?:radicul\w*|disc|prolapse|myelopath\w*|stenosis|nerve|root|dermatome|distribution))|\b(?:atlas|axis|suboccipital\w*|cervicothoracic|ctj|occiput|atlanto-?occipital|upper cervicals?)\b/i;
/**
 * Every sentence that tells of a manipulation given (not denied) treats another region and
 * names no neck ("She had a lumbar manipulation by a chiropractor on Monday", "HVLA to
 * L5/S1"; not "HVLA to T1 and C7", "Thoracic manipulation …, neck included").
 */
export function otherRegionOnly(words: string): boolean {
  const told = words
    .split(/(?<=[.!?;])\s+|\n/)
    .filter(
      (x) => TREATED_WORD.test(x) && !onlyDenied(x) && !(TOLD_PAST.test(x) && !TOLD_NOW.test(x)),
    );
  return (
    told.length > 0 &&
    told.every(
      (x) => OTHER_REGION_TREATED.test(x) && !NECK_NAMED.test(x.replace(NECK_UNTREATED, ' ')),
    )
  );
}
/** A sentence telling of a past treatment ("Previously had neck adjustments, not for years"). */
const TOLD_PAST =
  /\b(?:previous(?:ly)?|history of|h\/o|hx of|years ago|not for years|(?:in|since) (?:19|20)\d\d)\b/i;
/** …unless it tells of a recent one too ("Previously only lumbar work, but yesterday …"). */
const TOLD_NOW =
  /\b(?:yesterday|today|(?<!\b(?:years?|months?|decades?)\s)ago|last (?:week|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:morning|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
/** A sentence whose only treatment is denied ("no manipulation (declined by patient)"). */
function onlyDenied(x: string): boolean {
  return TREATMENT_DENIED.test(x) && !OTHER_REGION_TREATED.test(x);
}
const TREATED_WORD = /\b(?:manip\w*|hvla|adjust\w*|thrust|crack\w*|click\w*)\b/i;
/** The treatment itself denied ("no cervical manipulation", "declined neck manipulation"). */
const TREATMENT_DENIED =
  /\b(?:no|not|nil|without|declined|refused|avoided|avoid)\s+(?:(?:the|any|further|a)\s+)?(?:[\w-]+\s+)?(?:manip\w*|hvla|adjust\w*|thrust)|\b(?:manip\w*|hvla|adjust\w*)\s+(?:was\s+|were\s+)?(?:declined|refused|not (?:given|done|performed|indicated|appropriate|suitable)|contraindicated)/i;
/** The neck said untreated ("the neck was not treated", "no cervical manipulation", "not the neck"). */
const NECK_UNTREATED =
  /\b(?:no|not|without)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:neck|cervical\w*|c-?spine)\b[^,;.]*|\b(?:neck|cervical\w*|c-?spine)\b[^,;.]{0,20}\b(?:not|never)\s+(?:treated|manipulated|touched|adjusted)\b/gi;
