/**
 * English terms of a stroke (infarct, haemorrhage, diffusion signs, basilar occlusion), in
 * the place of lexicon-en-terms.ts's list they had (see there for the order rule).
 */
import type { TermEntry } from './lexicon-en';

/**
 * "Stroke" the patient had, not a stroke service, a risk or another stroke ("stroke
 * prevention", "stroke unit", "code stroke", "breast stroke", "heat stroke").
 */
const STROKE =
  '(?<!\\b(?:breast|back|heat|sun|code|pen|brush|swim\\w*)[- ])(?<!\\b(?:risk|prevention|prophylaxis) (?:of|for|against) )strokes?(?! (?:volume|prevention|prophylaxis|risk|unit|clinic|team|protocol|service|nurse|physician|ward|cent(?:re|er)|pathway|scale|education|swimming|index|work-?up|mimic|alert|call|thrombolysis|screening|medicine|department|neurolog\\w*|rehab\\w*))';
/** Not a costovertebral angle ("CVA tenderness"). */
/** What makes a dense artery no clot: its wall, the blood, an artefact, a coil. */
const BENIGN =
  '(?:calcif\\w*|atheroscl\\w*|atherom\\w*|(?:high|raised|elevated|increased) (?:ha?ematocrit|hct)|(?:ha?ematocrit|hct) (?:of )?(?:[5-9]\\d|0[.,][5-9]|high|raised|elevated)|ha?emoconcentration|polycyth\\w*|dehydrat\\w*|beam[- ]hardening|artefact\\w*|artifact\\w*|coil\\w*|physiolog\\w*)';
/** Unless the report still weighs a clot ("calcification or thrombus?", "… cannot be excluded"). */
const NO_CLOT_WEIGHED =
  '(?![^.;\\n]{0,120}\\b(?<!\\b(?:no|not|not a|without|than|unlikely)\\s)(?:thromb\\w*|clot|occlu\\w*|suspicious|concerning)|[^\\n]{0,160}\\b(?:cannot be excluded|not excluded|to (?:exclude|rule out) (?:a )?(?:thromb\\w*|clot|occlusion)|(?:thromb\\w*|clot|occlusion) (?:must|should|needs? to|has to) be (?:excluded|ruled out)))';
/**
 * Not a dense artery the report puts down to its wall or the blood ("hyperdense basilar
 * artery, likely calcified", "… due to haemoconcentration", "(high Hct)", "- calcified",
 * "symmetric with the dural sinuses"), nor its wall, its lumen on CTA or an aneurysm, nor one
 * resolved or of an earlier study. Only said of it: "…, calcified carotid siphons", "both ICAs
 * are calcified" and "haematocrit 40 % - suspicious for thrombosis" leave it a clot.
 */
const NOT_CALCIFIED =
  `(?![^.;\\n]{0,60}?(?:\\b(?<!\\b(?:not|less)\\s(?:likely\\s)?)(?:likely|probably|possibly|presumably|in keeping with|consistent with|compatible with|suggestive of|representing|thought to be|due to|related to|secondary to|reflecting|attributable to|which is|which are|it is)\\s+(?:(?:a|an|the|previous|prior|vascular|mural|wall|atherosclerotic|dense|high|raised|elevated|increased|mild|to)\\s+)*${BENIGN}${NO_CLOT_WEIGHED}` +
  `|[(:\u2013\u2014-]\\s*(?:(?:likely|probably|atherosclerotic|mural|wall|high|raised)\\s+)*${BENIGN}${NO_CLOT_WEIGHED}` +
  `|,\\s*${BENIGN}(?=\\s*(?:[.;)\\n]|$))|\\bfrom (?:the )?(?:previous |prior )?coil|\\bsymmetric\\w* with (?:the )?(?:dural|venous)))` +
  `(?! (?:wall|aneurysm|lumen))(?![^.;\\n]{0,60}\\b(?:resolved|no longer|opacification|arterial phase|(?:unchanged from|also (?:present|seen) on|as on|(?<!\\bnot )(?:seen|noted|described|reported) (?:on|in)) (?:the )?(?:outside |previous |prior )?(?:ct|mri|study|scan) of (?:19|20)\\d\\d|not on (?:today|this|the current)))`;
/**
 * "Acute inf." that is an infection or the history: a brain infection in brackets
 * ("(cerebellitis)", "(rhombencephalitis, Listeria)"), the year or years ago it was, "now
 * chronic / gliosis", a question or doubt right after it ("? - not confirmed"). Not another
 * finding's words later ("small old infarct L occipital", "incidental sinusitis", "new vs
 * 03/2025", "haemorrhagic transformation? No").
 */
const NOT_INFECTION_OR_HISTORY =
  '(?!\\.?[^.;\\n]{0,60}(?:\\b(?<!\\b(?:compared (?:to|with)|since|new|than|vs\\.?) (?:the )?(?:\\w+ )?)(?:in|of) (?:19|20)\\d\\d\\b(?!\\s+(?:normal|unremarkable))|(?<![/.\\d])(?<!\\b(?:compared (?:to|with)|since|new|than|vs\\.?) (?:the )?(?:\\w+ )?)(?:19|20)\\d\\d\\s*(?:[.;]|$)|\\b(?:\\d+|a few|several) (?:years?|months) ago\\b|\\b(?:now|today) (?:a )?(?:chronic|gliosis|gliotic)\\b|\\bgliosis only\\b|\\((?:[^)]*\\s)?\\w*(?:encephal|cerebell|mening)itis|\\blisteria\\b|\\bvaricella\\b|\\binfect\\w*|\\bdemyelinat\\w*|\\babscess\\b|\\(old,? ?(?:19|20)\\d\\d))' +
  '(?!\\.?[^.;\\n?]{0,25}(?:\\?\\s*(?:[-\u2013\u2014]\\s*)?(?:no|not)\\b|\\?\\s*$|\\bnot confirmed\\b(?! on ct)))';
const CVA = 'cva(?!:? (?:(?:no|non-?) )?(?:tenderness|tender|angle|pain))';

export const STROKE_TERMS_EN: readonly TermEntry[] = [
  {
    // An acute infarct in any study: the brain's, or the cord's (both an emergency).
    finding: 'stroke',
    context: 'any',
    acute: true,
    patterns: [
      'acute (?:isch(?:a?e|a)mic )?infar[ck]t(?:ion|s)?',
      'acute (?:isch(?:a?e|a)mic )?(?:infact|infrct|infarc|infarts|infartc)',
      // "Acute inf. in the left cerebellum" (not "acute inf. MI", an inferior one, nor an
      // infection: "acute inf. of the sphenoid sinus"); its full stop ends no sentence.
      `(?<!\\bnon-)(?:(?:sub|hyper)?acute|ac\\.) (?:(?:isch(?:a?e|a)mic|isch\\.|embolic|lacunar) )?infr?s?${NOT_INFECTION_OR_HISTORY}(?=\\.?(?: ?[:\u2013\u2014-] ?| ?)(?:(?:seen|noted) )?(?:(?:in|of|within|involving) )?(?:the )?(?:territory of the )?(?:(?:left|right|lt|rt|l|r|both|bilateral) )?(?:(?:lateral|medial|paramedian|dorsal|ventral) )?(?:cerebell|pons|pontine|medull|brain ?stem|thalam|occipital|vermis|midbrain|(?:pica|aica|sca|pca)\\b))`,
      'acutely infarcted',
      // CT signs of an acute infarct; fresh blood.
      'early isch(?:a?e|a)mic changes?',
      'loss of (?:the )?grey[- ]white (?:matter )?differentiation',
      `(?<!\\bcalcified )hyperdense (?:basilar|middle cerebral|mca|pca|posterior cerebral) artery(?: sign)?${NOT_CALCIFIED}`,
      // "Hyperdensity of the basilar artery, suspicious for thrombosis" (negatable, unlike the
      // basilar entry below: "No hyperdensity of the basilar artery").
      `(?<!\\b(?:calcified|previously (?:described|noted|seen|reported)) )(?:hyperdensity|hyperattenuation|high density|hyperdense appearance)(?: (?:of|in|within|along) (?:the )?(?:(?:distal|proximal|mid|upper|lower)(?: (?:third|half|part|portion|segment))? (?:of (?:the )?)?|top of (?:the )?)?(?:mid-?)?(?:basilar(?: artery| tip| apex)?|ba\\b))${NOT_CALCIFIED}`,
      `(?<!\\bcalcified )(?:hyperdense|hyperattenuating) (?:ba\\b|basilar (?:artery|tip|apex))${NOT_CALCIFIED}`,
      '(?:fresh|hyperacute|acute) (?:blood|bleed(?:ing)?|ha?ematoma)',
      // "Right PCA territory infarction, early subacute."
      'infar[ck]t(?:ion|s)?,? (?:early|late) (?:hyper|sub)?acute',
      // "Ischemic changes in the left cerebellum, acute." (ischaemic changes alone are not)
      'isch(?:a?e|a)mic changes(?: (?:in|of) (?:the )?(?:[a-z-]+ ){0,4}?[a-z-]+)?,? (?:(?:hyper|sub)?acute|fresh|recent)\\b',
    ],
  },
  {
    // A basilar artery blocked: acute brainstem ischaemia in any study (not a vertebral-artery
    // finding; the rules name no basilar one, so it is read as the acute stroke it threatens).
    finding: 'stroke',
    context: 'any',
    negatable: false,
    absorbsTriggers: true,
    acute: true,
    patterns: [
      'basilar (?:artery |tip )?(?:occlusions?|thrombosis|thrombus|embolism)',
      '(?:occlusion|thrombosis|thrombus|embolism) (?:of|in) (?:the )?basilar (?:artery|tip)',
      '(?:occluded|thrombosed) basilar (?:artery|tip)',
      'basilar (?:artery|tip) (?:is |appears )?(?:hyper)?dense',
      'basilar (?:artery|tip) (?:is |was )?(?:not (?:opacified|visuali[sz]ed|filled|enhanced|seen)|occluded|thrombosed)',
      'no flow in the basilar (?:artery|tip)',
      'top of the basilar syndrome',
      'non-?filling of (?:the )?basilar(?: artery| tip)?',
      '(?:top of the )?basilar(?: artery| tip)?:? ?(?:[-\u2013\u2014] ?)?no (?:flow|filling|opacification)',
      'dense basilar(?: artery)?(?: sign)?',
      // The posterior inferior cerebellar artery blocked: a cerebellar stroke.
      '(?:(?:left|right) )?pica (?:artery )?(?:occlusion|thrombosis|thrombus)',
      '(?:occlusion|thrombosis) of (?:the )?(?:(?:left|right) )?pica',
      'pica (?:is |was )?(?:not (?:opacified|filled|visuali[sz]ed)|occluded|thrombosed)',
    ],
  },
  {
    // A stroke named as such in any study ("PMH: CVA", "Known previous stroke" in a
    // cervical-spine report's history): the rules read any infarct as a stroke.
    finding: 'stroke',
    context: 'any',
    patterns: [
      `(?:ischa?emic |ha?emorrhagic |brain ?stem |cerebellar |posterior circulation |vertebrobasilar |pica |pontine |thalamic )?${STROKE}`,
      CVA,
      'cerebrovascular accident',
      // A spinal cord infarct: a stroke of the cord (read as a stroke, fail-safe); a lacunar
      // infarct named in any study.
      '(?:spinal )?cord infar[ck]t(?:ion|s)?',
      '(?:infar[ck]t(?:ion)?|ischa?emia) of the (?:spinal )?cord',
      '(?:spinal )?cord ischa?emia',
      'lacunar (?:infar[ck]t(?:ion|s)?|strokes?)',
      // "s/p left PICA infarct": the infarct alone (an acute term starting there comes first).
      'infar[ck]t(?:ion|s)?(?<=\\b(?:pica|aica|sca|pca|cerebellar|brain ?stem|pontine|thalamic|occipital|medullary|posterior circulation|vertebrobasilar) (?:territory )?infar[ck]t(?:ion|s)?)',
    ],
  },
  // Stroke (head studies, or a sentence naming the brain). Haemorrhage is a stroke.
  {
    finding: 'stroke',
    context: 'head',
    patterns: [
      'infar[ck]ts?',
      'infar[ck]tion',
      'infarcted',
      `(?:ischa?emic |ha?emorrhagic )?${STROKE}`,
      '(?:ischa?emic|ha?emorrhagic|cerebral|vascular) insults?',
      CVA,
      'cerebrovascular accident',
      'ischa?emic (?:lesions?|focus|foci|areas?|injury)',
      'ischa?emia',
      'post-?ischa?emic (?:cystic[- ]glial |glial[- ]cystic |cystic |glial )?(?:changes?|lesions?|gliosis|defects?|cysts?|focus|foci)',
      'post-?infarct(?:ion)? (?:changes?|gliosis|defects?|cysts?)',
      'encephalomalacia',
      // "Focal lesion … (ischaemic genesis)": Russian-English for an ischaemic focus.
      '(?:lesions?|focus|foci|changes?) of (?:an? )?isch(?:a?e|a)mic (?:genesis|origin|nature)',
      'isch(?:a?e|a)mic (?:genesis|origin|nature)',
      // Emboli in the brain are embolic infarcts.
      'emboli(?! detection)',
      'embolic (?:infar[ck]ts?|lesions?|strokes?|events?|showers?|foci)',
      // A lateral medullary (Wallenberg) syndrome is a brainstem infarct.
      "wallenberg(?:'?s)? syndrome",
      'lateral medullary (?:syndrome|infar[ck]t(?:ion)?)',
      // Oxford (Bamford) stroke classes.
      'poci',
      'laci',
      'paci',
      'taci',
      'gliosis of vascular (?:genesis|origin)',
      'infract(?:ion|s)?',
      'infacrt',
      'infartc',
      'infrct',
      'infarts',
      'infarc',
      'post-?stroke (?:changes?|gliosis|cysts?|defects?|lesions?|encephalomalacia)',
      'malacic (?:changes?|foci|focus|areas?|lesions?)',
      'malacia',
      'isch(?:a?e|a)mic in (?:nature|origin|genesis)',
      // CT: a hypodense area in the posterior fossa or brainstem said acute ("Hypodense area in
      // the left cerebellum, acute"); without it a hedge after it decides.
      'hypodens(?:e|ity)(?: (?:areas?|focus|foci|lesions?|zones?))? (?:in|of|within) (?:the )?(?:(?:left|right) )?(?:cerebell\\w*|pons|pontine|medulla|brain ?stem|thalam\\w*|occipital lobe)(?: hemisphere)?(?=(?:,| -| \\(|:)? ?(?:(?:hyper|sub)?acute|fresh|recent)\\b)',
      '(?:(?:left|right) )?(?:cerebellar|pontine|thalamic|brain ?stem|medullary) hypodensity',
      // ("Newly appeared hypodense area in …" is the acute entry's: new is acute, §9.)
      '(?:newly) hypodense (?:(?:areas?|focus|foci|lesions?|zones?) (?:in|of) (?:the )?)?(?:(?:left|right) )?(?:cerebell\\w*|pons|pontine|medulla|brain ?stem|thalam\\w*|occipital lobe)',
      // "Left cerebellar lesion, likely ischaemic", "lesion: ischaemic vs demyelinating": the
      // adjective alone after its noun (a hedge before it makes it uncertain).
      '(?<!\\bnon-?)(?<!\\b(?:non|not|than) )isch(?:a?e|a)mic(?=\\s*(?:[.,;)\\n]|$)| (?:vs\\.?|versus|or)\\b)',
      '(?:subdural|epidural|extradural) ha?ematomas?',
      'sdh',
      'ich',
    ],
  },
  {
    finding: 'stroke',
    context: 'head',
    negatable: false,
    acute: true,
    patterns: [
      '(?:dwi|diffusion)(?:[- ]|: ?)(?:positive|bright|hyperintense) (?:lesions?|foci|focus|areas?)',
      // "DWI-hyperintense, ADC-hypointense lesion", "diffusion-restricting lesion"
      '(?:dwi|diffusion)[- ](?:positive|bright|hyperintense),? (?:and |with )?(?:adc[- ](?:hypointense|dark|low)|low adc) (?:lesions?|foci|focus|areas?)',
      'diffusion[- ]restricting (?:lesions?|foci|focus|areas?)',
      '(?:restricts|restricting) diffusion',
      // An acute cerebrovascular accident; a subarachnoid haemorrhage on imaging is fresh.
      'acva',
      'acute cerebrovascular (?:accident|event|incident|episode)',
      // CT: an infarct described, not named ("Acute hypodense area in the left cerebellum").
      // In the brain ("new hypodense lesion in the parotid gland" is not).
      // "Acutely hypodense left cerebellum", "newly appeared hypodense focus in the left cerebellum"
      '(?:acutely|newly appeared|newly developed) hypodense (?:(?:areas?|focus|foci|lesions?|zones?) (?:in|of) (?:the )?)?(?:(?:left|right) )?(?:cerebell\\w*|pons|pontine|medulla|brain ?stem|thalam\\w*|occipital lobe)',
      '(?:acute|fresh|new) hypodens(?:e|ity)(?: (?:areas?|focus|foci|lesions?|zones?))?(?= (?:in|of|within) (?:the )?(?:(?:left|right|both) )?(?:cerebell|pons|pontine|medull|brain|thalam|occipital|parietal|frontal|temporal|hemispher|basal ganglia|cerebr|white matter|internal capsule|vermis|posterior fossa|corona radiata|centrum semiovale|(?:occipital|parietal|frontal|temporal) lobe))',
      'acve',
      'acute cve',
      // Diffusion in a layout: "On DWI, hyperintensity", "DWI (b-1000): hyperintense focus",
      // "DWI - bright lesion", "Left cerebellum: DWI+, ADC-", "ADC map: hypointense focus".
      '(?:on )?dwi(?: ?\\(?b[- =]?\\d+\\)?)?(?::|,| ?[-\u2013\u2014])? ?(?:an? )?(?:focal )?(?:hyperintens(?:e|ity)|bright|high[- ]signal)(?: (?:focus|foci|lesions?|areas?|signal))?(?![^.\\n]*\\b(?:shine-?through|high adc|no (?:true |real )?(?:diffusion )?restriction))',
      'dwi ?(?:\\+|positive)',
      'adc(?: map)?:? ?(?:[-\u2013\u2014] ?)?(?:low|reduced|decreased|hypointens(?:e|ity)|dark)(?![^.\\n]{0,40}\\b(?:sinus|secretions?|abscess|cyst|tumou?r|lymphoma|cholesteatoma|epidermoid|mastoid))',
      '(?:decreased|reduced) diffusion',
      'diffusion[- ]restricting',
      'diffusion ?(?::|[-\u2013\u2014]) ?restrict(?:ed|ion)(?! (?:not|absent))',
      // "DWI & ADC: restricted", "DWI-ADC: restricted", "DWI: restricted - left cerebellum",
      // "DWI: a focus of restriction in", "DWI : bright lesion", "Restricted on DWI/ADC"
      'dwi(?: ?(?:&|and|/|-) ?adc)? ?: ?(?:[-\u2013\u2014] ?)?restrict(?:ed|ion)(?! (?:not|absent))',
      'dwi ?: ?(?:[-\u2013\u2014] ?)?(?:an? )?(?:focus|foci|areas?|lesions?) of restriction',
      'dwi ?: ?(?:[-\u2013\u2014] ?)?(?:an? )?(?:bright|hyperintense) (?:lesions?|focus|foci|areas?)',
      'restricted on dwi(?: ?/ ?adc)?',
      // "DWI:" as a label: "DWI: restriction in the left PICA territory", "DWI: positive in",
      // "DWI: left cerebellar hemisphere - restricted"
      'dwi: ?(?:restriction|restricted|positive|hyperintens\\w*|bright)(?= (?:in|of|within|at)\\b)',
      'dwi: ?(?:(?:left|right) )?[a-z]+(?: [a-z]+){0,3} ?[-\u2013\u2014] ?restricted',
      'dwi ?/ ?adc ?(?::|[-\u2013\u2014])? ?(?:restricted|restriction)',
      // Diffusion described in a sentence: "DWI shows hyperintensity", "Diffusion-weighted
      // imaging shows a hyperintense lesion", "DWI b=1000 hyperintensity", "DWI+ lesion",
      // "Low ADC in the left cerebellar hemisphere".
      '(?:dwi|diffusion[- ]weighted(?: imaging| images?| sequences?)?) (?:shows?|showed|demonstrates?|demonstrated|reveals?|revealed|depicts?)(?: an?)? (?:focal )?(?:hyperintens(?:e|ity)|high signal|bright|restrict\\w*)(?![^.\\n]*\\b(?:shine-?through|high adc|no (?:true |real )?(?:diffusion )?restriction|facilitated diffusion))',
      'dwi (?:\\(?b ?= ?\\d+\\)? )?hyperintens(?:e|ity)',
      'dwi ?\\+ ?(?:lesions?|foci|focus|areas?|changes?)',
      '(?:low|reduced|decreased) adc(?: values?| signal)?(?![^.\\n]{0,40}\\b(?:sinus|secretions?|abscess|cyst|tumou?r|lymphoma|cholesteatoma|epidermoid|mastoid))',
      'acute isch(?:a?e|a)mic changes',
      'recent isch(?:a?e|a)mic events?',
      'bright on dwi',
      'diffusion-?weighted hyperintens(?:e|ity)',
      'acute (?:cerebral circulation (?:disorder|disturbance)|violation of (?:the )?cerebral circulation)',
      'acute (?:disturbance|disorder|impairment) of (?:the )?cerebral circulation',
      '(?:restricted diffusion|diffusion restriction|restriction of diffusion)',
      '(?:reduced|restricted) diffusivity',
      'high (?:signal|intensity) on dwi(?: (?:and|with) (?:reduced|low) adc(?: values?)?)?',
      'hyperintens(?:e|ity) on dwi',
      'dwi hyperintens(?:e|ity)',
      'cytotoxic o?edema',
      'sah',
      'subarachnoid ha?emorrhage',
      'subarachnoid blood',
      '(?:focus|foci|areas?|lesions?) (?:of|with) (?:restricted diffusion|diffusion restriction)',
    ],
  },
  {
    finding: 'stroke',
    context: 'head',
    negatable: false,
    patterns: [
      'lacun(?:ar|es?)(?: (?:infarcts?|lesions?|strokes?|foci))?',
      'ha?emorrhag(?:e|es|ic (?:lesions?|focus|foci|transformation))',
      'bleed(?:s|ing)?',
      // Blood in the brain's spaces on CT ("Blood in the fourth ventricle").
      '(?:intraventricular|subarachnoid|intracerebral|intraparenchymal|parenchymal|cisternal) blood',
      '(?:(?:the )?(?:(?:left|right|third|fourth|3rd|4-?th|iii|iv|lateral|both) ){0,2}(?:ventricles?|cisterns?) contains? blood)',
      'blood (?:is |was )?(?:seen |present |noted |visible |demonstrated )?(?:in|within) (?:the )?(?:(?:left|right|third|fourth|3rd|4-?th|iii|iv|lateral|both) ){0,2}(?:ventricles?|(?:prepontine|ambient|quadrigeminal|basal|suprasellar|perimesencephalic|cerebellopontine|cerebellomedullary) cisterns?|cisterns?|sulci|subarachnoid space)',
      '(?:intracerebral|intraparenchymal|parenchymal|cerebellar) ha?ematomas?',
      // A haematoma in the brain ("Haematoma in the right cerebellum"), not a scalp one.
      '(?<!\\b(?:scalp|subgaleal|soft[- ]tissue|periorbital|orbital|subcutaneous|mural|intramural|cephal) )ha?ematomas? (?:in|of|within|involving) (?:the )?(?:(?:left|right|lt|rt|l\\.?|r\\.?) )?(?:cerebell\\w*|cerebr\\w*|brain\\w*|pons|pontine|thalam\\w*|(?:cerebral |cerebellar )?hemispheres?|basal ganglia|posterior fossa|(?:frontal|parietal|temporal|occipital) lobes?|medulla|midbrain|vermis|putamen|caudate|internal capsule)',
    ],
  },
];
