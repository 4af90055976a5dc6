/**
 * Rounds 61-62: a helper's attacks on session 14's mends (known-open-mends.spec.ts), kept as
 * controls in both directions: false alarms the first mends made, and misses the tightening
 * made.
 */
import { findingsOfText } from '../fhir/finding-text';
import { readReport } from './report-reader';

const DOPPLER = { modality: 'doppler', region: 'neck-vessels' } as const;
const CTA = { modality: 'cta', region: 'neck-vessels' } as const;
const SPINE = { modality: 'mri', region: 'cervical-spine' } as const;
/** Whether the text read in the study affirms the finding. */
const has = (text: string, study: typeof DOPPLER | typeof CTA | typeof SPINE, f: string) =>
  readReport(text, study).some((m) => m.finding === f && m.status === 'affirmed');
const read = (text: string) => findingsOfText({ text }, '2026-11-20');

describe("round 61's attacks on this session's mends (controls)", () => {
  it('a sentence after a bracketed value with a unit still ends at its full stop', () => {
    expect(
      has('No stenosis (45 cm/s.) Left VA dissection.', DOPPLER, 'vertebral-artery-dissection'),
    ).toBeTrue();
  });
  it('side lines go on only under a flow heading', () => {
    for (const text of [
      'Reversal of flow\nRight \u2014 absent\nLeft \u2014 absent',
      'Diastolic flow velocity\nRight 12\nLeft 0',
      'Plaque distally absent',
      'Stratification of the V2 wall is preserved',
    ])
      expect(
        has(text, DOPPLER, 'vertebral-artery-narrowing') ||
          has(text, DOPPLER, 'vertebral-artery-dissection'),
      )
        .withContext(text)
        .toBeFalse();
    expect(has('Flow distally absent.', DOPPLER, 'vertebral-artery-narrowing')).toBeTrue();
  });
  it('a bare "no" among options is no answer; "none seen" is', () => {
    expect(has('Dissection no / yes: yes', CTA, 'vertebral-artery-dissection')).toBeTrue();
    expect(has('Dissection none seen.', CTA, 'vertebral-artery-dissection')).toBeFalse();
    expect(has('Occlusion none identified.', CTA, 'vertebral-artery-narrowing')).toBeFalse();
    expect(
      has(
        'Dissection: right no; left V3 evident, normal calibre',
        CTA,
        'vertebral-artery-dissection',
      ),
    ).toBeFalse();
  });
  it('uncovertebral exceptions: not the facets, not resolved; a colon and a longer gap read', () => {
    expect(
      has(
        'Uncovertebral joints are normal except for facet hypertrophy at C5-6',
        SPINE,
        'uncovertebral-arthrosis',
      ),
    ).toBeFalse();
    expect(
      has(
        'Uncovertebral joints normal except where previously described hypertrophy has resolved',
        SPINE,
        'uncovertebral-arthrosis',
      ),
    ).toBeFalse();
    expect(
      has(
        'Uncovertebral joints: normal except C5-6 hypertrophy.',
        SPINE,
        'uncovertebral-arthrosis',
      ),
    ).toBeTrue();
    expect(
      has(
        'Uncovertebral joints are unremarkable except at C5-6 and C6-7 where there is bilateral hypertrophy',
        SPINE,
        'uncovertebral-arthrosis',
      ),
    ).toBeTrue();
  });
  it('a comma-wrapped line takes the brain only when it goes on to describe it', () => {
    expect(
      has(
        'Brainstem and cerebellum unremarkable,\nhistory of myocardial infarction 2019.',
        SPINE,
        'stroke',
      ),
    ).toBeFalse();
  });
  it('referral text: no rotation from a pain, a resolved vertigo or a lumbar manipulation', () => {
    expect(read('Dizziness, on turning head neck pain worse')).not.toContain(
      'dizziness-on-head-rotation',
    );
    expect(read('Vertigo resolved; on turning head, neck pain only')).not.toContain(
      'dizziness-on-head-rotation',
    );
    expect(read('Vertigo: none at rest, on turning head (no)')).not.toContain(
      'dizziness-on-head-rotation',
    );
    expect(
      read('Manipulation of the lumbar spine performed by chiropractor last week'),
    ).not.toContain('recent-cervical-manipulation');
  });
});

describe("round 62's attacks on round 61's mends (misses the tightening made)", () => {
  for (const text of [
    'Flow:\nRight \u2014 antegrade\nLeft \u2014 absent',
    'VA flow:\nRight \u2014 antegrade\nLeft \u2014 absent',
    'PSV (cm/s):\nRight 45\nLeft 0',
    'Left VA: antegrade flow in V1, distally absent.',
    'Left VA: no flow distally.',
    'PSV (cm/s.) right 45, left 0',
  ])
    it(`reads absent flow in ${JSON.stringify(text)}`, () => {
      expect(has(text, DOPPLER, 'vertebral-artery-narrowing')).toBeTrue();
    });
  it('reads a dissection the tightening missed', () => {
    expect(
      has(
        'Stratification of the left VA wall, the right VA is normal.',
        CTA,
        'vertebral-artery-dissection',
      ),
    ).toBeTrue();
    expect(
      has(
        'Dissection: right \u2014 no; left \u2014 evident in V3',
        CTA,
        'vertebral-artery-dissection',
      ),
    ).toBeTrue();
    expect(has('Occlusion no / left / right: left', CTA, 'vertebral-artery-narrowing')).toBeTrue();
  });
  it('reads uncovertebral change said to have progressed since a year, or not resolved', () => {
    expect(
      has(
        'Uncovertebral joints are normal except at C5-6 where hypertrophy has progressed since 2023',
        SPINE,
        'uncovertebral-arthrosis',
      ),
    ).toBeTrue();
    expect(
      has(
        'Uncovertebral joints normal except at C5-6, hypertrophy not resolved',
        SPINE,
        'uncovertebral-arthrosis',
      ),
    ).toBeTrue();
  });
  it('reads a provocation part with a tail, not one answered no', () => {
    expect(read('Dizziness, on turning head quickly')).toContain('dizziness-on-head-rotation');
    expect(read('Dizziness, when looking up at the ceiling')).toContain(
      'dizziness-on-head-rotation',
    );
    expect(read('Dizziness, on turning head, neck pain also')).toContain(
      'dizziness-on-head-rotation',
    );
    expect(read('Dizziness, on turning head, neck pain only')).not.toContain(
      'dizziness-on-head-rotation',
    );
  });
});
