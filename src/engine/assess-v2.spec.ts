/** Brief v2 readings (sections 1, 8 and 9) as vignettes: one behaviour each. */
import { assess } from './assess';
import type { CaseFile, ImagingStudy, TreatmentSession } from './model';
import { baseCase, daysAgo, session, withFindings } from './testing/fixtures';

const xray = (report: string, extra: Partial<ImagingStudy> = {}): ImagingStudy => ({
  modality: 'xray',
  region: 'cervical-spine',
  date: daysAgo(10),
  report,
  ...extra,
});
const unasked = (id: string, extra: Partial<CaseFile> = {}): CaseFile =>
  withFindings({ [id]: undefined }, extra);
const manip = (days: number, extra: Partial<TreatmentSession> = {}): TreatmentSession =>
  session(0, 3, { modality: 'cervical-manipulation', date: daysAgo(days), ...extra });

describe('assessment, brief v2', () => {
  describe('FS-7: text only warns', () => {
    it('a negated reading leaves the finding unknown: manipulation is not cleared', () => {
      const a = assess(
        unasked('uncovertebral-arthrosis', { imaging: [xray('No uncovertebral arthrosis.')] }),
      );
      expect(a.modalities['cervical-manipulation'].verdict).toBe('not-cleared');
      expect(a.modalities['cervical-manipulation'].missing).toContain('uncovertebral-arthrosis');
    });

    it('"Confirm absent" (absentFindings) clears it', () => {
      const study = xray('No uncovertebral arthrosis.', {
        absentFindings: ['uncovertebral-arthrosis'],
      });
      const a = assess(unasked('uncovertebral-arthrosis', { imaging: [study] }));
      expect(a.modalities['cervical-manipulation'].verdict).toBe('clear');
    });

    it('present in the same report wins over absentFindings, and the conflict is listed', () => {
      const study = xray('Uncovertebral arthrosis C5-C6.', {
        absentFindings: ['uncovertebral-arthrosis'],
      });
      const a = assess(unasked('uncovertebral-arthrosis', { imaging: [study] }));
      expect(a.modalities['cervical-manipulation'].verdict).toBe('contraindicated');
      expect(a.conflicts.some((c) => c.includes('Uncovertebral arthrosis'))).toBeTrue();
    });

    it('a rejected reading is removed but listed; confirmed + rejected stays present', () => {
      const rejected = xray('Osteoporosis.', { rejectedFindings: ['osteoporosis'] });
      const a = assess(baseCase({ imaging: [rejected] }));
      expect(a.modalities['cervical-manipulation'].verdict).toBe('clear');
      expect(a.conflicts.join(' ')).toContain('rejected');
      const both = xray('Osteoporosis.', {
        findings: ['osteoporosis'],
        rejectedFindings: ['osteoporosis'],
      });
      expect(
        assess(baseCase({ imaging: [both] })).modalities['cervical-manipulation'].verdict,
      ).toBe('contraindicated');
    });
  });

  describe('symptoms after sessions (§8, §9)', () => {
    it('new diplopia two days after a manipulation session: emergency, all contraindicated', () => {
      const a = assess(baseCase({ sessions: [manip(4), manip(2, { newSymptoms: ['diplopia'] })] }));
      expect(a.urgency.level).toBe('emergency');
      expect(a.modalities['therapeutic-exercise'].verdict).toBe('contraindicated');
      expect(a.course.status).toBe('stop');
    });

    it('a red flag logged after a session over 14 days ago is urgent', () => {
      const a = assess(
        baseCase({ sessions: [manip(40), manip(30, { newSymptoms: ['numbness'] })] }),
      );
      expect(a.urgency.level).toBe('urgent');
    });

    it('dizziness rated 0, 0, 0, 6: stop, dizziness present for the suspicion level', () => {
      const sessions = [0, 0, 0, 6].map((d, i) => session(i, 3, { dizziness: d }));
      const a = assess(withFindings({ headache: true }, { sessions }));
      expect(a.course.status).toBe('stop');
      expect(a.vas.triad.dizziness).toBeTrue();
      expect(a.vas.level).toBe('moderate');
      expect(a.modalities['back-massage'].verdict).toBe('not-cleared');
      expect(a.modalities['back-massage'].reasons.map((r) => r.rule)).toContain('COURSE-STOP-HOLD');
    });

    it('a rising rating beats an entered triad-progressive: false (urgent)', () => {
      const sessions = [1, 1, 4].map((h, i) => session(i, 3, { headache: h }));
      const a = assess(withFindings({ 'triad-progressive': false }, { sessions }));
      expect(a.urgency.level).toBe('urgent');
      expect(a.course.status).toBe('concerning');
    });

    it('new neck pain after a session is concerning, not stop', () => {
      const sessions = [session(0, 4), session(1, 3, { newSymptoms: ['neck-pain'] })];
      expect(assess(baseCase({ sessions })).course.status).toBe('concerning');
    });

    it('logged sessions do not set recent-cervical-manipulation', () => {
      const a = assess(
        withFindings({ numbness: { present: true, onset: daysAgo(60) } }, { sessions: [manip(5)] }),
      );
      expect(a.urgency.level).toBe('urgent');
    });

    it('a new course number lifts the stop hold; the flag stays in the history', () => {
      const sessions = [session(0, 4, { painHours: 72, course: 1 }), session(1, 3, { course: 2 })];
      const a = assess(baseCase({ sessions }));
      expect(a.modalities['back-massage'].verdict).toBe('clear');
      expect(a.course.flags.map((f) => f.rule)).toContain('COURSE-STOP-PAIN-48H');
      expect(a.course.status).toBe('expected');
    });

    it('courses are per modality: a stop in massage does not hold exercise', () => {
      const sessions = [
        session(0, 4, { swelling: true }),
        session(1, 3, { modality: 'therapeutic-exercise' }),
      ];
      const a = assess(baseCase({ sessions }));
      expect(a.modalities['back-massage'].verdict).toBe('not-cleared');
      expect(a.modalities['therapeutic-exercise'].verdict).toBe('clear');
    });
  });

  describe('painkillers and courses (§6, §8)', () => {
    const med = (name: string, extra = {}) => ({
      name,
      form: 'tablet',
      start: daysAgo(10),
      ...extra,
    });
    for (const name of ['Ketorol', 'Nurofen 200 mg', 'Panadol', 'Кеторол', 'Movalis']) {
      it(`${name} for 10 days is concerning`, () => {
        const a = assess(baseCase({ medications: [med(name)] }));
        expect(a.course.status).toBe('concerning');
        expect(a.warnings).toEqual([]);
      });
    }
    it('an unrecognised tablet gets a warning, not a flag; analgesic: true beats the name', () => {
      const a = assess(baseCase({ medications: [med('Amlodipine')] }));
      expect(a.course.status).toBe('none');
      expect(a.warnings.map((w) => w.code)).toEqual(['unrecognised-tablet']);
      expect(a.warnings[0]!.field).toBe('medications[0]');
      const marked = assess(baseCase({ medications: [med('Amlodipine', { analgesic: true })] }));
      expect(marked.course.status).toBe('concerning');
      const not = assess(baseCase({ medications: [med('Ibuprofen', { analgesic: false })] }));
      expect(not.course.status).toBe('none');
    });
    it('courses numbered 1 and 6 are more than 4 courses', () => {
      const sessions = [session(0, 3, { course: 1 }), session(1, 3, { course: 6 })];
      expect(assess(baseCase({ sessions })).course.flags.map((f) => f.rule)).toContain(
        'COURSE-MORE-THAN-4',
      );
    });
    it('an exact duplicate session counts once, with a warning', () => {
      const s = session(0, 4, { painHours: 72 });
      const a = assess(baseCase({ sessions: [s, { ...s }] }));
      expect(a.course.flags.filter((f) => f.rule === 'COURSE-STOP-PAIN-48H').length).toBe(1);
      expect(a.warnings.map((w) => w.code)).toEqual(['duplicate-session']);
      expect(a.warnings[0]!.field).toBe('sessions[1]');
    });
  });

  describe('section 9', () => {
    it('vertigo right after a manipulation not logged here: emergency', () => {
      const a = assess(
        withFindings({
          dizziness: { present: true, onset: daysAgo(2) },
          'recent-cervical-manipulation': { present: true, onset: daysAgo(3) },
        }),
      );
      expect(a.urgency.level).toBe('emergency');
    });
    it('a chronic triad feature with a manipulation on record: urgent, onset asked', () => {
      const a = assess(withFindings({ headache: true }, { sessions: [manip(100)] }));
      expect(a.urgency.level).toBe('urgent');
      expect(a.urgency.missing).toContain('headache.onset');
      expect(a.modalities['therapeutic-exercise'].verdict).toBe('clear');
    });
    it('new unusual headache unknown holds the manual therapies, and exercise after neck treatment', () => {
      const a = assess(unasked('new-unusual-headache'));
      expect(a.modalities['back-massage'].verdict).toBe('not-cleared');
      expect(a.modalities['therapeutic-exercise'].verdict).toBe('clear');
      const b = assess(unasked('new-unusual-headache', { sessions: [manip(10)] }));
      expect(b.modalities['therapeutic-exercise'].verdict).toBe('not-cleared');
    });
    it('new unusual headache dated 5 days after a logged manipulation: emergency', () => {
      const a = assess(
        withFindings(
          { 'new-unusual-headache': { present: true, onset: daysAgo(20) } },
          { sessions: [manip(25)] },
        ),
      );
      expect(a.urgency.level).toBe('emergency');
    });
    it('new unusual headache of unknown onset after a dated treatment: urgent, onset missing', () => {
      const a = assess(withFindings({ 'new-unusual-headache': true }, { sessions: [manip(25)] }));
      expect(a.urgency.level).toBe('urgent');
      expect(a.urgency.missing).toContain('new-unusual-headache.onset');
      expect(a.modalities['therapeutic-exercise'].verdict).toBe('clear');
    });
    it('the new red flags are red flags (aphasia after manipulation)', () => {
      for (const id of [
        'speech-disturbance',
        'limb-weakness',
        'reduced-consciousness',
        'syncope',
        'visual-field-loss',
      ]) {
        expect(assess(withFindings({ [id]: true })).urgency.level)
          .withContext(id)
          .toBe('emergency');
        expect(assess(unasked(id)).modalities['therapeutic-exercise'].missing).toContain(id);
      }
    });
    it('dissection at any time contraindicates manipulation and collar-zone massage', () => {
      const a = assess(
        withFindings({ 'vertebral-artery-dissection': { present: true, onset: daysAgo(900) } }),
      );
      expect(a.urgency.level).toBe('urgent');
      expect(a.modalities['cervical-manipulation'].verdict).toBe('contraindicated');
      expect(a.modalities['collar-zone-massage'].verdict).toBe('contraindicated');
    });
    it('an old neck injury is a caution; onset unknown stays contraindicated', () => {
      const old = assess(withFindings({ 'neck-injury': { present: true, onset: daysAgo(400) } }));
      expect(old.modalities['back-massage'].verdict).toBe('caution');
      expect(assess(withFindings({ 'neck-injury': true })).modalities['back-massage'].verdict).toBe(
        'contraindicated',
      );
    });
    it('rotation-provoked symptoms: manipulation contraindicated, massage held until a dynamic assessment', () => {
      const a = assess(withFindings({ 'dizziness-on-head-rotation': true }));
      expect(a.modalities['cervical-manipulation'].verdict).toBe('contraindicated');
      expect(a.modalities['collar-zone-massage'].verdict).toBe('not-cleared');
      const b = assess(
        withFindings({
          'dizziness-on-head-rotation': true,
          'dynamic-vascular-assessment-normal': true,
        }),
      );
      expect(b.modalities['collar-zone-massage'].verdict).toBe('clear');
    });
  });

  describe('acute imaging (§9)', () => {
    const cta = (report: string, days: number): ImagingStudy => ({
      modality: 'cta',
      region: 'neck-vessels',
      date: daysAgo(days),
      report,
    });
    it('a question on the request raises no urgency but holds until answered', () => {
      const a = assess(
        baseCase({
          imaging: [...baseCase().imaging!, cta('Indication: rule out VA dissection.', 2)],
        }),
      );
      expect(a.urgency.level).toBe('none');
      expect(a.modalities['cervical-manipulation'].verdict).toBe('not-cleared');
      expect(a.modalities['cervical-manipulation'].missing).toContain(
        'vertebral-artery-dissection',
      );
    });
    it('a possible dissection read in a report of last week is an emergency', () => {
      const a = assess(
        baseCase({
          imaging: [
            ...baseCase().imaging!,
            cta('Possible dissection of the left vertebral artery.', 5),
          ],
        }),
      );
      expect(a.urgency.level).toBe('emergency');
    });
    it('an acute infarct read 60 days ago is urgent; an older stroke entry becomes recent', () => {
      const head: ImagingStudy = {
        modality: 'mri',
        region: 'head',
        date: daysAgo(60),
        report: 'Acute infarct in the left cerebellar hemisphere.',
      };
      const a = assess(
        withFindings(
          { stroke: { present: true, onset: daysAgo(400) } },
          { imaging: [...baseCase().imaging!, head] },
        ),
      );
      expect(a.urgency.level).toBe('urgent');
      expect(a.modalities['collar-zone-massage'].verdict).toBe('contraindicated');
    });
  });

  describe('FS-6, FS-8, FS-9', () => {
    it('headache no with occipital headache yes: present, listed as inconsistent', () => {
      const a = assess(withFindings({ headache: false, 'occipital-headache': true }));
      expect(a.vas.triad.headache).toBeTrue();
      expect(
        a.conflicts.some((c) => c.startsWith('FS-6') && c.includes('inconsistent')),
      ).toBeTrue();
    });
    it('multiple sclerosis and a history of cancer are listed in conflicts', () => {
      const a = assess(withFindings({ 'multiple-sclerosis': true, 'malignancy-history': true }));
      expect(a.conflicts.length).toBe(2);
    });
    it('a report in a script the reader does not cover is a warning', () => {
      const a = assess(baseCase({ imaging: [xray('Унковертебральный артроз C5-C6.')] }));
      expect(a.warnings.map((w) => `${w.code} ${w.field}`)).toEqual([
        'report-not-read imaging[0].report',
      ]);
    });
    it('a study with no report text and nothing confirmed on it is a warning (round 52 B49, B50)', () => {
      for (const report of [undefined, '', '  \n ']) {
        const study = xray('', { date: '2026-11-02' });
        if (report === undefined) delete study.report;
        else study.report = report;
        const a = assess(baseCase({ imaging: [study] }));
        expect(a.warnings).toEqual([
          {
            code: 'report-not-read',
            field: 'imaging[0].report',
            text: 'Imaging study has no report text (xray, 2026-11-02): read the report and answer the questions; nothing in the study was assessed.',
          },
        ]);
        expect(a.recommendations).toContain(a.warnings[0]!.text);
      }
    });
    it('a study with no report text but confirmed findings or absent findings is no warning', () => {
      for (const extra of [
        { findings: ['cervical-osteochondrosis'] },
        { absentFindings: ['uncovertebral-arthrosis'] },
      ] as Partial<ImagingStudy>[]) {
        const a = assess(baseCase({ imaging: [xray('', extra)] }));
        expect(a.warnings).toEqual([]);
      }
    });
    it('a study whose only entry is a rejected reading, with no text, is a warning', () => {
      const a = assess(
        baseCase({ imaging: [xray('', { rejectedFindings: ['uncovertebral-arthrosis'] })] }),
      );
      expect(a.warnings.map((w) => `${w.code} ${w.field}`)).toEqual([
        'report-not-read imaging[0].report',
      ]);
    });
    it('typing a report into an empty study replaces the warning (memo keyed by text only)', () => {
      const empty = baseCase({ imaging: [xray('')] });
      expect(assess(empty).warnings.length).toBe(1);
      const typed = { ...empty, imaging: [xray('Osteochondrosis C5-C6.')] };
      expect(assess(typed).warnings).toEqual([]);
      const confirmed = {
        ...empty,
        imaging: [xray('', { findings: ['cervical-osteochondrosis'] })],
      };
      expect(assess(confirmed).warnings).toEqual([]);
      expect(assess({ ...empty, imaging: [xray('')] }).warnings.length).toBe(1);
    });
    it('a missing assessment date is a warning', () => {
      const a = assess(baseCase(), { assessedOnMissing: true });
      expect(a.warnings.map((w) => w.code)).toEqual(['assessed-on-missing']);
    });
    it('a not-cleared verdict held only for missing data cites FS-2 and names the items', () => {
      const a = assess(unasked('infection'));
      const reasons = a.modalities['back-massage'].reasons;
      expect(reasons.map((r) => r.rule)).toEqual(['FS-2']);
      expect(reasons[0]!.text).toContain('Infection');
    });
    it('no reason text diagnoses', () => {
      const a = assess(
        withFindings({
          headache: true,
          dizziness: true,
          'visual-disturbance': true,
          'confirmed-vas': true,
        }),
      );
      const texts = [
        ...a.vas.reasons,
        ...Object.values(a.modalities).flatMap((m) => m.reasons),
      ].map((r) => r.text);
      for (const t of [...texts, ...a.recommendations]) {
        expect(t).not.toMatch(/\bconfirms\b|\bsigns of\b/i);
      }
    });
  });
});
