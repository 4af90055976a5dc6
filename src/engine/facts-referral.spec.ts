/**
 * The referral's free-text reason (FS-1, FS-7, §8): what the EHR-text reader affirms in it
 * counts as present with onset unknown; questions, denials and relatives affirm nothing; an
 * intake "no" for a finding it names is a conflict, and present wins.
 */
import { assess } from './assess';
import { buildFacts } from './facts';
import { referralReadings } from './facts-referral';
import type { Assessment, CaseFile, Referral } from './model';
import { baseCase, daysAgo, TODAY, withFindings } from './testing/fixtures';
import { severities } from './testing/severity';

const referral = (reason: string, extra: Partial<Referral> = {}): Referral => ({
  date: daysAgo(1),
  from: 'GP',
  reason,
  priority: 'routine',
  status: 'new',
  ...extra,
});
const referred = (reason: string, extra: Partial<CaseFile> = {}): CaseFile =>
  baseCase({ referral: referral(reason), ...extra });
const verdicts = (a: Assessment): string[] => Object.values(a.modalities).map((m) => m.verdict);

describe('referral reason (FS-7: text only adds)', () => {
  it('R3: a worst-ever headache after manipulation in the reason, intake all "no": emergency, conflict listed', () => {
    const a = assess(
      referred(
        'Sudden worst-ever headache yesterday after chiropractic neck manipulation; CT head normal',
      ),
    );
    expect(a.urgency.level).toBe('emergency');
    expect(verdicts(a)).toEqual([
      'contraindicated',
      'contraindicated',
      'contraindicated',
      'contraindicated',
    ]);
    const conflict = a.conflictDetails?.find((c) => c.finding === 'sudden-severe-headache');
    expect(conflict?.rule).toBe('FS-3');
    expect(conflict?.text).toContain(`referral (${daysAgo(1)}) reason`);
    expect(a.conflicts.some((t) => t.startsWith('FS-3: ') && t.includes('referral'))).toBeTrue();
  });

  it('reads symptoms the way a referral writes them', () => {
    const read = (t: string): string[] => [...referralReadings(t, TODAY)].sort();
    expect(read('dizziness and occipital headache')).toEqual(
      ['dizziness', 'headache', 'occipital-headache'].sort(),
    );
    expect(read('Denies diplopia. Dizziness and headache for 3 months.')).toEqual(
      ['dizziness', 'headache'].sort(),
    );
    expect(read('Query VBI. Dizzy on looking up.')).toEqual(
      ['dizziness', 'dizziness-on-head-rotation'].sort(),
    );
    expect(read('thunderclap headache')).toEqual(['sudden-severe-headache']);
    expect(read('Sudden onset of severe occipital headache')).toContain('sudden-severe-headache');
    expect(read('R ptosis and small R pupil, neck pain after massage last week')).toContain(
      'horner-signs',
    );
    expect(read('On apixaban for AF')).toEqual(['anticoagulants']);
  });

  it('a sudden, worst-ever headache this year is read; one dated to an earlier year is not', () => {
    expect(referralReadings('Headache - sudden, worst ever, on 17 Nov 2026', TODAY)).toContain(
      'sudden-severe-headache',
    );
    expect(
      referralReadings('Headache for months. The worst she has ever had was in 2021.', TODAY),
    ).not.toContain('sudden-severe-headache');
  });

  it('a question, a denial, a relative and a blank reason affirm nothing', () => {
    for (const t of [
      '?VA dissection',
      'r/o stroke',
      'FH stroke (mother)',
      'No diplopia or dysarthria',
      '  ',
      '',
    ])
      expect(referralReadings(t, TODAY)).withContext(t).toEqual([]);
    expect(referralReadings(undefined, TODAY)).toEqual([]);
  });

  it('a new neck injury is recent neck trauma; an old one is not', () => {
    expect(referralReadings('neck pain after RTC 3 days ago', TODAY)).toContain(
      'recent-neck-trauma',
    );
    expect(referralReadings('whiplash injury yesterday', TODAY)).toContain('recent-neck-trauma');
    expect(referralReadings('history of whiplash 2015, neck stiffness', TODAY)).not.toContain(
      'recent-neck-trauma',
    );
  });

  it('never answers what would lift a hold (a benign cause of dizziness, a normal assessment)', () => {
    expect(referralReadings('known BPPV; dizziness', TODAY)).not.toContain('bppv');
    const c = withFindings(
      { dizziness: true, bppv: undefined, 'dynamic-vascular-assessment-normal': undefined },
      { referral: referral('BPPV, Epley done. Dynamic vascular assessment normal.') },
    );
    expect(buildFacts(c).state('bppv')).toBe('unknown');
    expect(buildFacts(c).state('dynamic-vascular-assessment-normal')).toBe('unknown');
  });

  it('a red flag in the reason is undated (emergency) until the clinician enters its onset', () => {
    const undated = assess(referred('diplopia'));
    expect(undated.urgency.level).toBe('emergency');
    const dated = assess(
      referred('diplopia', {
        findings: { ...baseCase().findings, diplopia: { present: true, onset: daysAgo(40) } },
      }),
    );
    expect(dated.urgency.level).toBe('urgent');
  });

  it('only adds: with any of these reasons no output is less severe than without one', () => {
    const reasons = [
      'chronic mechanical neck pain, please assess for massage',
      'dizziness and occipital headache',
      '?VA dissection',
      'Denies diplopia, dysarthria, drop attacks. Neck stiffness.',
      'BPPV, Epley done, dynamic vascular assessment normal',
      'On warfarin',
      'arm weakness getting worse',
    ];
    for (const base of [baseCase(), withFindings({ dizziness: undefined, headache: undefined })]) {
      const without = severities(assess(base));
      for (const reason of reasons) {
        const withIt = severities(assess({ ...base, referral: referral(reason) }));
        withIt.forEach((s, i) =>
          expect(s).withContext(`${reason} [${i}]`).toBeGreaterThanOrEqual(without[i]!),
        );
      }
    }
  });

  it('a change of the reason alone is re-read (the facts memo keys on it)', () => {
    const c = referred('neck stiffness');
    expect(assess(c).urgency.level).toBe('none');
    const edited = { ...c, referral: { ...c.referral, reason: 'neck stiffness, now diplopia' } };
    expect(assess(edited).urgency.level).toBe('emergency');
    expect(buildFacts(edited).referral).toEqual(['diplopia']);
  });

  describe("a finding's note is read the same way", () => {
    const noted = (f: Record<string, unknown>): CaseFile =>
      baseCase({ findings: { ...baseCase().findings, ...f } as CaseFile['findings'] });

    it('a manipulation told in a symptom note dates nothing but counts (triad after manipulation)', () => {
      const a = assess(
        noted({
          dizziness: {
            present: true,
            onset: daysAgo(3),
            note: 'started 2 days after the chiropractor cracked her neck',
          },
        }),
      );
      expect(
        buildFacts(noted({ dizziness: { present: true, note: 'after chiro manipulation' } })).state(
          'recent-cervical-manipulation',
        ),
      ).toBe('present');
      expect(a.urgency.level).toBe('emergency');
      expect(a.urgency.reasons.map((r) => r.rule)).toContain('URG-TRIAD-AFTER-MANIPULATION');
    });

    it('a note contradicting its own "no" brings the finding back, with the conflict listed', () => {
      const a = assess(noted({ tia: { present: false, note: 'mini-stroke last month' } }));
      expect(
        a.conflictDetails?.some((x) => x.finding === 'tia' && x.text.includes('findings.tia note')),
      ).toBeTrue();
      expect(a.modalities['cervical-manipulation'].verdict).toBe('contraindicated');
    });

    it('a note saying its own finding is over does not bring it back', () => {
      const c = noted({ headache: { present: false, note: 'headaches resolved in 2024' } });
      expect(buildFacts(c).state('headache')).toBe('absent');
    });

    it('a note on a neck pain saying it is new and unlike any before is the prodrome (urgent)', () => {
      const a = assess(
        noted({
          'neck-pain': {
            present: true,
            note: 'new, unlike anything before, since yoga 5 days ago',
          },
        }),
      );
      expect(
        buildFacts(
          noted({ 'neck-pain': { present: true, note: 'new, unlike anything before' } }),
        ).state('new-unusual-headache'),
      ).toBe('present');
      expect(a.urgency.level).not.toBe('none');
    });

    it('a plain note reads nothing ("worse evenings")', () => {
      const c = noted({
        'occipital-headache': { present: true, onset: daysAgo(60), note: 'worse evenings' },
      });
      expect(severities(assess(c))).toEqual(
        severities(assess(noted({ 'occipital-headache': { present: true, onset: daysAgo(60) } }))),
      );
    });
  });
});
