/**
 * Neck trauma from an EHR (round 22's C2, C3): an emergency-department visit codes whiplash or a
 * sprain of the cervical spine as a Condition, never as the app's `recent-neck-trauma`. One of
 * the last four weeks is recent neck trauma; a triad feature after it is an emergency (§9).
 */
import { assess } from '../assess';
import { caseOf, condition, present, SCT } from '../testing/fhir-ehr-fixtures';

const ICD = 'http://hl7.org/fhir/sid/icd-10-cm';
const SPRAIN = { system: ICD, code: 'S13.4XXA', display: 'Sprain of ligaments of cervical spine' };
const WHIPLASH = { system: SCT, code: '39848009', display: 'Whiplash injury to neck' };
const DIZZY = condition(
  { system: ICD, code: 'R42', display: 'Dizziness and giddiness' },
  {
    onsetDateTime: '2026-11-22',
  },
);
const OMIT = ['recent-neck-trauma', 'neck-injury', 'dizziness'];

describe('FHIR from EHRs: neck trauma as a Condition', () => {
  it('a cervical sprain or whiplash of last week, then dizziness: recent neck trauma, an emergency', () => {
    for (const code of [SPRAIN, WHIPLASH]) {
      const c = caseOf(OMIT, condition(code, { onsetDateTime: '2026-11-20' }), DIZZY);
      expect(present(c.findings['recent-neck-trauma'])).withContext(code.code).toBeTrue();
      expect(present(c.findings['neck-injury'])).withContext(code.code).toBeTrue();
      expect(assess(c).urgency.level).withContext(code.code).toBe('emergency');
    }
  });

  it('a fracture of C2 of last week is neck trauma; a lumbar fracture is not', () => {
    const c2 = condition(
      { system: ICD, code: 'S12.100A', display: 'Fracture of second cervical vertebra' },
      { onsetDateTime: '2026-11-21' },
    );
    expect(present(caseOf(OMIT, c2, DIZZY).findings['recent-neck-trauma'])).toBeTrue();
    const lumbar = {
      resourceType: 'Condition',
      subject: { reference: 'Patient/p1' },
      code: { text: 'Compression fracture of L1 vertebra' },
      onsetDateTime: '2026-11-21',
    };
    const c = caseOf([...OMIT, 'fracture-or-ligament-instability'], lumbar, DIZZY);
    expect(present(c.findings['recent-neck-trauma'])).toBeUndefined();
  });

  it('a whiplash of two years ago is a neck injury, not recent trauma', () => {
    const c = caseOf(OMIT, condition(WHIPLASH, { onsetDateTime: '2024-10-01' }), DIZZY);
    expect(present(c.findings['neck-injury'])).toBeTrue();
    expect(present(c.findings['recent-neck-trauma'])).toBeUndefined();
    expect(assess(c).urgency.level).not.toBe('emergency');
  });

  it('a whiplash with no date leaves recent trauma unknown (asked, never absent)', () => {
    const c = caseOf(OMIT, condition(WHIPLASH), DIZZY);
    expect(c.findings['recent-neck-trauma']).toBeDefined();
    expect(present(c.findings['recent-neck-trauma'])).toBeNull();
    // Recorded yesterday, onset not given: it may be of last week (its latest possible day).
    const recorded = caseOf(OMIT, condition(WHIPLASH, { recordedDate: '2026-11-25' }), DIZZY);
    expect(present(recorded.findings['recent-neck-trauma'])).toBeTrue();
  });

  it('a refuted whiplash is no trauma', () => {
    const refuted = {
      verificationStatus: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
            code: 'refuted',
          },
        ],
      },
      onsetDateTime: '2026-11-20',
    };
    const c = caseOf(OMIT, condition(WHIPLASH, refuted), DIZZY);
    expect(present(c.findings['recent-neck-trauma'])).toBeUndefined();
  });
});
