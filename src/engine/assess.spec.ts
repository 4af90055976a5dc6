import { assess } from './assess';
import { validateCase } from './validate';
import { baseCase, daysAgo, withFindings } from './testing/fixtures';

const verdicts = (c = baseCase()) => {
  const m = assess(c).modalities;
  return {
    manip: m['cervical-manipulation'],
    collar: m['collar-zone-massage'],
    back: m['back-massage'],
    exercise: m['therapeutic-exercise'],
  };
};

describe('assess: the contract example', () => {
  const example = {
    format: 'vas-case/1',
    id: 'case-017',
    assessedOn: '2026-11-20',
    patient: { sex: 'female', birthDate: '1978-03-02' },
    findings: {
      headache: true,
      'occipital-headache': { present: true, onset: '2026-09-01', note: 'worse evenings' },
      dizziness: true,
      'visual-disturbance': null,
      stroke: { present: true, onset: '2026-10-30' },
      'thyroid-disease': false,
    },
    imaging: [
      {
        modality: 'doppler',
        region: 'neck-vessels',
        date: '2026-11-02',
        report:
          'Left vertebral artery: flow velocity reduced, lumen narrowed at V2. Right VA without evidence of stenosis.',
      },
      {
        modality: 'xray',
        region: 'cervical-spine',
        date: '2026-10-15',
        report: 'Signs of osteochondrosis C4-C6. Uncovertebral arthrosis C5-C6.',
        findings: ['cervical-osteochondrosis', 'uncovertebral-arthrosis'],
      },
    ],
  };

  it('gives high suspicion from two triad features plus Doppler narrowing', () => {
    const v = validateCase(example);
    if (!v.ok) fail(v.errors);
    const a = assess(v.ok ? v.value : baseCase());
    expect(a.caseId).toBe('case-017');
    expect(a.vas.level).toBe('high');
    expect(a.vas.reasons[0]!.rule).toBe('VAS-TRIAD-2-IMAGING');
    expect(a.vas.triad).toEqual({ headache: true, dizziness: true, visualDisturbance: null });
    expect(a.vas.missing).toEqual(['visual-disturbance']);
    expect(a.causes).toEqual(['vertebrogenic']);
    expect(a.modalities['cervical-manipulation'].verdict).toBe('contraindicated');
    expect(a.modalities['collar-zone-massage'].verdict).toBe('contraindicated');
    expect(a.modalities['back-massage'].verdict).toBe('not-cleared');
    expect(a.modalities['back-massage'].missing).toContain('infection');
    expect(a.course.status).toBe('none');
  });
});

describe('assess: verdicts', () => {
  it('clears every modality when everything is answered no and imaging is on file', () => {
    const v = verdicts();
    expect([v.manip.verdict, v.collar.verdict, v.back.verdict, v.exercise.verdict]).toEqual([
      'clear',
      'clear',
      'clear',
      'clear',
    ]);
  });

  it('FS-2: an unknown contraindication gives not-cleared and names it', () => {
    const v = verdicts(withFindings({ infection: undefined }));
    expect(v.back.verdict).toBe('not-cleared');
    expect(v.back.missing).toEqual(['infection']);
    expect(v.collar.missing).toEqual(['infection']);
    expect(v.manip.verdict).toBe('clear'); // infection is only a precaution for manipulation
  });

  it('an unknown red flag blocks clearance of every modality', () => {
    const v = verdicts(withFindings({ ataxia: null }));
    for (const m of [v.manip, v.collar, v.back, v.exercise]) {
      expect(m.verdict).toBe('not-cleared');
      expect(m.missing).toContain('ataxia');
    }
  });

  it('an unknown precaution does not block clearance', () => {
    expect(verdicts(withFindings({ smoking: undefined })).manip.verdict).toBe('clear');
  });

  it('a present precaution gives caution', () => {
    const v = verdicts(withFindings({ anticoagulants: true }));
    expect(v.manip.verdict).toBe('caution');
    expect(v.manip.reasons[0]!.rule).toBe('MANIP-ANTICOAGULANTS');
  });

  it('stroke within 180 days contraindicates; older gives caution; onset unknown is treated as recent', () => {
    expect(
      verdicts(withFindings({ stroke: { present: true, onset: daysAgo(180) } })).collar.verdict,
    ).toBe('contraindicated');
    expect(
      verdicts(withFindings({ stroke: { present: true, onset: daysAgo(181) } })).collar.verdict,
    ).toBe('caution');
    expect(verdicts(withFindings({ stroke: true })).manip.verdict).toBe('contraindicated');
  });

  it('TIA is a caution for collar-zone massage at any age, a contraindication for manipulation when recent', () => {
    const v = verdicts(withFindings({ tia: { present: true, onset: daysAgo(20) } }));
    expect(v.collar.verdict).toBe('caution');
    expect(v.manip.verdict).toBe('contraindicated');
  });

  it('manipulation without cervical-spine imaging is not cleared, even if the entry says no arthrosis', () => {
    const v = verdicts(
      baseCase({
        imaging: [{ modality: 'doppler', region: 'neck-vessels', report: 'Normal flow.' }],
      }),
    );
    expect(v.manip.verdict).toBe('not-cleared');
    expect(v.manip.missing).toContain('cervical-spine-imaging');
    expect(v.collar.verdict).toBe('clear');
  });

  it('an uncertain contraindication on imaging never clears', () => {
    const c = baseCase({
      imaging: [
        {
          modality: 'mri',
          region: 'cervical-spine',
          report: 'Uncovertebral arthrosis C5-C6 cannot be excluded.',
        },
      ],
    });
    const v = verdicts(c);
    expect(v.manip.verdict).toBe('not-cleared');
    expect(v.manip.missing).toContain('uncovertebral-arthrosis');
    expect(assess(c).conflicts?.length).toBe(1);
  });

  it('emergency contraindicates all four modalities', () => {
    const v = verdicts(withFindings({ 'drop-attacks': { present: true, onset: daysAgo(2) } }));
    expect([v.manip.verdict, v.collar.verdict, v.back.verdict, v.exercise.verdict]).toEqual(
      Array(4).fill('contraindicated'),
    );
  });

  it('urgent holds manual therapy but not therapeutic exercise', () => {
    const v = verdicts(withFindings({ 'worsening-neurology': true }));
    expect(v.manip.verdict).toBe('not-cleared');
    expect(v.back.verdict).toBe('not-cleared');
    expect(v.exercise.verdict).toBe('clear');
  });

  it('moderate suspicion holds manipulation until Doppler; high suspicion contraindicates it and holds collar massage', () => {
    expect(verdicts(withFindings({ headache: true, dizziness: true })).manip.verdict).toBe(
      'not-cleared',
    );
    const high = verdicts(
      withFindings({ headache: true, dizziness: true, 'visual-disturbance': true }),
    );
    expect(high.manip.verdict).toBe('contraindicated');
    expect(high.collar.verdict).toBe('not-cleared');
    expect(high.back.verdict).toBe('clear');
  });

  it('collar-zone massage is not cleared while an unknown triad feature could make suspicion high', () => {
    const v = verdicts(
      withFindings({ headache: true, 'visual-disturbance': true, dizziness: null }),
    );
    expect(v.collar.verdict).toBe('not-cleared');
    expect(v.collar.missing).toEqual(['dizziness']);
    // One unknown feature beside two absent ones cannot reach high: it does not block.
    expect(verdicts(withFindings({ dizziness: null })).collar.verdict).toBe('clear');
  });

  it('manipulation is not cleared while suspicion is indeterminate', () => {
    const v = verdicts(withFindings({ dizziness: null }));
    expect(v.manip.verdict).toBe('not-cleared');
    expect(v.manip.missing).toEqual(['dizziness']);
  });

  it('benign dizziness causes do not block massage; MS shows the conflict as caution', () => {
    expect(verdicts(withFindings({ bppv: true, dizziness: true })).collar.verdict).toBe('clear');
    const ms = verdicts(withFindings({ 'multiple-sclerosis': true }));
    expect(ms.collar.verdict).toBe('caution');
    expect(ms.collar.reasons[0]!.text).toContain('FS-6');
  });

  it('contraindicated verdicts list nothing to answer', () => {
    const v = verdicts(withFindings({ 'thyroid-disease': true, infection: null }));
    expect(v.collar.verdict).toBe('contraindicated');
    expect(v.collar.missing).toEqual([]);
  });
});

describe('assess: urgency', () => {
  it('red flag within 14 days is an emergency; older is urgent; with recent trauma an emergency', () => {
    expect(
      assess(withFindings({ dysarthria: { present: true, onset: daysAgo(14) } })).urgency.level,
    ).toBe('emergency');
    expect(
      assess(withFindings({ dysarthria: { present: true, onset: daysAgo(15) } })).urgency.level,
    ).toBe('urgent');
    expect(
      assess(
        withFindings({
          dysarthria: { present: true, onset: daysAgo(90) },
          'recent-cervical-manipulation': true,
        }),
      ).urgency.level,
    ).toBe('emergency');
  });

  it('unknown red flags leave urgency none but listed as missing', () => {
    const a = assess(withFindings({ nystagmus: undefined }));
    expect(a.urgency.level).toBe('none');
    expect(a.urgency.missing).toEqual(['nystagmus']);
    expect(a.recommendations.join(' ')).toContain('Nystagmus');
  });
});

describe('assess: suspicion', () => {
  it('occipital headache counts as the headache feature', () => {
    expect(assess(withFindings({ 'occipital-headache': true, dizziness: true })).vas.level).toBe(
      'moderate',
    );
  });
  it('headache unknown with occipital headache absent stays unknown', () => {
    const a = assess(withFindings({ headache: null, 'occipital-headache': false }));
    expect(a.vas.level).toBe('indeterminate');
    expect(a.vas.missing).toEqual(['headache']);
  });
  it('a negative rotation test lowers nothing (FS-4)', () => {
    const unknown = assess(
      withFindings({ headache: true, nausea: true, 'dizziness-on-head-rotation': undefined }),
    );
    const negative = assess(
      withFindings({ headache: true, nausea: true, 'dizziness-on-head-rotation': false }),
    );
    expect(negative.vas.level).toBe(unknown.vas.level);
    expect(negative.vas.score).toBe(unknown.vas.score);
    expect(
      assess(withFindings({ headache: true, nausea: true, 'dizziness-on-head-rotation': true })).vas
        .level,
    ).toBe('moderate');
  });
  it('recommends neck-vessel Doppler and spine imaging when no cause is found', () => {
    const a = assess(withFindings({ headache: true, dizziness: true }, { imaging: [] }));
    expect(a.causes).toEqual([]);
    expect(a.workup).toEqual([
      'Doppler / duplex ultrasound of neck vessels',
      'X-ray and MRI of the cervical spine',
    ]);
  });
});

describe('assess: memoised by identity, never stale after an edit', () => {
  it('the same case object again gives the same answer', () => {
    const c = withFindings({ headache: true, dizziness: true, 'visual-disturbance': true });
    expect(assess(c)).toEqual(assess(c));
  });

  it('a new findings object (an edit) is assessed afresh', () => {
    const c = baseCase();
    const before = assess(c).urgency.level;
    const edited = { ...c, findings: { ...c.findings, 'worsening-neurology': true } };
    expect(assess(edited).urgency.level).not.toBe(before);
    expect(assess(c).urgency.level).toBe(before);
  });

  it('another birth date with the same findings object changes the age caution', () => {
    const c = { ...baseCase(), patient: { birthDate: '1980-01-01' } };
    const old = { ...c, patient: { birthDate: '1940-01-01' } };
    const rule = (x: typeof c) =>
      assess(x).modalities['cervical-manipulation'].reasons.some((r) => r.rule === 'MANIP-AGE');
    expect(rule(c)).toBe(false);
    expect(rule(old)).toBe(true);
  });

  it('another assessment date with the same objects is assessed afresh', () => {
    const c = baseCase();
    const later = { ...c, assessedOn: '2099-01-01' };
    const age = (x: typeof c) =>
      assess(x).modalities['cervical-manipulation'].reasons.some((r) => r.rule === 'MANIP-AGE');
    expect(age(c)).toBe(false);
    expect(age(later)).toBe(true);
  });

  it('remembers by default; with remember: false it keeps nothing and gives the same answer', () => {
    const c = withFindings({ headache: true, dizziness: true }, { sessions: [] });
    expect(assess(c).modalities).toBe(assess(c).modalities);
    const once = assess(c, { remember: false });
    expect(once).toEqual(assess(c));
    const fresh = { ...c, sessions: [] };
    expect(assess(fresh, { remember: false }).modalities).not.toBe(
      assess(fresh, { remember: false }).modalities,
    );
  });
});
