/** Reviewer probes, round 7 (part d): from the round's harness (p1.py-p4.py, /tmp/probe7), deduplicated. */
import { one, S, texts, type Probe } from './probe-model';

export const ROUND_7_D: readonly Probe[] = [
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w13 US MRI brain: "consistent with subacute evolution", "Evolving left PICA territory infarct" (control)',
    rule: 'URG-ACUTE-IMAGING (subacute infarct) (§9)',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'MRI BRAIN WITHOUT AND WITH CONTRAST\nINDICATION: Follow-up of left cerebellar infarct.\nCOMPARISON: MRI 11/10/2026.\nFINDINGS:\nLeft inferior cerebellar infarct with T2/FLAIR hyperintensity and pseudonormalization of diffusion, with mild gyriform enhancement, consistent with subacute evolution.\nNo hemorrhagic transformation. No hydrocephalus.\nIMPRESSION: Evolving left PICA territory infarct.',
        ),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 7,
    family: 'r7 p4.py M anticoagulant name',
    name: 'medication: Xarelto 20 mg, no missed doses',
    rule: 'MANIP precaution anticoagulants (medication list, round 6) (§5 table (IF precaution))',
    delta: {
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Vertebral arteries: normal.')],
      medications: [
        { name: 'Xarelto 20 mg, no missed doses', form: 'tablet', start: '2026-10-01' },
      ],
    },
    expect: { manip: 'caution' },
  }),
  one({
    round: 7,
    family: 'r7 p4.py M anticoagulant name',
    name: 'medication: Warfarin (INR not checked recently)',
    rule: 'MANIP precaution anticoagulants (medication list, round 6) (§5 table (IF precaution))',
    delta: {
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Vertebral arteries: normal.')],
      medications: [
        { name: 'Warfarin (INR not checked recently)', form: 'tablet', start: '2026-10-01' },
      ],
    },
    expect: { manip: 'caution' },
  }),
  one({
    round: 7,
    family: 'r7 p4.py M anticoagulant name',
    name: 'medication: Apixaban 5 mg bd - do not stop before procedures',
    rule: 'MANIP precaution anticoagulants (medication list, round 6) (§5 table (IF precaution))',
    delta: {
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Vertebral arteries: normal.')],
      medications: [
        {
          name: 'Apixaban 5 mg bd - do not stop before procedures',
          form: 'tablet',
          start: '2026-10-01',
        },
      ],
    },
    expect: { manip: 'caution' },
  }),
  one({
    round: 7,
    family: 'r7 p4.py M anticoagulant name',
    name: 'medication: Apixiban 5 mg',
    rule: 'MANIP precaution anticoagulants (medication list, round 6) (§5 table (IF precaution))',
    delta: {
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Vertebral arteries: normal.')],
      medications: [{ name: 'Apixiban 5 mg', form: 'tablet', start: '2026-10-01' }],
    },
    expect: { manip: 'caution' },
  }),
  one({
    round: 7,
    family: 'r7 p4.py M anticoagulant name',
    name: 'medication: Warfarine 5 mg',
    rule: 'MANIP precaution anticoagulants (medication list, round 6) (§5 table (IF precaution))',
    delta: {
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Vertebral arteries: normal.')],
      medications: [{ name: 'Warfarine 5 mg', form: 'tablet', start: '2026-10-01' }],
    },
    expect: { manip: 'caution' },
  }),
  one({
    round: 7,
    family: 'r7 p4.py M anticoagulant name',
    name: 'medication: Sincumar 4 mg',
    rule: 'MANIP precaution anticoagulants (medication list, round 6) (§5 table (IF precaution))',
    delta: {
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Vertebral arteries: normal.')],
      medications: [{ name: 'Sincumar 4 mg', form: 'tablet', start: '2026-10-01' }],
    },
    expect: { manip: 'caution' },
  }),
  one({
    round: 7,
    family: 'r7 p4.py M anticoagulant name',
    name: 'medication: Clexane 40 mg s.c. (not gel)',
    rule: 'MANIP precaution anticoagulants (medication list, round 6) (§5 table (IF precaution))',
    delta: {
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Vertebral arteries: normal.')],
      medications: [{ name: 'Clexane 40 mg s.c. (not gel)', form: 'tablet', start: '2026-10-01' }],
    },
    expect: { manip: 'caution' },
  }),
  one({
    round: 7,
    family: 'r7 p4.py M anticoagulant name',
    name: 'medication: Enoxaparin 40 mg sc, no topical products',
    rule: 'MANIP precaution anticoagulants (medication list, round 6) (§5 table (IF precaution))',
    delta: {
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Vertebral arteries: normal.')],
      medications: [
        { name: 'Enoxaparin 40 mg sc, no topical products', form: 'tablet', start: '2026-10-01' },
      ],
    },
    expect: { manip: 'caution' },
  }),
  ...texts(
    {
      round: 7,
      family: 'r7 p4.py X control (brief examples)',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): normal study (FS-7)',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['No flow acceleration in the vertebral arteries.'],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p4.py X control (brief examples)',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): normal study (FS-7)',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    ['Normal DWI; no restriction.', 'No interval change.', 'Not changed: normal.'],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p4.py X control (brief examples)',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): normal study (FS-7)',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['Stenosis: none (0 %).'],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p4.py X control (brief examples)',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): normal study (FS-7)',
      kind: 'clear',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    ['No progression of the degenerative changes.'],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p4.py X control (brief examples)',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): normal study (FS-7)',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      "The patient's father had a stroke. Brain MRI normal.",
      'Family history of stroke. No abnormality.',
    ],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p4.py X control (brief examples)',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): normal study (FS-7)',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['No progression to occlusion. Vertebral arteries normal.'],
  ),
  one({
    round: 7,
    family: 'r7 p4.py X control (brief examples)',
    name: 'medication: heparin gel for bruising',
    rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): topical heparin is not an anticoagulant (§5)',
    kind: 'clear',
    delta: {
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Vertebral arteries: normal.')],
      medications: [{ name: 'Heparin gel for bruising', form: 'tablet', start: '2026-10-01' }],
    },
    expect: {},
  }),
  one({
    round: 7,
    family: 'r7 p4.py J judgement',
    name: 'History of neck trauma 20 years ago, no fracture.',
    rule: 'old neck injury -> caution if dated; text cannot date it (§9 Old injuries vs FS-7)',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'History of neck trauma 20 years ago, no fracture.',
        ),
      ],
    },
    expect: {},
    note: 'p4.py judgement call, no bound: its upper bound (urg <= none, czm <= caution, bm <= caution) is not a lower bound. REPORT.md judgement call: an undated old neck injury stays contraindicated for both massages (§9, FS-7); the reviewer would call it old (caution); unchanged on main 9337648',
  }),
];
