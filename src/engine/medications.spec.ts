/** A current anticoagulant in the medication list makes `anticoagulants` present (FS-3). */
import { assess } from './assess';
import type { Medication } from './model';
import { isAnticoagulant } from './rules/anticoagulant-names';
import { baseCase, daysAgo } from './testing/fixtures';

const MANIP = 'cervical-manipulation';
const on = (...medications: Medication[]) => assess(baseCase({ medications }));

describe('anticoagulants from the medication list', () => {
  it('the base case is clear for manipulation (anticoagulants answered "no")', () => {
    expect(on().modalities[MANIP].verdict).toBe('clear');
  });

  it('warfarin taken now: manipulation caution, citing the precaution, and the "no" is a conflict', () => {
    const a = on({ name: 'Warfarin 5 mg', form: 'tablet', start: daysAgo(200) });
    expect(a.modalities[MANIP].verdict).toBe('caution');
    const reason = a.modalities[MANIP].reasons.find((r) => /anticoagul/i.test(r.text));
    expect(reason?.rule).toBeTruthy();
    expect(reason?.source).toBeTruthy();
    const conflict = a.conflictDetails?.find((c) => c.finding === 'anticoagulants');
    expect(conflict?.rule).toBe('FS-3');
    expect(conflict?.text).toContain('medications[0] (Warfarin 5 mg)');
  });

  it('brand and Cyrillic names count; ended within a week still counts', () => {
    expect(on({ name: 'Xarelto 20 mg' }).modalities[MANIP].verdict).toBe('caution');
    expect(on({ name: 'Эликвис' }).modalities[MANIP].verdict).toBe('caution');
    const ended = on({ name: 'apixaban', start: daysAgo(60), end: daysAgo(5) });
    expect(ended.modalities[MANIP].verdict).toBe('caution');
  });

  it('stopped more than a week ago, or an antiplatelet, does not', () => {
    expect(on({ name: 'warfarin', end: daysAgo(30) }).modalities[MANIP].verdict).toBe('clear');
    expect(on({ name: 'clopidogrel' }).modalities[MANIP].verdict).toBe('clear');
    expect(on({ name: 'Aspirin 75 mg' }).modalities[MANIP].verdict).toBe('clear');
    expect(isAnticoagulant('paracetamol')).toBeFalse();
    // Not taken into the blood, or said not taken (round 6 false alarms)
    expect(isAnticoagulant('Lioton 1000 gel (heparin sodium), topical')).toBeFalse();
    expect(isAnticoagulant('Heparin flush 10 IU/ml (line lock)')).toBeFalse();
    expect(isAnticoagulant('Anticoagulants: none')).toBeFalse();
    expect(isAnticoagulant('Ловенокс 40 мг')).toBeTrue();
    expect(isAnticoagulant('blood thinner')).toBeTrue();
  });

  it('a new medication list on the same findings is assessed again (not memoised away)', () => {
    const c = baseCase();
    expect(assess(c).modalities[MANIP].verdict).toBe('clear');
    const later = { ...c, medications: [{ name: 'dabigatran' }] };
    expect(assess(later).modalities[MANIP].verdict).toBe('caution');
  });
});

describe('painkillers by mouth in any form (brief §6, §8)', () => {
  const tabletDays = (form: string | undefined, analgesic?: boolean) =>
    assess(
      baseCase({
        medications: [
          {
            name: 'Nurofen',
            ...(form === undefined ? {} : { form }),
            ...(analgesic === undefined ? {} : { analgesic }),
            start: daysAgo(8),
            end: daysAgo(2),
          },
        ],
      }),
    ).course.status;

  it('caplets, tabs, softgels, dragees and p.o. count like tablets', () => {
    for (const form of ['caplet', 'tabs', 'softgel', 'dragee', 'p.o.'])
      expect(`${form}: ${tabletDays(form)}`).toBe(`${form}: concerning`);
  });

  it('a gel does not, unless marked a painkiller (the flag wins either way)', () => {
    expect(tabletDays('gel')).not.toBe('concerning');
    expect(tabletDays('gel', true)).toBe('concerning');
  });
});

/** The 4-day painkiller rule belongs to the patient (brief §6, §8), not to one entry. */
describe('painkiller days over several entries', () => {
  const flags = (...medications: Medication[]) =>
    on(...medications).course.flags.filter((f) => f.rule === 'COURSE-ANALGESICS-4-DAYS');
  const tab = (name: string, from: number, to: number): Medication => ({
    name,
    form: 'tablet',
    start: daysAgo(from),
    end: daysAgo(to),
  });

  it('3 days of ibuprofen then 3 of paracetamol are 6 days in a row: one flag naming both', () => {
    const f = flags(tab('ibuprofen', 10, 8), tab('paracetamol', 7, 5));
    expect(f.length).toBe(1);
    expect(f[0]!.text).toContain('ibuprofen, paracetamol: 6 days in a row');
  });

  it('the same tablet entered twice, in either order, overlapping or following on', () => {
    expect(flags(tab('Nurofen', 7, 5), tab('Nurofen', 10, 8)).length).toBe(1);
    expect(flags(tab('Nurofen', 10, 7), tab('Nurofen', 8, 5)).length).toBe(1);
  });

  it('entries with a day between them, or on the same days, are not a run over 4 days', () => {
    expect(flags(tab('ibuprofen', 12, 10), tab('paracetamol', 8, 6)).length).toBe(0);
    expect(flags(tab('ibuprofen', 10, 7), tab('paracetamol', 10, 7)).length).toBe(0);
  });

  it('an entry over the limit alone is flagged once, as before (not again as a run)', () => {
    const f = flags(tab('ibuprofen', 10, 5), tab('paracetamol', 4, 3));
    expect(f.length).toBe(1);
    expect(f[0]!.text).toContain(`ibuprofen: 6 days from ${daysAgo(10)}.`);
  });

  it('a tablet that is not a painkiller does not join a run', () => {
    expect(flags(tab('ibuprofen', 10, 8), tab('amlodipine', 7, 5)).length).toBe(0);
  });
});
