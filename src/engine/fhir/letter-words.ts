/**
 * Words the letter reader (finding-text.ts) reads a part's standing by (split from it): a
 * denial's lead, a part's own time, a heading that excludes, safety-netting, conditions that
 * count only while they last, a relative's clause, a stroke service's name. Plain TypeScript, no Angular.
 */
import type { FindingId } from '../finding-ids';

/**
 * A part opening with a denial (not words that doubt or fear): "Denies", "No", "Pt denies any",
 * "Negative for".
 */
export const DENIAL_LEAD =
  /^\s*(?:(?:and|but)\s+)?(?:(?:the )?(?:patient|pt|he|she)\s+)?(?:(?:specifically|also|otherwise|firmly)\s+)?(?:(?:ros|review of systems|screen(?:ing)?|symptoms?)\s+)?(?:no|nil|denies|denied|denying|neg(?:ative)? for|none of|without|never had|not had|red flags?\s*\((?:all\s+)?(?:negative|absent|denied|nil)\))(?:\s*[:\u2013-]\s*|\s+)(?:any\s+)?(?:(?:past |previous |known )?(?:hx|h\/o|history|pmh|pmhx)\s+(?:of\s+)?)?/i;
/** Words that give a part its own time or presence: it is no item of a denied list. */
export const SAID_NOW =
  /\b(?:present|reported|started|began|onset|new|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last|this|the (?:weekend|manipulation|massage|treatment)))\b/i;
/** A heading that denies the list after it ("Excluded:", "Ruled out:", "R/O:", "Nil:"). */
export const EXCLUDED_HEADING =
  /^\s*(?:excluded|ruled[- ]out|nil|not|negative|absent)\s*[:\u2013-]\s*\S/i;

/** Safety-netting, warnings and teaching: symptoms named are not the patient's. */
export const SAFETY_NET =
  /\b(?:safety[- ]?net\w*|(?:return|come back|re-?attend|seek (?:urgent |medical |immediate )?(?:help|advice|attention|review)|call (?:999|911|112|an ambulance)|(?:attend|go to) (?:a&e|ed|the emergency)|contact (?:us|the gp|gp|111|the clinic))\b[^.;]{0,60}\bif\b|\bif\b[^.;]{0,60}\b(?:develops?|occurs?|appears?|recurs?)\b|(?:red flags?|warning (?:signs?|symptoms?)|symptoms?)\s+(?:to|she should|he should|they should)\s+(?:report|look out for|watch (?:out )?for|be aware of)|\b(?:warned|informed|advised|counselled|educated|told) (?:about|of|re|regarding)\b)/i;

/** Conditions that contraindicate while they last (ART: acute infection, exacerbation). */
export const CURRENT_ONLY: readonly FindingId[] = [
  'post-partum',
  'infection',
  'chronic-disease-exacerbation',
  'long-term-steroids',
  'mental-disorder',
  'diabetes',
  'hypertension',
  'smoking',
  'circulatory-disorder',
];
/** Words that place a condition in the past. */
export const OVER_NOW =
  /\b(?:as a (?:child|teenager|baby)|aged \d+|at (?:age )?\d{1,2}(?! ?(?:mg|kg|mmhg|%|cm|mm|days?|weeks?|hours?|min))\b|years? ago|yrs? ago|months? ago|resolved|recovered|(?:full |complete )?recovery|(?:nil|none|nothing) since|finished|completed|weaned|no sequelae|in the past|childhood)\b/i;
/** A clause that opens with a relative ("Mum diabetic", "Dad had a stroke"). */
export const RELATIVE_FIRST =
  /^\s*(?:(?:her|his|my|the patient'?s)\s+)?(?:mum|mom|mother|dad|father|brother|sister|son|daughter|wife|husband|partner|grandmother|grandfather|grandparents?|aunt|uncle|cousin|parents?|family|fh)\b/i;

/**
 * Names of a stroke service, not a stroke: an alert stood down, a prevention review, a rule-out
 * ("Code stroke, stood down", "Stroke prevention - AF review", "Stroke rule-out").
 */
export const STROKE_SERVICE =
  /(?:(?<=\b(?:the|to|in|from|by|at|via|our|her|his)\s+)|(?<=(?:^|[.;\n]|(?<!\b(?:impression|diagnos[ie]s|dx|ddx|assessment|problems?)\s*):)\s*))tia\s*(?:and|&)\s*stroke\s+(?:clinic|unit|ward|service|team|nurse|outpatients?|pathway)s?\b|\b(?:(?:tia|stroke)(?:\s*\/\s*(?:tia|stroke))? (?:clinic|unit|ward|service|team|nurse|consultant|physician|registrar|pathway|follow-?up|outpatients?|letter|referral)s?|stroke (?:prevention|risk|screen\w*|rule[- ]out|mimic))\b/gi;
/** An alert or pathway for a stroke stood down: no stroke ("Code stroke, stood down"). */
export const STROKE_ALERT =
  /\b(?:code stroke|stroke (?:alert|call|code|team|pathway|protocol))\b/gi;
export const STOOD_DOWN = /\b(?:stood down|stand down|cancell?ed|called off|not a stroke)\b/i;
