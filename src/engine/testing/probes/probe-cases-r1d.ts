/** Reviewer probes, round 1 (part d): generated from the round's throw-away harness, deduplicated. */
import { one, S, type Probe } from './probe-model';

export const ROUND_1_D: readonly Probe[] = [
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'worsening-neurology unknown',
    rule: '§4/FS-2',
    delta: { findings: { 'worsening-neurology': undefined } },
    expect: { bm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'dissection onset 100d',
    rule: '§4 urgent; §5 contraindicated manip+CZM',
    delta: { findings: { 'vertebral-artery-dissection': { present: true, onset: '2026-08-12' } } },
    expect: { manip: 'contraindicated', czm: 'contraindicated', bm: 'not-cleared', urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'dissection onset 300d',
    rule: '§5 at any time',
    delta: { findings: { 'vertebral-artery-dissection': { present: true, onset: '2026-01-24' } } },
    expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'dissection read in CTA 300d old',
    rule: '§4 onset unknown -> emergency',
    delta: {
      add: [S('cta', 'neck-vessels', '2026-01-24', 'Dissection of the left vertebral artery.')],
    },
    expect: { ex: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'dissection read in CTA, entry onset 300d',
    rule: '§8 clinician onset dates report -> urgent',
    delta: {
      findings: { 'vertebral-artery-dissection': { present: true, onset: '2026-01-24' } },
      add: [S('cta', 'neck-vessels', '2026-01-24', 'Dissection of the left vertebral artery.')],
    },
    expect: { manip: 'contraindicated', urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'new-unusual-headache present (no neck events)',
    rule: '§9 urgent',
    delta: { findings: { 'new-unusual-headache': true } },
    expect: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'new-unusual-headache onset 5d + logged manipulation 10d',
    rule: '§9 emergency',
    delta: {
      findings: { 'new-unusual-headache': { present: true, onset: '2026-11-15' } },
      sessions: [{ date: '2026-11-10', modality: 'cervical-manipulation', course: 1 }],
    },
    expect: { ex: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'new-unusual-headache onset 5d + logged CZM 10d',
    rule: '§9 emergency',
    delta: {
      findings: { 'new-unusual-headache': { present: true, onset: '2026-11-15' } },
      sessions: [{ date: '2026-11-10', modality: 'collar-zone-massage', course: 1 }],
    },
    expect: { ex: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'new-unusual-headache undated + neck trauma undated',
    rule: '§9 emergency',
    delta: { findings: { 'recent-neck-trauma': true, 'new-unusual-headache': true } },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'new-unusual-headache undated + logged manip 10d',
    rule: '§9 urgent, onset missing',
    delta: {
      findings: { 'new-unusual-headache': true },
      sessions: [{ date: '2026-11-10', modality: 'cervical-manipulation', course: 1 }],
    },
    expect: { manip: 'not-cleared', urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'new-unusual-headache unknown + recent-neck-massage present',
    rule: '§9 hold exercise too',
    delta: { findings: { 'recent-neck-massage': true, 'new-unusual-headache': undefined } },
    expect: { manip: 'not-cleared', ex: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'new-unusual-headache unknown',
    rule: '§9 hold manual',
    delta: { findings: { 'new-unusual-headache': undefined } },
    expect: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'dizziness onset 5d after recent-cervical-manipulation 10d',
    rule: '§9 emergency',
    delta: {
      findings: {
        dizziness: { present: true, onset: '2026-11-15' },
        'recent-cervical-manipulation': { present: true, onset: '2026-11-10' },
      },
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'dizziness onset 5d after logged manip 10d',
    rule: '§9 emergency',
    delta: {
      findings: { dizziness: { present: true, onset: '2026-11-15' } },
      sessions: [{ date: '2026-11-10', modality: 'cervical-manipulation', course: 1 }],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'headache onset 20d after neck trauma 25d',
    rule: '§9 urgent',
    delta: {
      findings: {
        headache: { present: true, onset: '2026-10-31' },
        'recent-neck-trauma': { present: true, onset: '2026-10-26' },
      },
    },
    expect: { urg: 'urgent' },
  }),
];
