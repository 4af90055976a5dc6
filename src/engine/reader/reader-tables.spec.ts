import { readTables } from './reader-tables';
import { readReport, summariseMentions, type StudyContext } from './report-reader';

const DOP: StudyContext = { modality: 'doppler', region: 'neck-vessels' };
const MRI_SPINE: StudyContext = { modality: 'mri', region: 'cervical-spine' };

const occluded = (text: string, study: StudyContext = DOP): boolean =>
  readReport(text, study).some((m) => m.occlusion === true && m.status === 'affirmed');

describe('duplex tables', () => {
  it('reads a side of no flow in a row of peak velocities or of flow', () => {
    expect(occluded('| Vessel | Right | Left |\n| VA PSV, cm/s | 52 | 0 |')).toBeTrue();
    expect(occluded('| | right | left |\n| flow | antegrade | absent |')).toBeTrue();
    expect(occluded('| VA flow | antegrade | not registered |')).toBeTrue();
    // The label in the column's header, the side in the row's first cell.
    expect(occluded('| VA | PSV, cm/s |\n| right | 45 |\n| left | 0 |')).toBeTrue();
  });

  it('gives the row as the span', () => {
    const text = 'Duplex.\n| VA PSV, cm/s | 52 | 0 |\nConclusion: see table.';
    const [row] = readTables(text);
    expect(text.slice(row!.start, row!.end)).toBe('| VA PSV, cm/s | 52 | 0 |');
  });

  it('leaves rows whose absence is normal, other arteries and other measures', () => {
    for (const text of [
      '| | right | left |\n| PSV, cm/s | 45 | 40 |',
      '| Flow limitation | no | no |',
      '| Retrograde flow | no | no |',
      '| EDV, cm/s | 10 | 0 |',
      '| | VA | ICA |\n| PSV | 45 | 0 |',
      '| ICA PSV, cm/s | 80 | 0 |',
      'Flow | present',
    ])
      expect(occluded(text)).withContext(text).toBeFalse();
  });

  it('reads rows with double or no-break spaces, and a new table after a line of tabs', () => {
    expect(occluded('| | right | left |\n| flow | antegrade | not  registered |')).toBeTrue();
    expect(occluded('| | right | left |\n| flow | antegrade | not\u00a0registered |')).toBeTrue();
    expect(
      occluded(
        'Extracranial\tduplex\t- measurements\nVessel | PSV (cm/s) | Flow | Comment\nL VA | - | absent | -',
      ),
    ).toBeTrue();
  });

  it('outside a vessel study, only a row naming the vertebral artery', () => {
    expect(occluded('| Flow | yes | no |', MRI_SPINE)).toBeFalse();
    expect(occluded('| VA flow | yes | no |', MRI_SPINE)).toBeTrue();
  });

  it('only adds readings: the rest of the report is read as before', () => {
    const text = 'No dissection.\n| VA flow | antegrade | absent |';
    const summary = summariseMentions(readReport(text, DOP));
    expect(summary.get('vertebral-artery-dissection')).toBe('negated');
    expect(summary.get('vertebral-artery-narrowing')).toBe('affirmed');
  });

  it('reads columns aligned with spaces: a VA stenosis, a reduction on rotation, uncovertebral spurring', () => {
    const stenosis = [
      'Vessel            PSV    EDV    Stenosis',
      'R VA origin       52     15     0%',
      'L VA origin       265    82     70-99%',
    ].join('\n');
    expect(summariseMentions(readReport(stenosis, DOP)).get('vertebral-artery-narrowing')).toBe(
      'affirmed',
    );
    const rotation = [
      'Position            R VA PSV   L VA PSV',
      'Neutral             48         52',
      'Rotation left       46         12 (marked reduction)',
    ].join('\n');
    expect(summariseMentions(readReport(rotation, DOP)).get('vertebral-artery-narrowing')).toBe(
      'affirmed',
    );
    const levels = [
      'Level   Disc          Uncovertebral joints     Foramina',
      'C4-C5   normal        normal                   patent',
      'C5-C6   mild bulge    bilateral spurring       mild R narrowing',
    ].join('\n');
    expect(summariseMentions(readReport(levels, MRI_SPINE)).get('uncovertebral-arthrosis')).toBe(
      'affirmed',
    );
  });

  it("a column's name is no finding; rows of none and prose with double spaces read nothing", () => {
    const normal = [
      'Vessel          PSV   EDV   Plaque   Stenosis',
      'R ICA prox      82    24    small    <50%',
      'R VA            46    13    none     none',
      'L VA            52    16    none     none',
    ].join('\n');
    expect(summariseMentions(readReport(normal, DOP)).size).toBe(0);
    // Sentences with two spaces after their full stops are prose, not a table.
    const prose =
      'Left VA dissection.  Flow reduced.  Patent ICA.\nNo stenosis.  No plaque.  Normal.';
    expect(summariseMentions(readReport(prose, DOP)).get('vertebral-artery-dissection')).toBe(
      'affirmed',
    );
    // A header alone, or a one-line pipe row, is read as before ("Stenosis | no | Dissection | yes").
    expect(
      summariseMentions(readReport('Stenosis | no | Dissection | yes', DOP)).get(
        'vertebral-artery-dissection',
      ),
    ).toBe('affirmed');
  });
});
