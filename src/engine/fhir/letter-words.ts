/**
 * Words the letter reader (finding-text.ts) reads a part's standing by (split from it): a
 * denial's lead, a part's own time, a heading that excludes, safety-netting, conditions that
 * count only while they last, a relative's clause, a stroke service's name, a cancer's past or present, a listed history. Plain TypeScript, no Angular.
 */
import type { FindingId } from '../finding-ids';

/**
 * A part opening with a denial (not words that doubt or fear): "Denies", "No", "Pt denies any",
 * "Negative for".
 */
export const DENIAL_LEAD =
  /^\s*(?:(?:and|but)\s+)?(?:(?:the )?(?:patient|pt|he|she)\s+)?(?:(?:specifically|also|otherwise|firmly)\s+)?(?:(?:ros|review of systems|screen(?:ing)?|symptoms?)\s+)?(?:no (?:concerns?|worries) (?:about|re|regarding)|no|nil|denies|denied|denying|neg(?:ative)? for|none of|without|never had|not had|red flags?\s*\((?:all\s+)?(?:negative|absent|denied|nil)\))(?:\s*[:\u2013-]\s*|\s+)(?:any\s+)?(?:(?:past |previous |known )?(?:hx|h\/o|history|pmh|pmhx)\s+(?:of\s+)?)?/i;
/** Words that give a part its own time or presence: it is no item of a denied list. */
export const SAID_NOW =
  /\b(?:present|reported|started|began|onset|new|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last|this|the (?:weekend|manipulation|massage|treatment)))\b/i;
/** A heading that denies the list after it ("Excluded:", "Ruled out:", "R/O:", "Nil:"). */
export const EXCLUDED_HEADING =
  /^\s*(?:excluded|ruled[- ]out|nil|not|negative|absent)\s*[:\u2013-]\s*\S/i;

/** Safety-netting, warnings and teaching: symptoms named are not the patient's. */
export const SAFETY_NET =
  /\b(?:safety[- ]?net\w*|(?:return|come back|re-?attend|seek (?:urgent |medical |immediate )?(?:help|advice|attention|review)|call (?:999|911|112|an ambulance)|(?:attend|go to) (?:a&e|ed|the emergency)|contact (?:us|the gp|gp|111|the clinic))\b[^.;]{0,60}\bif\b|\b(?:explained|discussed|agreed|understands?)\b[^.;]{0,80}\bif (?:she|he|they|you) (?:develops?|experiences?|gets?|notices?)\b|(?:red flags?|warning (?:signs?|symptoms?)|symptoms?)\s+(?:to|she should|he should|they should)\s+(?:report|look out for|watch (?:out )?for|be aware of)|^\s*(?:(?:the )?(?:pt|patient|she|he|they)\s+(?:was\s+|were\s+|has been\s+)?)?(?:warned|informed|advised|counselled|educated|told) (?:about|of|re|regarding)\b)/i;
/** A conditional that opens a safety-net when an instruction follows in its sentence. */
export const CONDITIONAL_LEAD =
  /\bif (?:she|he|they|you) (?:develops?|experiences?|gets?|notices?)\b|\bshould (?:she|he|they|you) (?:develop|experience|get|notice)\b|\bin the event of\b/i;
export const INSTRUCTION =
  /\b(?:call|return|come back|re-?attend|attend|seek|stop|contact|ring|phone|go to|present to|we will|report)\b/i;
/** A symptom of the patient's own said in a safety-net's sentence ("… the double vision she has had since Monday"). */
export const OWN_SYMPTOM_TIME =
  /\b(?:since|has had|have had|had had|started|began|begun|still|persists?|persisting|ongoing|present since|for the (?:last|past)|(?:as|because|since) (?:she|he|they) (?:sees?|has|is|feels?|gets?))\b/i;

/** Conditions that contraindicate while they last (ART: acute infection, exacerbation). */
export const CURRENT_ONLY: readonly FindingId[] = [
  'post-partum',
  'infection',
  'chronic-disease-exacerbation',
  'long-term-steroids',
  'mental-disorder',
];
/** Conditions that last: over only when their own part says it ("ex-smoker", "resolved"). */
export const LASTING: readonly FindingId[] = [
  'diabetes',
  'hypertension',
  'smoking',
  'circulatory-disorder',
];
/** Words that end a lasting condition ("resolved", "quit", "in remission"). */
export const LASTING_ENDED =
  /\b(?:resolved|(?<!\b(?:tried|trying|tries|wants?|plans?|planning|hopes?|attempts?|attempting) to )quit|gave up|reversed|(?:nil|none|nothing) since)\b/i;
/** Words that end a condition. */
export const OVER_NOW =
  /\b(?:as an? (?:child|teen|teenager|baby|infant|student)|aged \d+|at (?:age )?\d{1,2}(?! ?(?:mg|kg|mmhg|%|cm|mm|days?|weeks?|hours?|min))\b|years? ago|yrs? ago|months? ago|last (?:winter|summer|spring|autumn|year)|resolved|recovered|(?:full |complete )?recovery|(?:nil|none|nothing) since|finished|completed|weaned|no sequelae|in the past|childhood)\b/i;
/** Words that say a condition goes on, whatever year its part names ("since 2010", "currently"). */
export const GOES_ON_NOW =
  /\b(?:(?<!\b(?:nil|none|nothing|well|fine|ok|no(?:\s+[a-z]+)?)\s)since|currently|current|now|still|ongoing|active|relapsing|flaring|this (?:week|month)|today|yesterday|last (?:week|month)|on (?:antibiotics|amoxicillin|\w+mycin|\w+cillin|prednisolone|sertraline|escitalopram|fluoxetine|citalopram|colchicine|metformin|insulin))\b/i;

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

/**
 * Names of a history a denial goes on over too ("No stroke, diplopia or dysarthria", "No hx of
 * stroke, TIA or dissection", "No h/o CVA, diplopia"); not read as findings here.
 */
export const LISTED_HISTORY =
  /\b(?:strokes?|cvas?|tias?|vads?|vbi|dissections?|smoking|alcohol|cancers?|malignanc(?:y|ies)|tumou?rs?|osteoporosis|osteopenia|thyroid (?:problems?|disease)|diabetes|hypertension|high blood pressure|(?:inflammatory |rheumatoid )?arthritis|fractures?|heart disease|epilepsy|asthma)\b/gi;

/** A cancer said to be past in its own phrase ("history of breast cancer", "… in remission"). */
export const PAST_WORDS =
  /\b(?:(?:personal )?history of|h\/o|hx of|previous(?:ly treated)?|prior)\s+(?:[\w-]+\s+){0,3}?(?:cancer|carcinoma|malignan\w*|neoplasm|tumou?r|lymphoma|leuk\w*|melanoma|sarcoma|myeloma)|\b(?:cancer|carcinoma|malignan\w*|neoplasm|tumou?r|lymphoma|leuk\w*|melanoma|sarcoma|myeloma)\b[^,;.]{0,30}\b(?:in (?:complete )?remission|resolved|excised|cured)\b|\bca\.?\s+(?:of\s+(?:the\s+)?)?\w+\s+(?:(?:19|20)\d\d\s+)?[^;.]{0,30}\b(?:in (?:complete )?remission|resolved|excised|cured)\b/i;

/** Words of a cancer still there, whatever its history ("now metastatic", "recurrence"). */
export const ACTIVE_WORDS =
  /(?<!\b(?:no|nil|without|free of|not|no evidence of|no sign of)\s+(?:[\w-]+\s+)?)\b(?:active surveillance|watch(?:ful)?(?: and)? wait\w*|newly diagnosed (?:[\w-]+\s+){0,3}?(?:cancer|carcinoma|lymphoma|leuk\w*|myeloma|melanoma|sarcoma|malignan\w*|tumou?r)|(?<=\b(?:cancer|carcinoma|lymphoma|leuk\w*|myeloma|melanoma|sarcoma|malignan\w*|tumou?r)\b[^.;]{0,40})(?:surgery|treatment|chemo\w*|radiotherapy|radioiodine)[^.;,]{0,20}\b(?:planned|to start|booked|scheduled)|on (?:lenalidomide|imatinib|enzalutamide|abiraterone)|psa rising|rising psa|metasta\w*|secondar(?:y|ies)|recurren\w*|relaps\w*|progressi\w*|currently (?:on|under|receiving|undergoing|being)|under treatment|on treatment|being treated|treated with|awaiting|maintenance|palliative|(?:on|receiving|undergoing|now|currently) (?:\w+ )?(?:chemo|radio|immuno|hormon)\w*)\b/i;

/* A sudden severe or unusual headache said apart from its headache (§9). */
/** A sudden onset said apart from its headache ("Headache - abrupt onset, maximal within 1 minute"). */
export const ABRUPT =
  /\b(?:abrupt|instant\w*|explosive|thunderclap)[- ]onset\b|\b(?:peak(?:ed|ing|s)?|maximal|max)\s+(?:intensity\s+)?(?:with)?in\s+(?:(?:a|one|1|\d+|a few|few)\s+)?(?:min|mins|minutes?|seconds?|secs?)\b/i;

/** "The worst I've ever had" said of a headache or neck pain in its sentence. */
export const WORST_EVER =
  /\bworst (?:(?:pain|headache)\s+)?(?:(?:i|i've|ive|she|she's|he|he's|they)\s+)?(?:(?:have|has|had|'ve)\s+)?ever (?:had|experienced|felt)\b|\bworst of (?:her|his|their|my) life\b/i;

/** "Unlike anything before" said apart from its headache (§9: new or unlike any before). */
export const UNLIKE_ANY =
  /\b(?:unlike|different (?:from|to|than)) (?:any(?:thing)?(?: (?:else|before|previous))?|(?:her|his|their) usual|previous ones)\b/i;

export const HEAD_OR_NECK =
  /\b(?:headaches?|h\/a|neck pain|back of (?:the |her |his )?head|head pain|occipital pain)\b/i;

/** Sudden and severe said apart ("Headache - sudden, worst ever", "sudden onset, 10/10"). */
export const SUDDEN =
  /\b(?:sudden(?:ly)?|abrupt(?:ly)?)\b(?=\s*(?:[-,]|onset|start|came|began|started|severe|worst|excruciating|headache|h\/a|pain|neck|occipital|$))|\b(?:came on|started|began)\s+(?:very\s+)?(?:suddenly|abruptly)\b|\bwithin seconds\b/i;

export const SEVERE =
  /\b(?:severe|worst|excruciating|agoni[sz]ing|unbearable|(?:9|10)\/10)\b(?!\s+(?:anxiety|depression|stress|arthritis|oa|back|knee|hip|grief|bereavement|insomnia))/i;

/** A headache said mild, usual or old: no sudden severe one. */
export const NOT_SEVERE =
  /\b(?:mild|usual|typical|for years|brief|at times|sometimes|occasionally|tension)\b/i;

export const OTHER_PLACE =
  /\b(?:shoulder|back(?! of (?:the |her |his )?head)|knee|hip|chest|abdom\w*|tooth|teeth|arm|leg|foot|feet|stomach|period|labour|labor|diarrh\w*|relief)\b/i;

/** Some year the words name is before the assessment's year ("worst ever had was in 2021"). */
export function namesEarlierYear(words: string, on: string | undefined): boolean {
  if (!on) return false;
  const year = Number(on.slice(0, 4));
  return [...words.matchAll(/(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-]\d)/g)].some(
    (m) => Number(m[1]) < year,
  );
}
