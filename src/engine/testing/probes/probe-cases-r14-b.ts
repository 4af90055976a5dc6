/** Reviewer probes, round 14 (part b): false alarms. a861c24's guards tried against normal reports ("- not detected on either side", "- none (R/L)", "no waveform of concern", total / complete / full next to a negation), and a sweep of 81 complete normal reports in other styles (long structured templates with many " - not detected" lines, mixed-language headings, dictated prose), each with the rules' upper bound: all four clear, urgency none, suspicion low (FS-7) */
import { texts, type Probe } from './probe-model';

export const ROUND_14_B: readonly Probe[] = [
  ...texts(
    {
      round: 14,
      family:
        'r14 FA1 "X - not detected" with a side, level, place or view after the negation ("- not detected on either side", "- not detected bilaterally", "- not detected at any level", "- not detected anywhere") affirms X: a861c24\'s aloneInClause lets only a bare negation reach back (false emergency / contraindication) (a regression of a861c24: read right on b492d6d)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Stenosis - not detected on either side.',
      'Stenosis - not detected bilaterally.',
      'Stenosis - not detected on both sides.',
      'Occlusion - not detected on either side.',
      'Occlusion - not detected bilaterally.',
      'Stenosis - absent on both sides.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 FA1 "X - not detected" with a side, level, place or view after the negation ("- not detected on either side", "- not detected bilaterally", "- not detected at any level", "- not detected anywhere") affirms X: a861c24\'s aloneInClause lets only a bare negation reach back (false emergency / contraindication) (a regression of a861c24: read right on b492d6d)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Dissection - not detected on either side.',
      'Dissection - not detected in either VA.',
      'Dissection - not detected (both VAs).',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 FA1 "X - not detected" with a side, level, place or view after the negation ("- not detected on either side", "- not detected bilaterally", "- not detected at any level", "- not detected anywhere") affirms X: a861c24\'s aloneInClause lets only a bare negation reach back (false emergency / contraindication) (a regression of a861c24: read right on b492d6d)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'Uncovertebral arthrosis - not detected at any level.',
      'Nerve root compression - not detected at any level.',
      'Cord compression - not detected at any level.',
      'Disc herniation - not detected at any level.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 FA1 "X - not detected" with a side, level, place or view after the negation ("- not detected on either side", "- not detected bilaterally", "- not detected at any level", "- not detected anywhere") affirms X: a861c24\'s aloneInClause lets only a bare negation reach back (false emergency / contraindication) (a regression of a861c24: read right on b492d6d)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    ['Instability - not detected on functional views.', 'Fracture - not detected on either view.'],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 FA1 "X - not detected" with a side, level, place or view after the negation ("- not detected on either side", "- not detected bilaterally", "- not detected at any level", "- not detected anywhere") affirms X: a861c24\'s aloneInClause lets only a bare negation reach back (false emergency / contraindication) (a regression of a861c24: read right on b492d6d)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['msct', 'head', '2026-11-15'],
      expect: {},
    },
    ['Haemorrhage - not detected anywhere.'],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 FA1 (judgement) "X - not detected on DWI / in the posterior fossa": the study\'s own sequence or region after the negation; a861c24 affirms X (an acute infarct then raises the emergency). Judgement because "- not seen on CT" (another study) must stay affirmed',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss; judgement: the current sequence vs another study',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'Acute infarct - not detected on DWI.',
      'Restricted diffusion - not detected on DWI.',
      'Infarct - not detected in the posterior fossa.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 FA2 "none (R/L)" after a dash ("Stenosis - none (R/L)") is not taken as none, only after a colon (a861c24 fixed "Occlusion: none (R/L)") (false emergency)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Stenosis - none (R/L). Occlusion - none (R/L).',
      'Stenosis - none (R/L).',
      'Occlusion - none (R/L).',
      'Flow direction - antegrade (R/L).\nOcclusion - none (R/L).',
      'RI 0.68/0.67.\nOcclusion - none (R/L).',
      'Stenosis - none on either side.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 FA3 the new "no waveform" pattern (a861c24) takes "no waveform(s) of concern / of stenosis / in the veins" as absent VA flow (false emergency)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'No waveform of concern in the vertebral arteries.',
      'No waveforms of stenosis in either VA.',
      'Vertebral arteries: normal triphasic waveforms. No waveforms in the vertebral veins.',
      'Vertebral arteries: antegrade flow, no waveform abnormality.',
      'Vertebral arteries: antegrade flow; no waveform dampening.',
      'Vertebral arteries: antegrade flow. No flat waveform.',
      'VA: normal spectral waveforms, no waveform of subclavian steal.',
      'Flat diastolic waveform is not seen.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 FA4 "Atherosclerotic / Atheromatous plaques - none": the adjective read as atherosclerosis of its own (near r12\'s open "Atherosclerotic plaques - not detected")',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Atherosclerotic plaques: none.',
      'Atheromatous plaques - not detected.',
      'Atherosclerotic plaques in the VA - not detected.',
      'Atherosclerotic changes - not detected.',
      'Signs of atherosclerosis - not detected.',
      'Plaques - not detected.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 FA5 total / complete / full as positive values (a861c24) next to a negated label: "complete study", "full patency", "total diameter" (holds)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Occlusion: none. Examination complete.',
      'Occlusion: none, examination complete.',
      'Occlusion: none, complete study.',
      'Occlusion - no, full patency.',
      'Stenosis: none, full patency of both VAs.',
      'Dissection: none, complete visualisation of both VAs.',
      'VA stenosis: none, total diameter 3.5 mm.',
      'Occlusion: none, total length visualised.',
      'VA occlusion: none; visualisation: complete.',
      'VA occlusion: none, visualisation complete.',
      'Stenosis: none (R/L), full colour filling.',
      'Stenosis: none, complete colour filling on both sides.',
      'VA stenosis: none, total flow volume 180 ml/min.',
      'VA occlusion: none, full lumen.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 N a sweep of complete normal reports in other styles (long structured templates with many " - not detected" lines, mixed-language headings, dictated prose "no ... no ... no", UK / US / Australian / teleradiology wording)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'DUPLEX SCAN OF BRACHIOCEPHALIC ARTERIES\nCCA: course - straight; IMT - 0.8 mm; plaques - not detected.\nICA: course - straight; stenosis - not detected; plaques - not detected.\nVA: course - straight in V1-V2; diameter - 3.6 mm (R), 3.4 mm (L); entry - C6 on both sides.\nVA flow - antegrade on both sides; PSV - 45 / 42 cm/s.\nStenosis - not detected. Occlusion - not detected. Dissection - not detected.\nConclusion: no haemodynamically significant changes.',
      'Extracranial duplex.\nVertebral arteries:\n- diameter: right 3.5 mm, left 3.7 mm\n- course: rectilinear\n- flow: antegrade, laminar\n- stenosis - not detected\n- occlusion - not detected\n- intimal flap - not detected\n- intramural haematoma - not detected\nConclusion: vertebral arteries without pathology.',
      'VA (R/L): diameter 3.4/3.6 mm; PSV 44/47 cm/s; EDV 14/15 cm/s; RI 0.68/0.67.\nFlow direction - antegrade (R/L).\nStenosis - none (R/L). Occlusion - none (R/L). Kinking - not detected.\nIMPRESSION: normal vertebral arteries.',
      'Brachiocephalic arteries, duplex.\nIntima-media complex - not thickened.\nAtherosclerotic plaques - not detected.\nHaemodynamically significant stenoses - not detected.\nVertebral arteries - patent, flow antegrade, velocities within normal limits.\nSubclavian steal - not detected.\nPathological tortuosity - not detected.\nConclusion: normal study.',
      'Right VA: V1 - antegrade, V2 - antegrade, PSV 48 cm/s.\nLeft VA: V1 - antegrade, V2 - antegrade, PSV 44 cm/s.\nReverse flow - not detected.\nTurbulence - not detected.\nStenosis - not detected on either side.\nConclusion: normal vertebral artery flow.',
      'VERTEBRAL ARTERIES\nEntry into the canal of the transverse processes: C6 (R), C6 (L).\nDiameter: 3.5 mm / 3.6 mm.\nCourse in V2: straight, no extravasal compression.\nLBFV: 42 / 45 cm/s.\nAsymmetry of flow - not detected.\nSigns of dissection - not detected.\nConclusion: no pathology of the vertebral arteries.',
      'Ultrasound of neck vessels.\nCCA, ICA, ECA: walls not thickened, lumen free, no plaques.\nVA: both visualised along V1-V3, diameters symmetrical (3.5 mm), flow antegrade, spectrum normal.\nNo stenosis. No occlusion. No dissection. No hypoplasia.\nConclusion: Doppler picture within normal limits.',
      'Neck vessel duplex, standard protocol.\nPlaques: none.\nStenosis: none.\nVA flow: antegrade (R/L).\nVA diameter: 3.6 / 3.5 mm.\nSteal phenomenon: absent.\nVenous outflow: not impaired.\nSummary: normal.',
      'Findings\n1. Common carotid arteries - normal.\n2. Internal carotid arteries - normal, no stenosis.\n3. Vertebral arteries - normal calibre, antegrade flow bilaterally.\n4. Subclavian arteries - triphasic flow, no stenosis.\nImpression: no abnormality detected.',
      'VA: right - antegrade, left - antegrade.\nPSV: right - 46 cm/s, left - 43 cm/s.\nRI: right - 0.66, left - 0.68.\nStenosis: right - none, left - none.\nOcclusion: right - none, left - none.\nConclusion: normal.',
      'Color duplex of the vertebral arteries.\nBoth VAs are visualised throughout V1-V3 with normal colour filling.\nSpectral waveforms are normal and antegrade bilaterally.\nNo flow acceleration, no turbulence, no reversal.\nImpression: normal vertebral arteries.',
      'Carotid and vertebral duplex (SRU criteria).\nRight ICA: PSV 72 cm/s, EDV 24 cm/s, ICA/CCA ratio 1.1: <50% stenosis category (no plaque).\nLeft ICA: PSV 68 cm/s, EDV 22 cm/s: no stenosis.\nVertebrals: antegrade bilaterally, normal waveforms.\nImpression: no haemodynamically significant stenosis.',
      'Befund / Findings: Vertebral arteries bilaterally antegrade, normal calibre, no stenosis.\nBeurteilung / Impression: Normal duplex of the neck vessels.',
      'Hallazgos / Findings: vertebral arteries patent with antegrade flow; no stenosis, no occlusion.\nConclusión / Conclusion: normal study.',
      'Описание / Description: vertebral arteries - antegrade flow, diameter 3.5 mm on both sides, stenosis - not detected.\nЗаключение / Conclusion: normal.',
      'Constatations / Findings: normal vertebral arteries, flow antegrade, no dissection.\nConclusion: examen normal / normal examination.',
      'Reperto / Findings: arterie vertebrali pervie / vertebral arteries patent, antegrade flow.\nConclusione / Conclusion: normal study.',
      'Indication: dizziness. Technique: duplex. Findings: Both vertebral arteries demonstrate antegrade flow with normal spectral waveforms. No evidence of stenosis, occlusion or dissection. Impression: Normal vertebral artery duplex.',
      'Wet read: VAs antegrade b/l, no stenosis. Final: normal.',
      'Vertebral arteries: antegrade flow bilaterally. Waveforms: normal low-resistance. Subclavian steal: none. Comment: normal.',
      'Both vertebral arteries were insonated in V1 and V2. Flow is antegrade with normal velocities. There is no evidence of flow reversal or damping. No occlusion was identified. Conclusion: normal.',
      'Left and right VAs: normal flow. No stenosis was seen. No occlusion was seen. No dissection was seen. Nothing abnormal detected.',
      'VA: R - antegrade, L - antegrade. Stenosis: R - no, L - no. Conclusion: normal.',
      'Flow direction: D - antegrade, S - antegrade. Stenosis: D - no, S - no. Conclusion: normal.',
      'Flow direction (R/L): antegrade/antegrade. PSV (R/L): 45/47 cm/s. Stenosis (R/L): no/no. Conclusion: normal.',
      'Vertebral arteries: flow antegrade on both sides, PSV right 44 cm/s, left 46 cm/s; occlusion - none; dissection - none. Normal study.',
      'Vertebral arteries - normal waveforms; no waveform dampening; no flat waveform; no reversed flow. Normal.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 N a sweep of complete normal reports in other styles (long structured templates with many " - not detected" lines, mixed-language headings, dictated prose "no ... no ... no", UK / US / Australian / teleradiology wording)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'Befund / Findings: Normal alignment. No disc herniation. Spinal cord normal. No foraminal stenosis.\nBeurteilung / Impression: Normal MRI of the cervical spine.',
      'Описание / Description: lordosis preserved, vertebral bodies of normal height, discs of normal signal, no protrusions, spinal cord of normal signal.\nЗаключение / Conclusion: no pathological changes.',
      'Hallazgos / Findings: cervical lordosis preserved; no disc herniation; cord normal; neural foramina patent.\nImpresión / Impression: normal cervical spine MRI.',
      'No disc herniation, no cord compression, no nerve root compression, no myelopathy, no fracture, no marrow oedema, no mass. Normal alignment. Impression: normal MRI of the cervical spine.',
      'MRI C-spine: no stenosis, no foraminal narrowing, no cord signal change, no ligamentous injury, no prevertebral oedema, no epidural collection. Normal.',
      'The cervical cord is of normal calibre and signal. There is no disc protrusion at any level. There is no foraminal stenosis. There is no abnormal enhancement. Vertebral artery flow voids are preserved. Impression: normal.',
      'MRI CERVICAL SPINE\nAlignment - preserved.\nVertebral bodies - normal height and signal.\nFractures - not detected.\nDisc herniations - not detected.\nSpinal canal stenosis - not detected.\nCord compression - not detected.\nCord signal change - not detected.\nForaminal stenosis - not detected.\nConclusion: no pathology.',
      'C2-C3 - without features. C3-C4 - without features. C4-C5 - without features. C5-C6 - without features. C6-C7 - without features. Cord - normal. Conclusion: normal cervical spine.',
      'Levels C2-C7:\n- disc protrusion: not detected\n- nerve root compression: not detected\n- uncovertebral arthrosis: not detected\n- facet arthrosis: not detected\nCord: normal signal.\nConclusion: normal MRI.',
      'Instability - not detected.\nListhesis - not detected.\nMyelopathy - not detected.\nSpondylodiscitis - not detected.\nBone marrow oedema - not detected.\nConclusion: normal.',
      'Clinical: neck pain. MRI cervical spine: mild C5-6 disc bulge without cord or root compression. No fracture. Cord normal. Impression: mild spondylosis, no neural compromise.',
      'Impression: no significant abnormality of the cervical spine. In particular no cord compression, no nerve root compression and no myelopathy.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 N a sweep of complete normal reports in other styles (long structured templates with many " - not detected" lines, mixed-language headings, dictated prose "no ... no ... no", UK / US / Australian / teleradiology wording)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'Befund / Findings: No diffusion restriction. No haemorrhage. Ventricles normal. No mass.\nBeurteilung / Impression: Normal brain MRI.',
      'Описание / Description: no foci of restricted diffusion; no haemorrhage; ventricles not dilated; midline structures not displaced.\nЗаключение / Conclusion: no focal brain lesions.',
      'Constatations / Findings: no acute infarct, no haemorrhage, no mass effect.\nConclusion: IRM cérébrale normale / normal brain MRI.',
      'There is no acute infarct, no haemorrhage, no mass, no hydrocephalus and no extra-axial collection. The posterior fossa is normal. Impression: normal MRI brain.',
      'No restricted diffusion no haemorrhage no mass effect no midline shift. Flow voids are preserved in both vertebral arteries and the basilar artery. Normal study.',
      'The brain is normal for age. No infarct, no bleed, no tumour. No abnormal enhancement. No evidence of demyelination. Vertebrobasilar flow voids normal.',
      'Dictated: no acute ischaemia, no old infarcts, no microbleeds, no white matter disease beyond age, no cerebellar abnormality, no brainstem abnormality. Impression: unremarkable.',
      'DWI negative. No haemorrhage on SWI. No infarct. No mass. No hydrocephalus. Normal vertebral and basilar flow voids.',
      'Brain MRI without contrast. No evidence of acute or chronic infarction. No intracranial haemorrhage. No space-occupying lesion. No abnormality of the posterior fossa. Conclusion: normal brain.',
      'MRI BRAIN\nDWI - restriction not detected.\nSWI - microbleeds not detected.\nFLAIR - foci not detected.\nVentricles - not dilated.\nMidline shift - not detected.\nMass effect - not detected.\nPosterior fossa - no pathology.\nConclusion: normal MRI of the brain.',
      'Diffusion restriction - not detected.\nHaemorrhage - not detected.\nInfarction - not detected.\nMass lesion - not detected.\nHydrocephalus - not detected.\nAbnormal enhancement - not detected.\nConclusion: no focal changes of the brain.',
      'Sequences: T1, T2, FLAIR, DWI/ADC, SWI.\nAcute ischaemia - none.\nChronic infarcts - none.\nHaemorrhage - none.\nSpace-occupying lesion - none.\nVascular flow voids - preserved.\nConclusion: normal.',
      'Findings:\n- Acute infarct: not detected\n- Haemorrhage: not detected\n- Mass: not detected\n- Vertebrobasilar flow voids: preserved\nImpression: no acute intracranial process.',
      'Infratentorial: cerebellum - normal; brainstem - normal; fourth ventricle - normal.\nSupratentorial: no focal lesions.\nDWI: no restriction.\nADC: normal.\nConclusion: normal MRI.',
      'Teleradiology report. Clinical: dizziness. MRI brain: no acute infarct on DWI. No haemorrhage. No mass. Critical results: none. Impression: normal.',
      'HISTORY: vertigo. TECHNIQUE: multiplanar multisequence MRI. FINDINGS: No diffusion abnormality. No intracranial haemorrhage. Cerebellum and brainstem normal. Vertebral flow voids normal. IMPRESSION: Normal study.',
      'MRI head (UK). Clinical details: ?posterior circulation stroke. Findings: no restricted diffusion, no haemorrhage. Conclusion: no evidence of posterior circulation infarct.',
      'MRI brain. There is no acute infarct. There is no haemorrhage. CT is insensitive to posterior fossa ischaemia, hence this MRI: it is normal.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 N a sweep of complete normal reports in other styles (long structured templates with many " - not detected" lines, mixed-language headings, dictated prose "no ... no ... no", UK / US / Australian / teleradiology wording)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['msct', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'Non-contrast CT head. No acute intracranial haemorrhage, no established infarct, no mass lesion, no hydrocephalus, no skull fracture. Grey-white differentiation preserved. Impression: no acute intracranial abnormality.',
      'CT brain: no bleed, no infarct, no SOL. Ventricles and sulci normal. Posterior fossa clear. Conclusion: normal.',
      'CT head. No haemorrhage. No hypodensity. No hyperdense vessel. No midline shift. No hydrocephalus. Impression: normal CT head.',
      'CT HEAD\nHaemorrhage - not detected.\nIschaemic changes - not detected.\nMass effect - not detected.\nMidline shift - not detected.\nHydrocephalus - not detected.\nDense vessel sign - not detected.\nConclusion: no acute intracranial pathology.',
      'ASPECTS - 10. Hyperdense artery sign - absent. Haemorrhage - absent. Posterior fossa - without features. Conclusion: no acute changes.',
      'CT head (Australia). Clinical notes: dizzy. Findings: no intracranial haemorrhage, no acute infarct identified, no mass. Note: CT is insensitive to early posterior fossa ischaemia; MRI is recommended if symptoms persist. Comment: no acute intracranial abnormality.',
      'CT BRAIN: no haemorrhage. No established infarction. Please note CT is relatively insensitive to early ischaemia. Normal.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 N a sweep of complete normal reports in other styles (long structured templates with many " - not detected" lines, mixed-language headings, dictated prose "no ... no ... no", UK / US / Australian / teleradiology wording)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'Cervical spine three views. No fracture, no listhesis, no instability on flexion/extension, no uncovertebral arthrosis, no osteophytes of note. Lordosis preserved. Impression: normal.',
      'Lateral, AP and odontoid views: no fracture, no subluxation, no prevertebral swelling, no destructive lesion. Normal alignment.',
      'C-spine X-ray: alignment normal, disc heights maintained, no osteopenia, no lytic lesions, no uncovertebral joint changes. Normal.',
      'X-RAY CERVICAL SPINE (2 projections)\nLordosis - preserved.\nVertebral body height - preserved.\nDisc spaces - preserved.\nOsteophytes - not detected.\nUncovertebral arthrosis - not detected.\nInstability - not detected.\nConclusion: no pathology.',
      'Functional views (flexion/extension): displacement - not detected; instability - not detected; uncovertebral joints - without changes. Conclusion: normal.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 N a sweep of complete normal reports in other styles (long structured templates with many " - not detected" lines, mixed-language headings, dictated prose "no ... no ... no", UK / US / Australian / teleradiology wording)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'CTA neck: no dissection, no stenosis, no occlusion, no aneurysm, no pseudoaneurysm. Vertebral arteries are codominant and normal throughout. Impression: normal CTA neck.',
      'CT angiography of the neck vessels. Both vertebral arteries opacify normally from origin to confluence. No intimal flap, no intramural haematoma, no luminal narrowing, no occlusion. Impression: no vascular injury.',
      'CTA head and neck: no large vessel occlusion, no flow-limiting stenosis, no dissection, no aneurysm. Normal vertebrobasilar system.',
      'CTA NECK\nAortic arch: normal.\nCCA: patent, stenosis - not detected.\nICA: patent, stenosis - not detected.\nVA: patent, dominant left; stenosis - not detected; dissection - not detected; occlusion - not detected.\nConclusion: normal CTA.',
      'Vertebral arteries:\nV1 - patent.\nV2 - patent.\nV3 - patent.\nV4 - patent.\nIntimal flap - not detected.\nIntramural haematoma - not detected.\nPseudoaneurysm - not detected.\nConclusion: normal vertebral arteries.',
      'Right VA - patent, no stenosis. Left VA - patent, no stenosis. Basilar artery - patent. Dissection - not seen. Conclusion: normal.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 N a sweep of complete normal reports in other styles (long structured templates with many " - not detected" lines, mixed-language headings, dictated prose "no ... no ... no", UK / US / Australian / teleradiology wording)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['mra', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'MRA neck (TOF and CE-MRA): normal signal in both vertebral arteries, no stenosis, no occlusion, no dissection. Impression: normal MRA.',
      'Contrast-enhanced MRA of the cervical arteries: no stenosis, no occlusion, no flap, no fat-saturated T1 crescent sign. Impression: normal.',
      'MRA NECK\nVA: symmetric, patent.\nStenosis - not detected.\nOcclusion - not detected.\nDissection - not detected.\nT1 fat-sat - intramural haematoma not detected.\nConclusion: normal MRA.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 N a sweep of complete normal reports in other styles (long structured templates with many " - not detected" lines, mixed-language headings, dictated prose "no ... no ... no", UK / US / Australian / teleradiology wording)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['mra', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'Intracranial MRA: no occlusion, no stenosis, no aneurysm. Normal vertebrobasilar junction and basilar artery.',
    ],
  ),
  ...texts(
    {
      round: 14,
      family:
        'r14 N a sweep of complete normal reports in other styles (long structured templates with many " - not detected" lines, mixed-language headings, dictated prose "no ... no ... no", UK / US / Australian / teleradiology wording)',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal or benign report: all four clear, urgency none, suspicion low (osteochondrosis, protrusion without root compression, sinus, thyroid and lymph-node normal findings are in no modality list, §5); false alarm, not a safety miss',
      kind: 'clear',
      study: ['msct', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'CT CERVICAL SPINE\nFracture - not detected.\nDislocation - not detected.\nPrevertebral soft tissue swelling - not detected.\nOsteolytic lesions - not detected.\nUncovertebral arthrosis - not detected.\nConclusion: no traumatic injury.',
      'Fractures: none. Subluxation: none. Instability: none. Foramen transversarium: intact bilaterally. Conclusion: normal CT cervical spine.',
    ],
  ),
];
