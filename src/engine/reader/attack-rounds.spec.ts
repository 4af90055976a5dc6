/**
 * Review rounds that attacked a session's mends with texts in both directions, kept as data
 * (src/engine/testing/attacks/roundNN.json: the texts each round's verdict left right). Each
 * text's expected emergency readings, one alternative of several ("OCCL|OCCL?"), must be read;
 * a text expected to read none ("NONE") must read no emergency nor an uncertain one.
 *   OCCL  absent flow / occlusion of a VA, affirmed (OCCL? uncertain);
 *   ACUTE an acute stroke, affirmed, not said older (ACUTE? uncertain);
 *   DISS  a VA dissection, affirmed (DISS? uncertain);
 *   ATH   a VA plaque, affirmed (ATH? uncertain).
 * Referral texts ("ref") expect the neck-treatment finding ids findingsOfText reads, or NONE.
 */
import { findingsOfText } from '../fhir/finding-text';
import round63 from '../testing/attacks/round63.json';
import round64 from '../testing/attacks/round64.json';
import round65 from '../testing/attacks/round65.json';
import round66 from '../testing/attacks/round66.json';
import round67 from '../testing/attacks/round67.json';
import round68 from '../testing/attacks/round68.json';
import round70 from '../testing/attacks/round70.json';
import round71 from '../testing/attacks/round71.json';
import round72 from '../testing/attacks/round72.json';
import round73 from '../testing/attacks/round73.json';
import round74 from '../testing/attacks/round74.json';
import round76 from '../testing/attacks/round76.json';
import round78 from '../testing/attacks/round78.json';
import round80 from '../testing/attacks/round80.json';
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
  mra: { modality: 'mra', region: 'neck-vessels' },
  xr: { modality: 'xray', region: 'cervical-spine' },
};

/** Referral findings a text may give wrongly (a neck treatment the patient never had). */
const NECK_TREATMENTS: ReadonlySet<string> = new Set([
  'recent-cervical-manipulation',
  'recent-neck-massage',
  'recent-neck-trauma',
]);

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
    if (m.finding === 'vertebral-artery-atherosclerosis') mark('ATH', m);
  }
  return got;
}

/** `kinds`: the readings the round's verdicts looked at (round 63 did not look at plaques). */
function check(round: string, texts: readonly AttackText[], kinds: readonly string[]): void {
  describe(`review round ${round}'s texts`, () => {
    for (const t of texts) {
      const study = STUDIES[t.study];
      const alternatives = t.expected.split('|').map((a) => (a === 'NONE' ? [] : a.split(',')));
      const allowed = new Set(alternatives.flat());
      it(`reads ${JSON.stringify(t.text)} (${t.study}) as ${t.expected}`, () => {
        let got: Set<string>;
        let shown: string;
        if (t.study === 'ref') {
          const ids = findingsOfText({ text: t.text }, '2026-11-20');
          got = new Set(ids.filter((id) => NECK_TREATMENTS.has(id) || allowed.has(id)));
          shown = JSON.stringify(ids);
        } else {
          expect(study).withContext(`study ${t.study}`).toBeDefined();
          const ms = readReport(t.text, study);
          got = new Set([...emergencies(ms)].filter((e) => kinds.includes(e.replace('?', ''))));
          shown = JSON.stringify(ms.map((m) => [m.finding, m.status, m.text, m.trigger ?? '']));
        }
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

check('63', round63 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS']);
check('64', round64 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
check('65', round65 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
check('66', round66 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
check('67', round67 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
check('68', round68 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
// Round 70: complete documents of five genres (letters citing imaging, follow-ups, templates,
// Russian-English, manual-therapy letters); a letter's vessel findings are read too.
check('70', round70 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
// Round 71: attacks on session 16's mends of rounds 64-70, both ways.
check('71', round71 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
// Round 72: attacks on round 71's mends (forms, comparison tables, letters, treatment time).
check('72', round72 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
// Round 73: attacks on round 72's mends.
check('73', round73 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
// Round 74: attacks on round 73's mends and the neck-dissection guard; lines and letters.
check('74', round74 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
// Round 76: attacks on rounds 74 and 75's mends (the letter reader's new words, check boxes,
// wrapped lines, dash answers, requests; report forms and tables), both ways.
check('76', round76 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
// Round 78: attacks on round 76 and 77's mends (letters' lines and boxes, safety-netting,
// conditions that count while they last, requests), both ways.
check('78', round78 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
// Round 80: attacks on round 78 and 79's mends (safety-netting, conditions that last, falls
// without loss of consciousness, requests, words of flares and gait), both ways.
check('80', round80 as readonly AttackText[], ['OCCL', 'ACUTE', 'DISS', 'ATH']);
