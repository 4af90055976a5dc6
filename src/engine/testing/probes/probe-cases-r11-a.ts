/** Reviewer probes, round 11 (part a): false alarms from rounds 9-10's general mechanisms (a semicolon before a side, acuity read anywhere in a clause, diffusion after an infarct, lines of values, tables, YES_AFTER, SAID_TO_EXIST, 'post-' in requests) and new vocabulary, with passing neighbours as guards. */
import { texts, type Probe } from './probe-model';

export const ROUND_11_A: readonly Probe[] = [
  ...texts(
    {
      round: 11,
      family:
        'r11 FA1 acuity of a neighbouring finding after "; <side>" (the semicolon that continues a line of values) dates an old infarct acute (false emergency)',
      rule: '§5 / §8: an infarct read without an acute reading -> stroke onset unknown (manipulation and collar-zone massage contraindicated); §9 acute imaging needs an acute reading of that infarct, so urgency none, back massage and exercise clear; reader-text.ts softBreakAfter() joins "; left ..." to the infarct\'s clause and acute() reads acuity words up to the clause end',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        atMost: { bm: 'clear', ex: 'clear', urg: 'none' },
      },
    },
    [
      'Old infarct in the right cerebellum; left maxillary sinus: acute sinusitis.',
      'Chronic lacunar infarct in the right thalamus; left parietal scalp haematoma, approx. 3 days old.',
      'Lacunar infarct in the right thalamus (chronic); left maxillary sinus - acute sinusitis.',
      'Old lacunar infarct in the right thalamus; right mastoiditis, not an old one.',
      'Lacunar infarct in the left thalamus, old; right frontal contusion, day three.',
      'Gliotic focus after an old infarct in the right cerebellum; left - sinusitis (acute).',
      'Old infarct in the left cerebellum; right ethmoid sinusitis, acute.',
      'Chronic infarct in the right cerebellum; left otitis media, 2 days old.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA1 acuity of a neighbouring finding after "; <side>" (the semicolon that continues a line of values) dates an old infarct acute (false emergency)',
      rule: '§5 / §8: an infarct read without an acute reading -> stroke onset unknown (manipulation and collar-zone massage contraindicated); §9 acute imaging needs an acute reading of that infarct, so urgency none, back massage and exercise clear; guard: the same texts with a full stop (passing)',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        atMost: { bm: 'clear', ex: 'clear', urg: 'none' },
      },
    },
    [
      'Old infarct in the right cerebellum. Left maxillary sinus: acute sinusitis.',
      'Chronic lacunar infarct in the right thalamus. Left parietal scalp haematoma, approx. 3 days old.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA2 acuity of another finding in the same clause (comma, [acute], day N, (new)) dates an old infarct acute (false emergency)',
      rule: '§5 / §8: an infarct read without an acute reading -> stroke onset unknown (manipulation and collar-zone massage contraindicated); §9 acute imaging needs an acute reading of that infarct, so urgency none, back massage and exercise clear; lexicon-en.ts acuteAfter is not anchored: it matches anywhere between the infarct and the next term or the clause end',
      study: ['msct', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        atMost: { bm: 'clear', ex: 'clear', urg: 'none' },
      },
    },
    [
      'Old lacunar infarct in the right thalamus, maxillary sinusitis [acute].',
      'Old lacunar infarct in the right thalamus, acute maxillary sinusitis.',
      'Old lacunar infarct of the left thalamus, day 3 after the fall (scalp bruise).',
      'Old infarct in the left cerebellum, scalp swelling (new).',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA3 an infarct\'s age said in days of any number ("200 days old", "at least 30 days old") read as acute (false emergency)',
      rule: '§5 / §8: an infarct read without an acute reading -> stroke onset unknown (manipulation and collar-zone massage contraindicated); §9 acute imaging needs an acute reading of that infarct, so urgency none, back massage and exercise clear; lexicon-en.ts acuteAfter ",? ~?\\d+[- ]days?[- ]old" has no upper bound and ignores "more than / at least"',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        atMost: { bm: 'clear', ex: 'clear', urg: 'none' },
      },
    },
    [
      'Lacunar infarct of the left thalamus, 200 days old.',
      'Lacunar infarct of the left thalamus, at least 30 days old.',
      'Lacunar infarct of the left thalamus, about 90 days old.',
      'Left cerebellar infarct, 365 days old.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA3 an infarct\'s age said in days of any number ("200 days old", "at least 30 days old") read as acute (false emergency) (judgement)',
      rule: '§5 / §8: an infarct read without an acute reading -> stroke onset unknown (manipulation and collar-zone massage contraindicated); §9 acute imaging needs an acute reading of that infarct, so urgency none, back massage and exercise clear; judgement: 15-42 days can be called subacute; the rules date only acute / subacute / fresh / recent readings',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        atMost: { bm: 'clear', ex: 'clear', urg: 'none' },
      },
    },
    ['Lacunar infarct of the left thalamus, more than 14 days old.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA4 a negated diffusion statement after an old infarct ("; DWI: restriction not detected") read as acute (false emergency)',
      rule: '§5 / §8: an infarct read without an acute reading -> stroke onset unknown (manipulation and collar-zone massage contraindicated); §9 acute imaging needs an acute reading of that infarct, so urgency none, back massage and exercise clear; reader-text.ts DWI_AFTER matches "dwi: restriction", "dwi+", "adc: low", "dwi: hyperintens" without looking at the negation that follows',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        atMost: { bm: 'clear', ex: 'clear', urg: 'none' },
      },
    },
    [
      'Old lacunar infarct in the right thalamus; DWI: restriction not detected.',
      'Old lacunar infarct in the right thalamus; DWI: restriction absent.',
      'Old lacunar infarct in the left thalamus; DWI+: no.',
      'Old lacunar infarct in the left thalamus; ADC: low signal absent.',
      'Old lacunar infarct in the left thalamus; DWI: hyperintensity absent.',
      'Old lacunar infarct in the left thalamus; DWI: restriction - no.',
      'Old lacunar infarct in the left thalamus. DWI: restriction not detected.',
      'Chronic infarct in the left cerebellum. DWI: hyperintense signal not seen.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA4 a negated diffusion statement after an old infarct ("; DWI: restriction not detected") read as acute (false emergency)',
      rule: '§5 / §8: an infarct read without an acute reading -> stroke onset unknown (manipulation and collar-zone massage contraindicated); §9 acute imaging needs an acute reading of that infarct, so urgency none, back massage and exercise clear; negation before the diffusion word: "; no DWI restriction" passed on c7300d6 and fails on 64d6100 (the new reading of what follows a semicolon), "; DWI - no restriction" passes',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        atMost: { bm: 'clear', ex: 'clear', urg: 'none' },
      },
    },
    [
      'Old lacunar infarct in the left thalamus; no DWI restriction.',
      'Old lacunar infarct in the left thalamus; DWI - no restriction.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA5 DWI hyperintensity of a named non-stroke lesion (sinus, epidermoid, cholesteatoma, abscess) read as an acute infarct (false emergency)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; lexicon-en-terms.ts stroke "(?:on )?dwi...hyperintens" and "dwi shows hyperintensity" exclude only shine-through (the low-ADC pattern already excludes sinus / abscess / cyst / epidermoid / cholesteatoma)',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'DWI: hyperintense signal in the left maxillary sinus (retention cyst).',
      'DWI: hyperintense lesion in the right CPA (epidermoid cyst).',
      'On DWI, hyperintensity of the cholesteatoma.',
      'DWI: high signal in the mastoid air cells (fluid).',
      'DWI - bright signal of the sphenoid sinus secretions.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA5 DWI hyperintensity of a named non-stroke lesion (sinus, epidermoid, cholesteatoma, abscess) read as an acute infarct (false emergency) (judgement)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; judgement: an abscess is an infection (read), not a stroke: infection contraindicates back and collar-zone massage but is no emergency',
      study: ['mri', 'head', '2026-11-15'],
      expect: { atMost: { urg: 'none', ex: 'clear' } },
    },
    ['DWI shows hyperintensity of the ring-enhancing lesion (abscess).'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA6 "new / acute / fresh hypodense lesion" of a structure outside the brain on head CT read as an acute infarct (false emergency)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; lexicon-en-terms.ts stroke "(?:acute|fresh|new) hypodens(?:e|ity)(?: areas?|focus|lesions?...)" names no brain place (the other hypodense pattern needs cerebellum / pons / ...)',
      kind: 'clear',
      study: ['msct', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'New hypodense lesion in the right parotid gland.',
      'New hypodense lesion in the left maxillary sinus.',
      'Acute hypodense area in the scalp soft tissues, left parietal.',
      'Fresh hypodense focus in the right parotid gland.',
      'New hypodensity of the left lens (cataract).',
      'New hypodense lesion in the C1 lateral mass (haemangioma).',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA6 "new / acute / fresh hypodense lesion" of a structure outside the brain on head CT read as an acute infarct (false emergency)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; guard: the same outside a head study (passing)',
      kind: 'clear',
      study: ['msct', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['New hypodense lesion in the left thyroid lobe.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA7 dissection vocabulary in normal wording: "wall stratification preserved", "two channels" (false emergency)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; lexicon-en-terms-vessel.ts dissection "wall stratification" (no VA needed, no negation of its own) and "(two|2) (lumens|lumina|channels)"',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Wall stratification is preserved.',
      'Normal wall stratification of the VAs.',
      'VA walls: stratification into layers preserved, IMT 0.8 mm.',
      'Differentiation of the wall into layers preserved; wall stratification normal.',
      'The examination was performed in two channels.',
      'Colour Doppler in two channels: B-mode and CDI.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA8 "changes in the form of X are not detected", "changes of the type of X": SAID_TO_EXIST undoes the negation (emergency for a dissection)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; report-reader.ts SAID_TO_EXIST "(?:changes?) (?:of|in) (?:the )?(?:[\\w-]+ ){0,3}$" takes "changes in the form of" as a change of a known finding',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Changes in the form of stenosis are not detected.',
      'Changes in the form of stenosis or occlusion are not detected.',
      'Atherosclerotic changes in the form of plaques are not detected.',
      'Pathological changes in the VA such as stenosis or occlusion are not detected.',
      'Local increase in velocity typical of stenosis: not detected.',
      'Changes in the form of occlusion are not revealed.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA8 "changes in the form of X are not detected", "changes of the type of X": SAID_TO_EXIST undoes the negation (emergency for a dissection)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; report-reader.ts SAID_TO_EXIST',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Changes of the type of dissection are not found.',
      'Changes in the form of dissection or intimal flap are not revealed.',
      'Changes of the vessel wall such as dissection are not detected.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA8 "changes in the form of X are not detected", "changes of the type of X": SAID_TO_EXIST undoes the negation (emergency for a dissection)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; report-reader.ts SAID_TO_EXIST',
      kind: 'clear',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'Degenerative changes in the form of uncovertebral arthrosis are not revealed.',
      'Changes in the form of uncovertebral arthrosis are not detected.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA9 form templates: "X yes/no: no", "X (Y/N): N", "X - Yes / No: No" (YES_AFTER and the value "y") (false emergency)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; report-reader.ts YES_AFTER allows "/" after "yes"; reader-scope.ts POSITIVE_VALUE reads the "Y" of "Y/N"',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Dissection yes/no: no.',
      'Dissection: yes/no — no.',
      'Dissection - Yes / No: No',
      'Stenosis (Y/N): N. Occlusion (Y/N): N. Dissection (Y/N): N.',
      'Stenosis: Y/N - N',
      'Stenosis yes/no: no. Occlusion yes/no: no.',
      'Stenosis: yes / no - no.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA9 form templates: "X yes/no: no", "X (Y/N): N", "X - Yes / No: No" (YES_AFTER and the value "y") (false emergency)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; guard (passing)',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['Dissection (yes/no): no.', 'Dissection yes or no: no.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA9 form templates: "X yes/no: no", "X (Y/N): N", "X - Yes / No: No" (YES_AFTER and the value "y") (false emergency) (judgement)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; judgement: an unfilled template line is no reading of the finding',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['Dissection? yes/no', 'Dissection: yes / no'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA10 a line of values "X: right no, left no" / "R. no" / "-" / "(-)" read as affirmed (emergency for an occlusion or dissection)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; reader-scope.ts positiveValueAfter / the post-negation triggers: a side followed by a bare "no" (without a dash) is not a negation; "-" and "(-)" after a term are no negation',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Occlusion: right no, left no.',
      'Occlusion: R no, L no.',
      'Occlusion: R. no, L. no.',
      'Occlusion - R. none, L. none.',
      'Occlusion: lt. no, rt. no.',
      'Stenosis: R. no, L. no.',
      'Stenosis -, occlusion -.',
      'Stenosis: -. Occlusion: -.',
      'Stenosis (-), occlusion (-), dissection (-).',
      'Rotation test: stenosis -, occlusion -, flow +.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA10 a line of values "X: right no, left no" / "R. no" / "-" / "(-)" read as affirmed (emergency for an occlusion or dissection)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; as above',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['Dissection: R. no, L. no.', 'Dissection: right no, left no.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA10 a line of values "X: right no, left no" / "R. no" / "-" / "(-)" read as affirmed (emergency for an occlusion or dissection)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; guard: with dashes (passing)',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['Occlusion: R. - no, L. - no.', 'Dissection: L. - no; R. - no.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA11 the line of values carried into the next sentence that starts with a side: a "V2 segment", "mild", "significant" there affirms the negated term',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; reader-scope.ts positiveValueAfter extends the line to the next sentence when it starts with a side, and POSITIVE_VALUE takes any "V2 segment" / "mild" / "significant" standing alone in a piece',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Dissection: absent. Right: V2 segment, IMT 0.9 mm.',
      'Stenosis: not detected. Left: course tortuous, mild.',
      'Stenosis: not detected. Right: tortuosity, mild.',
      'Haemodynamically significant stenosis: not detected. Right: S-shaped course, significant.',
      'Stenosis: absent. L - course tortuous, R - straight, moderate kinking excluded.',
      'Occlusion: not detected. Left: V1 segment, diameter 3.1 mm.',
      'Dissection: not detected. L. - V3 segment, loop.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA12 table rows whose label is flow or PSV with a qualifier after a comma or bracket ("Flow (retrograde)", "Flow, turbulent", "PSV, side difference (%)") read as no flow (false emergency)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; reader-tables.ts FLOW / PEAK accept any text after "," or "(" as a unit (UNIT = "(?:\\s*[,(].*)?"), so "Flow (retrograde) | no | no" is a row of no flow',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      '| Parameter | Right VA | Left VA |\n| PSV, cm/s | 45 | 42 |\n| Flow (retrograde) | no | no |',
      '| Parameter | Right VA | Left VA |\n| PSV, cm/s | 45 | 42 |\n| Flow, turbulent | no | no |',
      '| Parameter | Right VA | Left VA |\n| Flow | antegrade | antegrade |\n| Flow (reversal on rotation) | none | none |',
      '| Parameter | Right | Left |\n| PSV, cm/s | 45 | 42 |\n| PSV, side difference (%) | 0 | 0 |',
      '| Parameter | Right | Left |\n| PSV, cm/s | 45 | 42 |\n| PSV (change on head rotation, %) | 0 | 0 |',
      '| | Right | Left |\n| Flow (colour Doppler) defects | no | no |',
      '| | Right | Left |\n| Flow, abnormal | no | no |',
      '| | Right | Left |\n| Blood flow, disturbed | none | none |',
      '| Flow in V1 | antegrade | antegrade |\n| Flow in V2 | antegrade | antegrade |\n| Flow in V3 (on rotation: changes) | no | no |',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA13 table columns whose header is flow or PSV with a qualifier ("Flow (steal)", "PSV (asymmetry, %)") under side rows read as no flow (false emergency)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; reader-tables.ts: a side row label takes its column header through FLOW / PEAK, which accept any qualifier after "," or "("',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      '| Side | Flow | Flow (steal) |\n| Right | antegrade | no |\n| Left | antegrade | no |',
      '| Side | PSV, cm/s | PSV (asymmetry, %) |\n| Right | 45 | 0 |\n| Left | 42 | 0 |',
      '| VA | Flow, direction | Flow (reverse) |\n| Right | antegrade | no |\n| Left | antegrade | no |',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA13 table columns whose header is flow or PSV with a qualifier ("Flow (steal)", "PSV (asymmetry, %)") under side rows read as no flow (false emergency) (judgement)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; judgement: a row of PSV that names another artery in its own label (the column check covers only headers)',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['| PSV (ICA), cm/s | 80 | 0 |'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA14 a tab-separated key/value line read as a table row of no flow ("Flow<TAB>antegrade<TAB>Reversal<TAB>no") when the text holds a pipe anywhere',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; reader-tables.ts cells(): any line with two tabs is a row; its label "Flow" and a later cell "no" (of another key) make a row of no flow',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Report | Duplex scan of the neck vessels\nFlow\tantegrade\tReversal\tno\nStenosis\tnone\tKinking\tnone',
      'Duplex | VAs\nBlood flow\tantegrade\tsteal\tnone',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA15 "spasm" of muscles or hemifacial spasm read as VA narrowing (caution on manipulation)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; lexicon-en-terms-vessel.ts narrowing "(?:vaso|angio)?spasm": a bare "spasm" in a vessel study',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Clinically: spasm of the neck muscles. VAs: flow antegrade, no stenosis.',
      'Indication: neck pain with muscle spasm. VAs normal.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA15 "spasm" of muscles or hemifacial spasm read as VA narrowing (caution on manipulation)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; as above, an MR angiogram for hemifacial spasm',
      kind: 'clear',
      study: ['mra', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'Left hemifacial spasm. No neurovascular conflict. VAs and basilar artery normal.',
      'MRA for hemifacial spasm: vessels normal.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA16 Russian-English "atheroma" (a sebaceous cyst of the skin) read as VA atherosclerosis (manipulation contraindicated)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; lexicon-en-terms-vessel.ts atherosclerosis "atheroma(?:tous|tosis)?" in a vessel study: Russian "атерома" of the skin or soft tissues is a sebaceous cyst',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'In the soft tissues of the posterior neck, an atheroma 12 x 8 mm.',
      'Atheroma of the skin of the neck on the right, 10 mm.',
      'Subcutaneous atheroma of the occipital region, 15 mm. VAs: normal.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA17 "stroke" / "CVA" that is no stroke of the patient: risk, prophylaxis, a department, heat-stroke, CVA tenderness (collar-zone massage and manipulation contraindicated)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; lexicon-en-terms.ts STROKE: "risk of stroke", "stroke prophylaxis", "stroke medicine", "heat-stroke" (hyphen) are not excluded; CVA followed by ": no tenderness"',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Aspirin for stroke prophylaxis.',
      'Heat-stroke last summer. VAs normal.',
      'Low risk of stroke. VAs normal.',
      'Primary stroke prophylaxis: aspirin. No stenosis.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA17 "stroke" / "CVA" that is no stroke of the patient: risk, prophylaxis, a department, heat-stroke, CVA tenderness (collar-zone massage and manipulation contraindicated)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; as above',
      kind: 'clear',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    ['Referred from the stroke medicine department for neck pain. No fracture.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA17 "stroke" / "CVA" that is no stroke of the patient: risk, prophylaxis, a department, heat-stroke, CVA tenderness (collar-zone massage and manipulation contraindicated)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; as above',
      kind: 'clear',
      study: ['msct', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    ['CVA: no tenderness.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA17 "stroke" / "CVA" that is no stroke of the patient: risk, prophylaxis, a department, heat-stroke, CVA tenderness (collar-zone massage and manipulation contraindicated) (judgement)',
      rule: "FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; judgement: a referral for screening asks nothing of this patient's stroke",
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['Referred for stroke screening.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA18 "post-" inside a request answers it: "Rule out post-traumatic dissection" read as a dissection (emergency; the plain request reads uncertain, not-cleared)',
      rule: 'FS-7 / request lines (§8: a request asks, it reads nothing): upper bound = the output of the same request without "post-" (not-cleared, urgency none); reader-scope.ts ANSWERED "post(?=-)" (round 10: \'post-dissection\' is a fact) answers any request whose span holds a "post-" word',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        atMost: {
          manip: 'not-cleared',
          czm: 'not-cleared',
          bm: 'not-cleared',
          ex: 'not-cleared',
          urg: 'none',
        },
      },
    },
    [
      'Rule out post-traumatic dissection.',
      'Indication: rule out post-manipulation dissection.',
      'Indication: exclude post-surgical occlusion.',
      'To exclude post-traumatic VA dissection.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA18 "post-" inside a request answers it: "Rule out post-traumatic dissection" read as a dissection (emergency; the plain request reads uncertain, not-cleared)',
      rule: 'FS-7 / request lines: as above',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        atMost: {
          manip: 'not-cleared',
          czm: 'not-cleared',
          bm: 'not-cleared',
          ex: 'not-cleared',
          urg: 'none',
        },
      },
    },
    ['To exclude post-traumatic haemorrhage.', 'Rule out post-traumatic infarct.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA18 "post-" inside a request answers it: "Rule out post-traumatic dissection" read as a dissection (emergency; the plain request reads uncertain, not-cleared)',
      rule: 'FS-7 / request lines: guard without "post-" (passing)',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        atMost: {
          manip: 'not-cleared',
          czm: 'not-cleared',
          bm: 'not-cleared',
          ex: 'not-cleared',
          urg: 'none',
        },
      },
    },
    ['Rule out traumatic dissection.', 'Indication: exclude dissection.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA19 a column-header term in a table or a CRLF list of values read as affirmed ("Stenosis, %" over 0 cells; "Stenosis:\\r\\nright - no")',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; variant of known-open r10 FA3 (a row of 0 % stenosis) with CRLF line ends and semicolons; the clause reader reads the header term alone',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Flow:\r\nright - antegrade\r\nleft - antegrade\r\nStenosis:\r\nright - no\r\nleft - no',
      'PSV, cm/s: right 45; left 42\r\nStenosis: right 0; left 0',
      'Stenosis: right 0; left 0.',
      'Degree of stenosis: right 0; left 0.',
      'Stenoses of 0 percent.',
      '0 percent stenosis on both sides.',
      'Left VA: 0 % stenosis.',
      '| Vessel | Flow | Stenosis |\n| Right VA | antegrade | no |\n| Left VA | antegrade | no |',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA20 "post-dissection stenosis" under "no evidence of": the dissection word breaks the negation (caution)',
      rule: 'FS-7 (a negated reading adds nothing; text may raise, but only what it says); upper bound for a normal report: all four clear, urgency none, suspicion low; false alarm, not a safety miss; reader-scope.ts unjoinedTerms: "post-dissection stenosis" is two terms of different findings with nothing between them',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['No evidence of post-dissection stenosis.', 'No post-dissection stenosis or occlusion.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA21 (new in 64d6100) the age of another finding after a semicolon ("; scalp haematoma, 2-3 days old", "; headache 3 days ago") dates an old infarct acute (false emergency)',
      rule: '§5 / §8: an infarct read without an acute reading -> stroke onset unknown (manipulation and collar-zone massage contraindicated); §9 acute imaging needs an acute reading of that infarct, so urgency none, back massage and exercise clear; 64d6100 reads "the age of a term after a semicolon" (reader-text.ts acute() / DWI_AFTER) without checking that the age belongs to the infarct and not to the finding named after the semicolon',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        atMost: { bm: 'clear', ex: 'clear', urg: 'none' },
      },
    },
    [
      'Old infarct in the left cerebellum; scalp haematoma, 2-3 days old.',
      'Old infarct in the left cerebellum; sinusitis, approx. 3 days old.',
      'Chronic lacunar infarct in the right thalamus; the fall was 2 days ago.',
      'Chronic lacunar infarct in the left thalamus; headache 3 days ago.',
      'Old infarct in the left cerebellum; otitis media, day 2.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 FA21 (new in 64d6100) the age of another finding after a semicolon ("; scalp haematoma, 2-3 days old", "; headache 3 days ago") dates an old infarct acute (false emergency)',
      rule: '§5 / §8: an infarct read without an acute reading -> stroke onset unknown (manipulation and collar-zone massage contraindicated); §9 acute imaging needs an acute reading of that infarct, so urgency none, back massage and exercise clear; guard (passing)',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        atMost: { bm: 'clear', ex: 'clear', urg: 'none' },
      },
    },
    [
      'Old infarct in the left cerebellum; nasal bone fracture, 3 days old.',
      'Chronic lacunar infarct in the left thalamus; symptoms for 2 days.',
    ],
  ),
];
