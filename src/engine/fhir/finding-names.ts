/**
 * Plain names of findings as EHR text and referrals write them (split from finding-text.ts):
 * symptom names the report reader does not hold as terms, their common abbreviations and
 * misspellings ("h/a", "diplopa", "slured speach"), paraphrases ("speech was slurred",
 * "legs just give way"), and the words of Horner's signs. Plain TypeScript, no Angular.
 */
import type { FindingId } from '../finding-ids';

/** A headache in a referral's shorthand: "h/a", "occ h/a". */
const HA = String.raw`(?:headaches?|h\/a|ha(?=\W|$)|cephalalgia)`;
/** Words between "sudden severe" and what it qualifies ("R sided neck pain"). */
const QUALIFIERS = String.raw`(?:[\w/-]+\s+){0,3}?`;
const SEVERE = String.raw`(?:(?:very|extremely)\s+)?(?:severe|worst(?:[- ]ever)?|excruciating|explosive|intense|violent|tearing|ripping)`;
/** What a sudden severe onset qualifies (§9: a headache or neck pain). */
const HEAD_OR_NECK = String.raw`(?:${HA}|neck pain|pain (?:in|at) the back of (?:the |her |his )?(?:head|neck)|pain in (?:the |her |his )?neck)`;

/**
 * Concept words a report reader does not hold as terms (it reads findings in reports, not
 * symptom names): plain names of findings, read as the finding present.
 */
export const NAMES: readonly [FindingId, RegExp][] = [
  [
    // §9: a sudden severe "worst-ever" headache or neck pain.
    'sudden-severe-headache',
    new RegExp(
      String.raw`\bthunderclap\b|\bworst[- ](?:ever[- ])?${HA}|` +
        String.raw`\bsudden(?:[- ]onset)?(?: of)?,?\s+${SEVERE}\s+${QUALIFIERS}${HEAD_OR_NECK}|` +
        String.raw`\b(?:severe|explosive|excruciating|violent),?\s+sudden(?:[- ]onset)?\s+${QUALIFIERS}${HEAD_OR_NECK}|` +
        String.raw`\bworst (?:headache|h\/a|neck pain|head pain)\s+(?:(?:i|i've|ive|she|she's|he|he's|they)\s+)?(?:(?:have|has|had|'ve)\s+)?ever (?:had|experienced|felt)\b|` +
        // ("Sudden tearing pain in the back of the neck on Saturday, worst pain ever.")
        String.raw`\b(?:neck|head|occip\w*)\b[^.;]{0,60}\bworst pain (?:ever|of (?:her|his|my|their) life)\b`,
      'i',
    ),
  ],
  [
    // §9: a headache or neck pain new (weeks) or unlike any before.
    'new-unusual-headache',
    new RegExp(
      String.raw`\bnew(?:[- ]onset)?\s+(?!daily persistent)(?:(?:severe|occipital|occ|constant|persistent|daily|unilateral|left|right|l|r|[\w]+-sided|sided)\s+){0,3}(?:${HA}|neck pain)(?!\s+(?:clinic|service|team|pathway|referral))|` +
        String.raw`\b(?:${HA}|neck pain)\b[^.;]{0,40}\bunlike (?:any|anything|her|his|their|the|previous|usual)|` +
        String.raw`\bnever had (?:a |an )?(?:${HA}|pain) like (?:this|it)\b|` +
        // ("different from her usual migraines", "occipital headache, new for her")
        String.raw`\bdifferent (?:from|to|than) (?:her|his|their|the|my) (?:usual|normal|typical|previous|regular) (?:${HA}|migraines?)|` +
        String.raw`\b(?:${HA}|migraines?|neck pain)\b[^.;]{0,40}\b(?:different (?:from|to|than) (?:her|his|their|the|my) (?:usual|normal|typical|previous)|(?<!\bnothing\s)new (?:for|to) (?:her|him|them|the patient)|not like (?:her|his|their|the) usual|(?:different from|unlike) anything (?:before|previous\w*|she|he|they))\b`,
      'i',
    ),
  ],
  [
    'occipital-headache',
    new RegExp(
      String.raw`\bocc(?:ipital|\.)?\s+(?:${HA}|pain)\b|\b${HA} (?:in|at) the (?:back of the head|occiput)\b|\bpain (?:in|at) the back of (?:the|her|his) head\b`,
      'i',
    ),
  ],
  ['headache', new RegExp(String.raw`\b${HA}(?=\W|$)`, 'i')],
  [
    'dizziness-on-head-rotation',
    /\b(?:dizz(?:y|iness)|vertigo|giddiness|light-?headed\w*|(?:near|pre)[- ]?syncop\w*)\s+(?:on|when|with|while|after)\s+(?:(?:turn(?:ing)?|rotat(?:e|ing)|rotation of|mov(?:e|ing)|extend(?:ing)?|look(?:ing)?)\s+(?:(?:the|her|his|my)\s+)?(?:head|neck|up|over (?:the|her|his) shoulder)|(?:head|neck)\s+(?:turning|rotation|movements?|extension))\b|\bbow[- ]?hunter\W?s?\b|\b(?:dizz\w*|vertigo|giddiness|light-?headed\w*|greying|graying|blurr\w*|blacking out)\b[^.;]{0,40}\b(?:when(?:ever)?|as|each time|every time) (?:she|he|they|i) (?:turns?|rotates?|looks?|extends?) (?:(?:her|his|their|my) )?(?:head|neck|up|over (?:her|his|their|my) shoulder)|\b(?:dizz\w*|vertigo|giddiness)\s+(?:at|on|with|during) (?:turns?|turning|rotations?|rotating) of (?:the )?(?:head|neck)\b|\b(?:at|on|with|during|when) (?:turns?|turning|rotations?|rotating) (?:of )?(?:the |her |his )?(?:head|neck)\b[^.;]{0,60}\b(?:dizz\w*|vertigo|darkening|greying|graying|blurr\w*|faint\w*|black\w* out)|\b(?:dizz\w*|giddy|vertigo|greys? out|grays? out|greying|graying|blurr\w*|faint\w*)\b[^.;]{0,40}\b(?:when|on|while|whenever) (?:looking|turning|glancing|rotating)\s+(?:(?:her|his|the)\s+)?(?:head|neck|over (?:(?:her|his|their|the|my)\s+)?(?:(?:left|right|l|r)\s+)?shoulder)\b/i,
  ],
  [
    'neck-pain',
    /\b(?:neck|cervical) (?:pain|ache)\b|\bneck-?ache\b|\bpain in (?:the|her|his|my) neck\b|\bcervicalgia\b/i,
  ],
  ['dizziness', /\b(?:dizz?[iy]?(?:ness)?|dizzyness|vertigo|giddiness|light-?headed\w*)\b/i],
  [
    'diplopia',
    /\b(?:dipl?opi?a|double vision|see(?:s|ing)? double|doubling (?:in|of) (?:the )?(?:eyes|vision|images?|objects)|(?:objects|things|images) (?:look|looks|appear|appears|are|seem)(?:ing)? doubled?|(?:saw|sees|seeing|see) (?:double|two of everything|2 of everything)|diplop)\b/i,
  ],
  [
    'visual-disturbance',
    /\b(?:blurr?e?d|blurry|blurring of) vis+i?on\b|\bvision (?:is |was |has been |became |going )?(?:blurr?e?d|blurry)\b|\bvisual disturbances?\b/i,
  ],
  [
    'visual-field-loss',
    /\b(?:hemianop\w*|quadrantanop\w*|visual field (?:loss|defect|cut))\b|\b(?:lost|loss of|losing|lose|can(?:no|')?t see(?: out of)?)\s+(?:the\s+)?(?:(?:left|right|lower|upper|outer|inner)\s+)?half\s+(?:of\s+)?(?:(?:her|his|their|the|my)\s+)?(?:vision|visual field|sight|field of vision)\b/i,
  ],
  [
    // "LOC" only as an event ("brief LOC", "with LOC", "LOC for 2 min"), not "LOC: alert".
    'syncope',
    /(?<!\b(?:pre|near)[\s-]?)\b(?:syncope|syncopal|faint(?:ed|ing|s)|passed out|blacked out|black-?outs?|loss of consciousness)\b|\b(?:brief|transient|momentary|short|with|had|any|episodes? of)\s+loc\b|\bloc\s+(?:for|x\s?\d|lasting)\b/i,
  ],
  [
    'drop-attacks',
    /\bdrop attacks?\b|\blegs (?:just |suddenly )?(?:gave|give|giving|gives|went) (?:way|from under)\b(?![^.;]{0,30}\b(?:knee|hip|ankle|oa|arthritis)\b)|\b(?:falls?|fell|falling|collaps\w*|dropp?(?:ed|ing|s)?)\s+(?:[\w-]+\s+){0,3}?unheralded\b|\bsudden falls?\b|\b(?:falls?|fell|falling|collaps\w*|dropp?(?:ed|ing|s)?)\b[^.;]{0,40}\bwithout (?:losing|any loss of|loss of) consciousness\b|\b(?:falls?|fell|drops?|dropped) suddenly (?:to the (?:ground|floor)|down)\b/i,
  ],
  [
    'reduced-consciousness',
    /\b(?:acute confusion|confus(?:ed|ion)(?! about| regarding| over| with)|drows(?:y|iness)|obtunded)\b/i,
  ],
  [
    'numbness',
    /(?<!\bemotional(?:ly)? )\b(?:numbn?e?ss|numness|paraesthesi\w*|paresthesi\w*|pins and needles|tingling)\b|\bnumb (?:(?:left|right|l|r)\s+)?(?:arm|leg|hand|face|lips?|fingers|side|foot|feet|cheek)s?\b|\b(?:arm|leg|hand|face|lips?|fingers|side|foot|feet|cheek)s? (?:is |are |was |were |feels? |felt |went |going )?numb\b|\b(?:decreased|reduced|altered|diminished|loss of|lost) (?:sensation|feeling)\b(?![^.;]{0,40}\b(?:scar|carpal|wound|incision|graft|release)\b)|\bsensory loss\b/i,
  ],
  [
    'limb-weakness',
    /\bweakness (?:of |in )?(?:the )?(?:(?:left|right|l|r|rt|lt)\s+)?(?:arm|leg|limb|hand)s?\b|\b(?:arm|leg|limb)s? (?:is |are |was |were |feels? |felt |has felt |have felt |has been |feeling |went )?weak\b|\bweak (?:(?:left|right|l|r)\s+)?(?:arm|leg|limb)s?\b|\b(?:hemiparesis|hemipleg\w*|arm weakness|leg weakness|limb weakness)\b|\b(?:(?:left|right|l|r|lt|rt)[- ]?sided weakness|weakness (?:of|on|down|in) (?:the |her |his )?(?:left|right) side)\b(?!\s+(?:of|in) (?:the )?(?:face|shoulder|hip|knee|ankle|wrist|elbow))(?![^.;]{0,60}\b(?:cuff|tendon|bell\W?s|palsy|arthritis|knee|hip|shoulder)\b)/i,
  ],
  ['tia', /\b(?:tia|transient isch(?:a)?emic attacks?|mini[- ]?strokes?)\b/i],
  [
    'stroke',
    /\b(?:(?<!\b(?:heat|sun) )stroke(?! volume| index| work)|cerebral infarct\w*|subarachnoid ha?emorrhage|intracerebral ha?emorrhage|cerebellar infarct\w*|wallenberg\W?s?(?: syndrome)?|onmk|acute (?:disorder|disturbance) of (?:the )?cerebral circulation|lateral medullary (?:syndrome|infarct\w*)|posterior circulation (?:stroke|infarct\w*))\b/i,
  ],
  ['nystagmus', /\bnystagm\w*/i],
  [
    'orthostatic-reactions',
    /\b(?:(?:orthostatic|postural) hypotension|hypotension,? (?:orthostatic|postural)|(?:postural|orthostatic) (?:drop|fall) in (?:blood )?pressure)\b/i,
  ],
  [
    'ataxia',
    /\bataxi[ac]\b|(?:\b(?:(?:can(?:no|')?t|unable to|could not|couldn't) tandem(?: walk)?|(?:veers?|veering|deviates?|deviating|drifts?|drifting|leans?|leaning) to (?:the )?(?:left|right) (?:when|on|while) walking|(?:broad|wide)[- ]based gait|staggering gait|dysmetria|past[- ]pointing|intention tremor|(?:shakiness|unsteadiness|staggering|swaying) (?:at|when|on|while|during) walking|walk(?:s|ing)? (?:like|as if) (?:she|he|they) (?:is|was|were|has been) drunk|(?<=(?:^|[,;:\n]|\b(?:she|he|they|pt|patient|gait|walking|and))\s*(?:also\s+|now\s+|still\s+)?)(?:veers?|veering|staggers?|staggering) to (?:the )?(?:left|right)(?![^.;]{0,30}\b(?:driving|car|road|motorway|steering|cycling|bike)\b)|drunken gait|(?:in|un)co-?ordinat\w*|(?:clumsy (?:(?:left|right|l|r) )?(?:hand|arm|leg)|(?:hand|arm|leg) is clumsy)(?![^.;]{0,30}\b(?:from(?!\s+(?:yesterday|today|this|last|the moment|the morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d))|due to|because of|secondary to|since (?:her|his) (?:operation|surgery))\b)|(?:can(?:no|')?t|unable to|could not) walk heel[- ]to[- ]toe|heel[- ](?:to[- ])?shin (?:test )?(?:failed|abnormal|impaired|positive)|falls to the (?:left|right|l|r)\b)\b(?![^.;]{0,60}\b(?:knee|hip|ankle|foot|feet|arthritis|replacement|pain|sciatica)\b))/i,
  ],
  [
    'gait-instability',
    /\bunsteady (?:on (?:her|his|their|my) feet|gait|walking|when walking)\b|\bgait (?:instability|unsteadiness)\b/i,
  ],
  [
    'dysarthria',
    /\b(?:dysart?h?ria|(?:indistinct|thick|unclear) speech|speech (?:is |was |became |has become )?(?:indistinct|thick)|slurr?e?d (?:speech|speach|words)|slurr?ing (?:of )?(?:(?:her|his|their) )?(?:speech|words)|speech (?:was |is |became |has been |sounded )?(?:(?:a (?:little|bit)|slightly|somewhat|very|quite) )?slurr?e?d)\b/i,
  ],
  [
    'dysphagia',
    /\b(?:dysp(?:ha|ah)gia|diff(?:iculty|\.)? (?:in |with )?swallowing|swallowing (?:difficult(?:y|ies)|problems?)|trouble swallowing|chok(?:es|ed|ing) on (?:her |his )?(?:fluids|liquids|food|drinks?|water)|chok(?:es|ed|ing) (?:at|when|while) (?:eating|drinking)|cough(?:s|ing)? (?:when|on|while) (?:she |he )?(?:drinks?|drinking|eating|swallowing)|(?:not able|unable) to swallow|(?:liquids|fluids|drinks|food) (?:go|goes|went) down the wrong way|coughing on (?:fluids|liquids|drinks?)|food (?:sticking|sticks|gets stuck) in (?:her |his |the )?(?:throat|gullet|o?esophagus))\b/i,
  ],
  [
    'speech-disturbance',
    /\b(?:aphasia|dysphasia|word[- ]finding difficult\w*|(?:struggl\w*|difficulty|trouble|problems?) (?:to )?(?:find(?:ing)?|get(?:ting)? out) (?:the |her |his )?words|can(?:'|no)?t get (?:the |her |his )?words out|(?:muddled|jumbled|garbled) (?:speech|words)|words? (?:come|came|coming|comes) out (?:muddled|jumbled|wrong|garbled|all wrong)|mix(?:es|ed|ing)? up (?:her |his |their )?words|(?:using|uses|used) (?:the )?wrong words)\b/i,
  ],
  [
    // §9: a neck manipulation by anyone, self-manipulation included (the report reader holds
    // "chiropractic neck manipulation"; a referral writes it shorter).
    'recent-cervical-manipulation',
    /\b(?:chiro(?:practic|practor)?\W?s?\s+(?:(?:neck|cervical|spinal|c-?spine)\s+)?(?:manipulation|manip|adjustments?|adj)|(?:neck|c-?spine|cervical|cx) manip|hvla|self-?manipulat\w*|thrust (?:to|of) (?:the )?(?:c-?spine|neck|cervical)|adjust(?:ing|ed|ment of)\s+(?:(?:her|his|their|the|this|my)\s+)?(?:(?:pt|patient)\W?s\s+)?(?:neck|c-?spine|cervical spine)|(?:neck|c-?spine|cervical spine)\s+(?:was\s+|being\s+)?(?:adjusted|manipulated|cracked)|crack(?:ed|s|ing)?\s+(?:(?:my|her|his|their|own|the)\s+)?(?:own\s+)?neck|manipulat(?:ed|ing)\s+(?:(?:her|his|their|the|my)\s+)?neck|(?:since|after)\s+(?:the|her|his|my)\s+(?:last\s+)?(?:neck\s+)?adjustment(?!\s+(?:of|to|in|for)\b)|(?:since|after|following)\s+(?:today's|yesterday's|this morning's|last (?:week|night)'s|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+(?:neck\s+)?(?:adjustment|manipulation|manip)|manual therapy sessions?\b(?=[^.;]{0,60}\b(?:thrust|hvla|manipulat\w*|neck|cervical|chiropract\w*))|(?:sessions? of )?manual therapy\b(?=[^.;]{0,40}\bchiropract)|chiropract\w*[^.;]{0,40}\bmanual therapy|sessions? of manual therapy|manual therapy (?:of|to|on) (?:the )?(?:neck|cervical)|(?:mobili[sz]ation|manual therapy)[^.;]{0,40}\bwith (?:a )?thrust|(?:jerked|clicked) (?:her|his|the patient's|their) neck|chiropractor for (?:neck |cervical )?(?:adjustments?|manipulations?)|manipulation (?:(?=[^.;\n]{0,40}\b(?:neck|cervical|c-?spine)\b)|(?!(?:[\w-]+\s+){0,3}?(?:lumbar|thoracic|low(?:er)? back|back|sacroiliac|si|pelvi\w*|wrist|shoulder|knee|hip|ankle|elbow|foot|rib)\b))(?:[\w(),-]+\s+){0,6}?by (?:a |the |her |his )?chiropractor)\b/i,
  ],
  [
    'recent-neck-massage',
    /\bmassage (?:to|of|on) (?:the |her |his )?(?:neck|cervical|collar|shoulders? and neck)\b|\bneck and shoulder massage\b/i,
  ],
  // ART's contraindications and IF's precautions as letters name them (safety round 75).
  [
    'infection',
    /(?<!\b(?:hay|yellow)\s)\b(?:febrile|pyrexi\w*|fever|sore throat|tonsillitis|pharyngitis|influenza|chest infection|urinary tract infection|uti|cellulitis|pneumonia|sinusitis|bronchitis|sepsis|septic|abscess|(?:viral|bacterial|acute|active|systemic|current|recent) infection|infection(?!\s+(?:control|prevention|risk|screen)))\b(?![^.;]{0,30}\b(?:vaccin\w*|jab|immuni[sz]\w*)\b)|\btemp(?:erature)?\.?\s*(?:of\s+)?3[89](?:[.,]\d)?\b|\bcovid(?:-?19)?\s+(?:infection|positive|\+ve|illness|pneumonia|symptoms)\b|\b(?:positive|\+ve) for covid\b|\b(?:has|with|acute) covid\b/i,
  ],
  [
    'mental-disorder',
    /\b(?:generali[sz]ed anxiety(?: disorder)?|anxiety (?:disorder|neurosis|and depression|\/ ?depression)|panic (?:disorder|attacks)|(?<!\b(?:st|respiratory|skull|segment|endplate|end-plate|cortical|spreading|marrow|palpable|bony|fracture|ventilatory|cns)\s)depression(?!\s+(?:of|fracture|in the skull|at)\b)|depressive (?:disorder|illness|episode)|obsessive[- ]compulsive|ocd|ptsd|post[- ]traumatic stress|bipolar|schizo\w*|psychos[ie]s|psychotic|neuros[ie]s|neurotic|personality disorder|eating disorder|anorexia nervosa|bulimi\w*|mental (?:illness|disorder|health (?:condition|disorder|problems?)))\b/i,
  ],
  [
    'chronic-disease-exacerbation',
    // (A named disease's, not a flare of pain: "flare of chronic neck pain" is the pain.)
    new RegExp(
      String.raw`\b(?:ra|rheumatoid arthritis|arthritis|copd|asthma|gout|lupus|sle|crohn\W?s(?: disease)?|colitis|ibd|psoriasis|psoriatic arthritis|pancreatitis|ms|multiple sclerosis|ankylosing spondylitis|pmr|eczema|bronchiectasis|heart failure|ckd|hepatitis|cholecystitis|diverticulitis|sarcoid\w*|vasculitis|polymyalgia)\b[^.;]{0,60}\bexacerbation again\b|\b(?:in (?:the )?(?:stage|phase) of|acute) exacerbation\b|\bexacerbation of chronic (?!(?:(?:neck|back|low back|lumbar|cervical|shoulder)\s+)?(?:pain|ache|stiffness|headaches?))\w+|(?<!\b(?:pain|ache|headaches?|stiffness)\b[^.;]{0,30})\bcurrent(?:ly)? (?:flaring|relapsing|flare|relapse|exacerbation)\b(?![^.;]{0,40}\b(?:pain|ache|headaches?|stiffness)\b)|\b(?:ra|rheumatoid arthritis|arthritis|copd|asthma|gout|lupus|sle|crohn\W?s(?: disease)?|colitis|ibd|psoriasis|psoriatic arthritis|pancreatitis|ms|multiple sclerosis|ankylosing spondylitis|pmr|eczema|bronchiectasis|heart failure|ckd|hepatitis|cholecystitis|diverticulitis|sarcoid\w*|vasculitis|polymyalgia)\s+(?:flare(?:[- ]?up)?|flaring|exacerbation|relapse)\b|\b(?:flare(?:[- ]?up)?|exacerbation|relapse)\s+of\s+(?:(?:her|his|their|the|known|chronic|ulcerative|rheumatoid)\s+)*(?:ra|rheumatoid arthritis|arthritis|copd|asthma|gout|lupus|sle|crohn\W?s(?: disease)?|colitis|ibd|psoriasis|psoriatic arthritis|pancreatitis|ms|multiple sclerosis|ankylosing spondylitis|pmr|eczema|bronchiectasis|heart failure|ckd|hepatitis|cholecystitis|diverticulitis|sarcoid\w*|vasculitis|polymyalgia)\b`,
      'i',
    ),
  ],
  [
    // ART's "blood-circulation pathology" (not the venous insufficiency of benign dizziness).
    'circulatory-disorder',
    /\b(?:raynaud\W?s?(?: (?:disease|phenomenon|syndrome))?|varicose veins?|peripheral (?:arterial|artery|vascular) disease|intermittent claudication|(?<!\b(?:neurogenic|spinal|lumbar)\s)claudication|thrombophlebitis|vasculitis)\b/i,
  ],
  [
    // §4: a triad getting worse over time ("Headaches and dizziness getting steadily worse over
    // the last 3 weeks"; not "worse on standing", "worse towards the end of the day").
    'triad-progressive',
    new RegExp(
      String.raw`\b(?:${HA}|dizz(?:y|iness)|vertigo|visual disturbances?|blurr?e?d vision)\b[^.;]{0,40}\b(?:getting|got|becoming|became|grown|growing)\s+(?:(?:steadily|progressively|increasingly)\s+(?:worse|more (?:frequent|severe|intense))|(?:worse|more (?:frequent|severe|intense))\s+(?:over (?:the )?(?:last |past )?(?:\d+|few|several|a|two|three|four)\s|each (?:day|week)|day by day|week by week|by the (?:day|week)))|` +
        String.raw`\b(?:progressively|steadily|increasingly) (?:worse|worsening|more (?:frequent|severe))\s+(?:${HA}|dizziness|vertigo)|\b(?:progressive|progressively worsening) (?:${HA}|dizziness|vertigo)\b`,
      'i',
    ),
  ],
  [
    // IF's precaution: the weeks after a birth ("3 weeks post-partum", "6/52 pp", "2/52 postnatal").
    'post-partum',
    /\b(?:post[- ]?partum|post[- ]?natal(?! depression)|\d+\/52 (?:pp|post[- ]?partum|postnatal)|(?:delivered|gave birth|birth of (?:her )?(?:baby|son|daughter|twins)|(?:c-?section|caesarean|svd|vaginal delivery))\b[^.;]{0,20}\b(?:\d+|a|one|two|three|four|five|six|few) (?:weeks?|days?) ago|\d+ (?:weeks?|days?) (?:after|since) (?:delivery|giving birth|the birth)|baby (?:was )?born \d+ (?:weeks?|days?) ago)\b/i,
  ],
  ['connective-tissue-laxity', /\b(?:h?eds|ehlers[- ]?danlos|hypermobile (?:eds|ehlers))\b/i],
  [
    'radiculopathy',
    /(?<!pseudo-?)\b(?:radiculopathy|radicular (?:syndrome|pain)|nerve root (?:compression|irritation))\b/i,
  ],
  ['osteoporosis', /\bt-?score\s*(?:of\s*)?(?:-|\u2212|minus\s*)\s*(?:2\.[5-9]|[3-9](?:\.\d)?)\b/i],
  [
    // ICD-10 G45.0, vertebro-basilar artery syndrome (§7), written in a letter.
    'confirmed-vas',
    /\bG45\.0\b/i,
  ],
  [
    'long-term-steroids',
    /\b(?:(?:long[- ]term|maintenance|chronic|regular oral)\s+(?:oral\s+)?(?:prednisolone|prednisone|methylprednisolone|dexamethasone|hydrocortisone|steroids?|corticosteroids?)|(?:prednisolone|prednisone|dexamethasone|hydrocortisone|methylprednisolone|pred)\b[^.;]{0,30}\b(?:for (?:\d+|many|several) (?:months|years)|since (?:19|20)\d\d|long[- ]term|maintenance))\b(?![^.;]*\b(?:inhal\w*|cream|drops|topical|nasal|spray|ointment|weaned|finished|stopped|for \d+ days)\b)/i,
  ],
  [
    'diabetes',
    /(?<!\b(?:pre|borderline|gestational)[\s-]?)\b(?:diabetes(?! insipidus)(?!\s+(?:screen\w*|test\w*|check\w*|excluded|ruled out|risk))(?: mellitus)?|diabetic|t[12]dm|dm ?(?:type )?[12]|iddm|niddm|type [12] diabetes|diet[- ]controlled (?:type 2|t2))\b/i,
  ],
  [
    'hypertension',
    /(?<!\b(?:pulmonary(?: arterial)?|portal|intracranial|ocular|white[- ]coat|pregnancy[- ]induced|gestational)\s)\b(?:hypertension|hypertensive|htn|high blood pressure|hypertonic disease)\b/i,
  ],
  [
    // A fracture or a ligament injury of the neck is a neck injury too (ART's massage item).
    'neck-injury',
    /\b(?:c[1-7]|odontoid|dens|peg|hangman\W?s|jefferson|cervical(?: spine| vertebra\w*)?|neck(?!\s+of\s+(?!(?:the\s+)?(?:dens|odontoid)\b)))\s+(?:[\w-]+\s+){0,2}?fractures?\b|\bfractured?\s+(?:of\s+)?(?:the\s+)?(?:c[1-7]|odontoid|dens|cervical spine|neck(?!\s+of\s+(?!(?:the\s+)?(?:dens|odontoid)\b)))\b|\bligament(?:ous)? (?:injury|tear|rupture|disruption)\b[^.;]{0,30}\b(?:c[1-7]|cervical|neck)\b/i,
  ],
  [
    'malignancy',
    /\bca\.?\s+(?:of\s+(?:the\s+)?)?(?:breast|lung|prostate|colon|bowel|rectum|ovary|pancreas|kidney|bladder|stomach|oesophagus|cervix|thyroid)\b|\b(?:breast|lung|prostate|colon|bowel|rectal|ovarian|pancreatic)\s+ca\b/i,
  ],
  [
    'thyroid-disease',
    /\b(?:hypo|hyper)thyroid\w*|\bthyroid (?:disease|disorder|dysfunction)\b|\bgraves\W?s? disease\b|\bhashimoto\w*|\bthyrotoxicosis\b|\b(?:thyroidectomy|levothyroxine|carbimazole)\b|\bthyroid (?:problems?|issues?)\b/i,
  ],
  [
    'smoking',
    /(?<!\b(?:former|ex|previous(?:ly)?(?: a)?|past|quit)[\s-]*)\b(?:current (?:every ?day |some ?day |daily |heavy |light )?(?:tobacco )?smoker|smokes (?:tobacco )?(?:daily|cigarettes)|(?:daily|heavy) smoker)\b|(?<!\b(?:non|ex|former|never|previous(?:ly)?(?: a)?|past|quit|stopped)\b[\s-]*(?:[\w/-]+\s+){0,3})\bsmoker\b(?!\s*[:-]?\s*(?:no|n|nil|none|never|ex)\b)(?![^.;]{0,30}\b(?:quit|stopped|gave up|until)\b)|\b\d+\s*(?:cig(?:arette)?s?)\s*(?:\/|a|per)\s*day\b/i,
  ],
];

/** The ptosis of Horner's signs: a drooping eyelid. */
export const PTOSIS_WORDS =
  /\b(?:ptosis|(?:eye)?lid (?:is |was )?droop\w*|droop\w* (?:of the )?(?:(?:r|l|right|left) )?(?:eye)?lid)\b/i;
/** A cancer said past in other words ("discharged from oncology 2017", "treatment completed 2019"). */
export const CANCER_PAST_WORDS =
  /\bdischarged from (?:oncology|(?:cancer |breast |oncology )?follow[- ]?up|the (?:breast|cancer|oncology) (?:clinic|team|service))\b|\b(?:treatment|chemo\w*|radiotherapy) (?:completed|finished)\b/i;
/** The miosis of Horner's signs: a small pupil on one side, unequal pupils. */
export const MIOSIS_WORDS =
  /\b(?:miosis|miotic|small(?:er)? (?:(?:r|l|rt|lt|right|left) )?pupil|(?:(?:r|l|rt|lt|right|left) )?pupil (?:looks |appears |seems )?(?:is )?small(?:er)?|anisocoria|unequal pupils|pupils? (?:are )?unequal)\b/i;
/** Symptom names a listed denial goes on over (and the words that join them). */
export const LIST_WORDS =
  /\b(?:and|or|nor|any|other|new|recent|left|right|l|r|lt|rt|arms?|legs?|hands?|face|feet|foot|fingers?|side|saddle|bladder|bowel|problems?|inflammatory|arthritis|(?:facial|face|limb|arm|leg|hand)s? (?:numbness|weakness|tingling)|drop attacks?|nausea|vomiting|tinnitus|weakness|ptosis|miosis|anisocoria|horner\W?s(?: syndrome)?|aphasia|dysphasia|visual (?:disturbances?|loss|changes?|symptoms|problems)|(?:neurological|neuro|focal) (?:symptoms|deficits?|signs)|red flags?|(?:head |neck )?(?:trauma|injury|injuries)|whiplash|loc|falls?|speech (?:disturbances?|difficult(?:y|ies))|(?:swallowing|speech|speaking) (?:problems|difficult(?:y|ies))|loss of balance|unsteadiness|photophobia|speech|swallowing|balance|vision|hearing|reported|noted|mentioned|described|elicited|documented|at present|currently)\b/gi;
