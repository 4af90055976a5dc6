/**
 * Reviewer probes, round 51 (/tmp/probe51/head.md), second part: whole case files (WC1-WC23,
 * WD1-WD8): the triad high alone or with imaging (FS-6 an occipital headache), FS-3 studies
 * over the intake's "no" (uncovertebral arthrosis, a dissection, a subacute infarct), FS-2
 * unknowns (with the collar-zone massage clear where the triad cannot reach high), the red flags
 * of s4 and s9 (old drop attacks urgent; dysphagia undated, syncope, aphasia, a future onset
 * emergency), a new unusual headache with and without a neck massage, a triad feature after a
 * logged manipulation, neck trauma or a neck massage, and rotation dizziness with and without a
 * dynamic assessment. PROBE_BASE (every intake finding but the associated signs answered "no",
 * a clean X-ray of 2026-10-01, assessed on 2026-11-20) with the answers, studies and medications
 * written, as in the round's harness; an answer set to undefined is left unanswered. The round's
 * bounds (probe-r51-lib.ts). All pass on main. Test data only, all synthetic.
 */
import type { ImagingStudy } from '../../model';
import type { CaseDelta, Probe } from './probe-model';
import { study } from './probe-r17-lib';
import { EMER, probe, type Bounds, type Kind } from './probe-r51-lib';

const FAMILY = {
  miss: 'r51 M a whole case file: the triad, imaging over the intake, unknowns, red flags, a triad feature after neck treatment or trauma (s3, s4, s5, s9, FS-2, FS-3; miss if not met)',
  'false-alarm':
    'r51 A a whole case file that must not raise more than its rules (s5, s9; false alarm if raised)',
} as const;
const probes: Probe[] = [];
/** The first line of a report: its title. */
const title = (report: string | undefined): string => (report ?? '').split('\n')[0]!;
/** A whole case file as written: PROBE_BASE with `d`. */
function WC(id: string, kind: Kind, d: CaseDelta, b: Bounds, rule: string): void {
  const parts: string[] = [];
  if (d.findings)
    parts.push(
      'intake ' +
        JSON.stringify(d.findings, (_k, v: unknown) => (v === undefined ? 'UNANSWERED' : v)),
    );
  for (const x of d.add ?? [])
    parts.push(`${x.modality}/${x.region} ${x.date}: ${title(x.report)}`);
  if (d.medications) parts.push('medications ' + JSON.stringify(d.medications));
  probes.push(probe(FAMILY[kind], id, parts.join(' | '), d, b, rule));
}
const miss = (id: string, d: CaseDelta, b: Bounds, rule: string): void =>
  WC(id, 'miss', d, b, rule);
const rep = (...l: string[]): string => l.join('\n');
const add = (s: ImagingStudy): ImagingStudy[] => [s];
const TRI_OLD = { present: true, onset: '2026-03-01' };
const HIGH: Bounds = { manip: 'contraindicated', czm: 'not-cleared', vas: 'high' };
const URGENT: Bounds = { urg: 'urgent' };

miss(
  'WC1',
  {
    findings: {
      headache: TRI_OLD,
      'occipital-headache': TRI_OLD,
      dizziness: TRI_OLD,
      'visual-disturbance': { present: true, onset: '2026-04-01', note: 'blurring when tired' },
    },
  },
  HIGH,
  'all three triad features (s3 high): manip contraindicated (FR), czm not-cleared until neurologist work-up (s5)',
);
miss(
  'WC2',
  {
    findings: { headache: TRI_OLD, dizziness: TRI_OLD },
    add: add(
      study(
        'doppler',
        'neck-vessels',
        20,
        rep(
          'DUPLEX OF VERTEBRAL ARTERIES',
          'Right VA: antegrade flow, normal spectral waveform.',
          'Left VA: lumen narrowed at V2 (C5-C6) by osteophytes, peak systolic velocity reduced to 22 cm/s.',
          'Conclusion: Narrowing of the left vertebral artery in V2 with reduced flow.',
        ),
      ),
    ),
  },
  HIGH,
  'two triad features + imaging narrowing / reduced flow (s3 high): manip contraindicated, czm not-cleared',
);
miss(
  'WC3',
  {
    findings: { 'uncovertebral-arthrosis': false },
    add: add(
      study(
        'xray',
        'cervical-spine',
        15,
        rep(
          'X-RAY CERVICAL SPINE AP/LAT/OBLIQUES',
          'Straightened lordosis. Disc height reduced C5-C6. Uncovertebral arthrosis C5-C6 and C6-C7 on the left. No fracture.',
          'Conclusion: osteochondrosis C5-C7, uncovertebral arthrosis.',
        ),
      ),
    ),
  },
  { manip: 'contraindicated' },
  'intake says no uncovertebral arthrosis, the X-ray says it (FS-3 present wins; s5 ART strict): manip contraindicated',
);
miss(
  'WC4',
  {
    findings: { 'vertebral-artery-dissection': false, 'neck-pain': true },
    add: add(
      study(
        'cta',
        'neck-vessels',
        2,
        rep(
          'CTA NECK',
          'History: 38F, new right neck pain and occipital headache after a massage.',
          'Findings: Irregular tapered narrowing of the right V3 segment with a small intimal flap.',
          'Impression: Findings in keeping with right vertebral artery dissection.',
        ),
      ),
    ),
  },
  EMER,
  'intake "no dissection" vs CTA 2 d ago reading a dissection (FS-3; s4 dissection <=14 d emergency; s9): emergency, all contraindicated',
);
miss(
  'WC5',
  { findings: { headache: undefined } },
  { manip: 'not-cleared', vas: 'indeterminate', max: { czm: 'clear' } },
  'headache unanswered, dizziness and visual answered no (s3 indeterminate): manip not-cleared (s5 table); it cannot reach high, so czm stays clear (s5 czm row)',
);
miss(
  'WC6',
  { findings: { dizziness: TRI_OLD, headache: undefined, 'visual-disturbance': undefined } },
  { manip: 'not-cleared', czm: 'not-cleared' },
  'dizziness present, headache and visual unanswered: could still be high (s5 czm row: not-cleared; manip not-cleared, FS-2)',
);
miss(
  'WC7',
  {
    findings: {
      'drop-attacks': {
        present: true,
        onset: '2026-05-01',
        note: 'two falls without LOC in spring, none since',
      },
    },
  },
  URGENT,
  'drop attacks long-standing (onset 6 months ago) (s4): urgent',
);
miss(
  'WC8',
  { findings: { dysphagia: true } },
  EMER,
  'dysphagia present, onset not recorded (s4 / s8: unknown onset -> emergency): all contraindicated',
);
miss(
  'WC9',
  { findings: { dizziness: TRI_OLD, nausea: TRI_OLD, vomiting: TRI_OLD } },
  { manip: 'not-cleared', vas: 'moderate' },
  'one triad feature + two associated signs (s3 moderate): manip not-cleared until Doppler (s5)',
);
miss(
  'WC10',
  {
    findings: {
      'new-unusual-headache': { present: true, onset: '2026-11-15' },
      'recent-neck-massage': true,
    },
  },
  EMER,
  'new unusual headache since 11-15 with a neck massage of the last 4 weeks, undated (s9: counts as within 14 d before) -> emergency',
);
WC(
  'WC11',
  'false-alarm',
  { findings: { 'new-unusual-headache': { present: true, onset: '2026-11-15' } } },
  { urg: 'urgent', max: { urg: 'urgent' } },
  'new unusual headache without neck treatment or trauma (s9): urgent, not emergency',
);
miss(
  'WC12',
  {
    findings: { stroke: false },
    add: add(
      study(
        'mri',
        'head',
        60,
        rep(
          'MRI BRAIN',
          'Clinical: dizziness and unsteadiness 2 months ago.',
          'Findings: Subacute infarct in the left PICA territory (inferior cerebellum) with mild residual diffusion restriction and early T1 shortening.',
          'Conclusion: Subacute left PICA infarct.',
        ),
      ),
    ),
  },
  { urg: 'urgent', manip: 'contraindicated', czm: 'contraindicated' },
  'intake "no stroke" vs MRI 60 d ago reading a subacute infarct (FS-3; s5/s8 stroke onset = report date; s9 report 15-180 d: urgent)',
);
miss(
  'WC13',
  { findings: { 'thyroid-disease': undefined, 'orthostatic-reactions': undefined } },
  { czm: 'not-cleared' },
  'thyroid disease and orthostatic reactions not asked (FS-2): czm not-cleared',
);
miss(
  'WC14',
  {
    findings: {
      'horner-signs': { present: true, onset: '2026-09-01' },
      'recent-neck-trauma': { present: true, onset: '2026-11-02' },
    },
  },
  EMER,
  "Horner's signs together with recent neck trauma (s4: emergency whatever the onset)",
);
miss(
  'WC15',
  {
    findings: {
      headache: false,
      'occipital-headache': TRI_OLD,
      dizziness: TRI_OLD,
      'visual-disturbance': TRI_OLD,
    },
  },
  HIGH,
  'headache false but occipital-headache true (FS-6: the headache counts as present) + dizziness + visual: high (s3)',
);
miss(
  'WC16',
  { findings: { 'dizziness-on-head-rotation': true, dizziness: TRI_OLD } },
  { manip: 'contraindicated', czm: 'not-cleared' },
  'rotation-provoked dizziness (s9 MANIP-ROTATION, CZM-ROTATION): manip contraindicated, czm not-cleared',
);
WC(
  'WC17',
  'false-alarm',
  {
    findings: {
      'dizziness-on-head-rotation': true,
      dizziness: TRI_OLD,
      'dynamic-vascular-assessment-normal': true,
    },
  },
  { manip: 'contraindicated', max: { czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' } },
  'rotation dizziness with a documented normal dynamic vascular assessment: czm lifted (s9), manip stays contraindicated; 1 triad + 1 associated = low',
);
miss(
  'WC18',
  {
    findings: {
      'speech-disturbance': { present: true, onset: '2026-11-17', note: 'word-finding difficulty' },
      'recent-cervical-manipulation': { present: true, onset: '2026-11-14' },
    },
  },
  EMER,
  'speech disturbance (aphasia) 3 days ago after a chiropractic manipulation (s9 red flag; s4): emergency',
);
miss(
  'WC19',
  {
    findings: {
      dizziness: { present: true },
      'recent-cervical-manipulation': { present: true, onset: '2026-11-10' },
    },
  },
  URGENT,
  'dizziness of unknown onset after a dated manipulation (s9: triad feature with onset unknown -> urgent, onset missing)',
);
miss(
  'WC20',
  { findings: { 'worsening-neurology': { present: true, onset: '2026-10-01' } } },
  URGENT,
  'worsening neurological function (s4): urgent',
);
miss(
  'WC21',
  { findings: { 'neck-injury': true } },
  { czm: 'contraindicated', bm: 'contraindicated' },
  'neck injury, onset unknown (s9 old injuries: unknown stays contraindicated): czm+bm contraindicated',
);
miss(
  'WC22',
  { findings: { syncope: { present: true, onset: '2026-11-19' } } },
  EMER,
  'syncope yesterday (s9 red flag, onset <=14 d): emergency',
);
miss(
  'WC23',
  {
    findings: { 'visual-field-loss': { present: true, onset: '2026-08-01' } },
    add: add(
      study(
        'mri',
        'head',
        100,
        rep(
          'MRI BRAIN',
          'Clinical: right homonymous hemianopia since August.',
          'Findings: Established infarct in the left occipital lobe (PCA territory) with gliosis. No acute lesion.',
          'Impression: Chronic left PCA infarct.',
        ),
      ),
    ),
  },
  { urg: 'urgent', manip: 'contraindicated', czm: 'contraindicated' },
  'visual-field loss long-standing (s4/s9: urgent); an infarct read, onset unknown -> treated as recent (s5/s8): manip+czm contraindicated',
);
miss(
  'WD1',
  { findings: { diplopia: { present: true, onset: '2026-12-15', note: 'onset mistyped' } } },
  EMER,
  'diplopia with an onset in the future (a slip): not a known older onset, treated as unknown -> emergency (s4, s8 FS-5)',
);
miss(
  'WD2',
  {
    findings: {
      dizziness: { present: true, onset: '2026-11-15' },
      'recent-neck-trauma': { present: true, onset: '2026-11-08' },
    },
  },
  EMER,
  'dizziness 7 d after neck trauma, within the last 14 d (s9): emergency',
);
miss(
  'WD3',
  {
    findings: {
      dizziness: { present: true, onset: '2026-11-16' },
      'recent-neck-massage': { present: true, onset: '2026-11-14' },
    },
  },
  URGENT,
  'dizziness newly appearing 2 d after a neck massage (s9): urgent',
);
miss(
  'WD4',
  { findings: { 'confirmed-vas': true } },
  { manip: 'contraindicated', czm: 'contraindicated', vas: 'confirmed' },
  'VAS diagnosis on record (s3 confirmed; s5): manip + czm contraindicated',
);
miss(
  'WD5',
  { findings: { malignancy: undefined, 'malignancy-history': undefined } },
  { manip: 'not-cleared', czm: 'not-cleared' },
  'malignancy not asked (FS-2): manip and czm not-cleared',
);
miss(
  'WD6',
  {
    findings: { dizziness: TRI_OLD, 'visual-disturbance': TRI_OLD },
    add: add(
      study(
        'mri',
        'cervical-spine',
        20,
        rep(
          'MRI CERVICAL SPINE',
          'Clinical: dizziness and blurred vision on neck extension.',
          'Findings: Uncovertebral osteophytes at C5-C6 on the left encroach on the left transverse foramen with compression of the left vertebral artery flow void. Disc protrusion C5-C6.',
          'Conclusion: Left vertebral artery compression at C5-C6 by uncovertebral osteophytes.',
        ),
      ),
    ),
  },
  HIGH,
  'two triad features + VA compression on imaging (s3 high); uncovertebral arthrosis (s5): manip contraindicated, czm not-cleared',
);
miss(
  'WD7',
  {
    findings: {
      'recent-cervical-manipulation': { present: true, onset: '2026-11-12' },
      numbness: { present: true, onset: '2026-08-01', note: 'old carpal tunnel' },
    },
  },
  EMER,
  'numbness together with recent cervical manipulation (s4 table: red flag together with recent manipulation -> emergency)',
);
miss(
  'WD8',
  {
    findings: { headache: TRI_OLD, dizziness: TRI_OLD, 'visual-disturbance': false },
    medications: [{ name: 'Xarelto 20mg', form: 'tablet', start: '2026-01-01' }],
    add: add(
      study(
        'doppler',
        'neck-vessels',
        10,
        'Right VA: normal. Left VA: hypoplastic, 2.2 mm, flow velocity reduced (PSV 25 cm/s).',
      ),
    ),
  },
  { manip: 'contraindicated', czm: 'not-cleared' },
  'two triad features + reduced VA flow on Doppler (s3 high): manip contraindicated, czm not-cleared; Xarelto a precaution too',
);

export const ROUND_51_B: readonly Probe[] = probes;
