/**
 * Known-open misses of rounds 7-13 mended in session 14: an infarct dated acute by a later
 * label of its sentence ("…, some acute"), a new CT hypodensity, a misspelt acute infarct.
 */
import { readReport } from './report-reader';

const HEAD = { modality: 'mri', region: 'head' } as const;
const CT = { modality: 'msct', region: 'head' } as const;

function stroke(text: string, study: { modality: 'mri' | 'msct'; region: 'head' } = HEAD) {
  return readReport(text, study).filter((m) => m.finding === 'stroke');
}
const acuteOf = (text: string, study?: { modality: 'mri' | 'msct'; region: 'head' }) =>
  stroke(text, study).some((m) => m.status === 'affirmed' && m.acute === true);

describe('an infarct dated acute later in its sentence', () => {
  for (const text of [
    'Multiple infarcts of different ages, some acute.',
    'Multiple infarcts of different ages, some of them subacute.',
    'Lacunar infarcts of different ages, the left thalamic one acute.',
    'Infarcts: right cerebellum - old; left cerebellum - acute.',
    'Infarcts in both cerebellar hemispheres; the right one possibly acute.',
    'Left cerebellar infarct {acute}.',
    'Left cerebellar infarct [subacute] and old lacunes.',
  ])
    it(`reads ${JSON.stringify(text)} as an acute infarct`, () => {
      expect(acuteOf(text))
        .withContext(JSON.stringify(stroke(text)))
        .toBeTrue();
    });

  for (const text of [
    'Multiple infarcts of different ages, none acute.',
    'Infarcts in both hemispheres, not acute.',
    'Old infarcts, acute sinusitis.',
    'Old left cerebellar infarct; right maxillary sinus - acute.',
    'Old lacunar infarct in the right thalamus, maxillary sinusitis [acute].',
    'Old infarct in the left cerebellum. Right cerebellum - acute sinus thrombosis excluded.',
    'Infarct {not acute}.',
  ])
    it(`does not read ${JSON.stringify(text)} as an acute infarct`, () => {
      expect(acuteOf(text))
        .withContext(JSON.stringify(stroke(text)))
        .toBeFalse();
      // The infarct itself is still read (a stroke of unknown onset).
      expect(stroke(text).some((m) => m.status === 'affirmed')).toBeTrue();
    });
});

describe('acute infarct words', () => {
  it('reads a newly appeared CT hypodensity in the posterior fossa as acute', () => {
    expect(acuteOf('Newly appeared hypodense area in the left cerebellum.', CT)).toBeTrue();
    expect(acuteOf('Newly appeared hypodense focus in the left cerebellum.', CT)).toBeTrue();
    expect(acuteOf('Newly hypodense right thalamus.', CT)).toBeTrue();
  });

  it('reads the misspelling "infartc"', () => {
    expect(acuteOf('Acute infartc in the right cerebellum.')).toBeTrue();
    expect(stroke('Small infartc in the right cerebellum.').length).toBe(1);
  });
});
