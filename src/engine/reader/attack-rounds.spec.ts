/**
 * Review rounds that attacked a session's mends with texts in both directions, kept as data
 * (src/engine/testing/attacks/roundNN.json: the texts each round's verdict left right). Each
 * text's expected emergency readings, one alternative of several ("OCCL|OCCL?"), must be read;
 * a text expected to read none ("NONE") must read no emergency nor an uncertain one.
 *   OCCL  absent flow / occlusion of a VA, affirmed (OCCL? uncertain);
 *   ACUTE an acute stroke, affirmed, not said older (ACUTE? uncertain);
 *   DISS  a VA dissection, affirmed (DISS? uncertain).
 */
import round63 from '../testing/attacks/round63.json';
import { readReport, type Mention, type StudyContext } from './report-reader';

interface AttackText {
  mend: string;
  study: string;
  text: string;
  expected: string;
}

const STUDIES: Record<string, StudyContext> = {
  dop: { modality: 'doppler', region: 'neck-vessels' },
  cta: { modality: 'cta', region: 'neck-vessels' },
  ctah: { modality: 'cta', region: 'head' },
  ct: { modality: 'msct', region: 'head' },
  mri: { modality: 'mri', region: 'head' },
  mrin: { modality: 'mri', region: 'neck-vessels' },
  mrics: { modality: 'mri', region: 'cervical-spine' },
};

/** The emergency readings of a text's mentions (negated ones are none). */
function emergencies(ms: readonly Mention[]): Set<string> {
  const got = new Set<string>();
  const mark = (name: string, m: Mention) => {
    if (m.status === 'affirmed') got.add(name);
    else if (m.status === 'uncertain') got.add(`${name}?`);
  };
  for (const m of ms) {
    if (m.finding === 'vertebral-artery-narrowing' && m.occlusion) mark('OCCL', m);
    if (m.finding === 'stroke' && m.acute && !m.older) mark('ACUTE', m);
    if (m.finding === 'vertebral-artery-dissection') mark('DISS', m);
  }
  return got;
}

function check(round: string, texts: readonly AttackText[]): void {
  describe(`review round ${round}'s texts`, () => {
    for (const t of texts) {
      const study = STUDIES[t.study];
      const alternatives = t.expected.split('|').map((a) => (a === 'NONE' ? [] : a.split(',')));
      const allowed = new Set(alternatives.flat());
      it(`reads ${JSON.stringify(t.text)} (${t.study}) as ${t.expected}`, () => {
        expect(study).withContext(`study ${t.study}`).toBeDefined();
        const ms = readReport(t.text, study);
        const got = emergencies(ms);
        const shown = JSON.stringify(ms.map((m) => [m.finding, m.status, m.text, m.trigger ?? '']));
        expect(alternatives.some((a) => a.every((e) => got.has(e))))
          .withContext(`${[...got].join(',') || 'none'}: ${shown}`)
          .toBeTrue();
        expect([...got].filter((e) => !allowed.has(e)))
          .withContext(shown)
          .toEqual([]);
      });
    }
  });
}

check('63', round63 as readonly AttackText[]);
