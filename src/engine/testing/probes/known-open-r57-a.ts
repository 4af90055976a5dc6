/**
 * Round 57's probes (/tmp/probe57/head.md: 50 whole case files with long free text and 56
 * attacks on the free-text reader of 0ee5dc1, at 95ddeb6, 63 failing there) that still fail on
 * main after its mends (89fd5e6): eight of the 108 (probe-cases-r57-a.ts to -e.ts), past events
 * and treatment words in long letters and notes: W2, W3, W6, W8, W9, W15, W43, N5 (W14 mended in
 * the same session, T6 in session 14).
 * Reasons from the round's analysis, checked against its harness at 89fd5e6; "judgement:" where
 * the expectation is a judgement call. The list is kept for the round's later reviews.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R57_A: readonly KnownOpen[] = [
  {
    key: 'r57 "W2: GP letter: past events with years, resolved"',
    kind: 'false-alarm',
    reason:
      "'Fractured left wrist 2015' in the PMH is read as fracture-or-ligament-instability (the cervical item), so manipulation is contraindicated; a wrist fracture of 2015 is no cervical fracture or instability (s5), want manipulation at most caution",
  },
  {
    key: 'r57 "W3: chiro intake: checklist denied, planned adjustment"',
    kind: 'false-alarm',
    reason:
      "'Plan: cervical adjustment next week if cleared' is read as a recent manipulation (caution); a manipulation only planned for next week is none given in the last 4 weeks (s9), want all clear (the capitalised 'Dizziness N  Diplopia N …' checklist is mended)",
  },
  {
    key: 'r57 "W6: GP letter: past TIA years ago (dated) and father\'s dissection"',
    kind: 'false-alarm',
    reason:
      "judgement: 'TIA in 2014 (transient right arm weakness)' reads limb-weakness with onset unknown (a year does not date a red flag), so emergency and every modality contraindicated; the weakness was part of a TIA in 2014, at most a long-standing sign (s4 urgent), want urgency at most urgent and exercise clear",
  },
  {
    key: 'r57 "W8: planned manipulation and massage, past massage 2019"',
    kind: 'false-alarm',
    reason:
      "'booked for cervical manipulation on Friday and would like … massage afterwards': the given-words pattern '…massage afterwards' makes the booked manipulation recent (caution); booked is planned and the massage of 2019 is past (s9), want all clear",
  },
  {
    key: 'r57 "W9: ED summary: fall onto knee, no head injury, denials"',
    kind: 'false-alarm',
    reason:
      "a trip onto the knee ('Denies … blackout before the fall - mechanical trip', no head injury, no neck pain) is read as recent-neck-trauma (the F16/N9 family), so manipulation, collar-zone and back massage are contraindicated; want all clear",
  },
  {
    key: 'r57 "W15: ED summary: patient brought by wife after his fall? no, vasovagal at blood test years ago"',
    kind: 'false-alarm',
    reason:
      "judgement: 'Fainted once at a blood test as a teenager' reads syncope with onset unknown ('as a teenager' dates only treatments), so emergency and all four contraindicated; a faint in the teens is past, want all clear",
  },
  {
    key: 'r57 "W43: chiro intake note: ataxia in entry note, \\"previously\\" word"',
    kind: 'miss',
    reason:
      "judgement: the note 'previously steady; unsteady walking since Tuesday' on an ataxia 'no' entry is not read as ataxia ('unsteady walking' is no ataxia name), so all clear; want emergency, all four contraindicated (ataxia since Tuesday, FS-3 present wins)",
  },
  {
    key: 'r57 "N5: intake all \\"no\\" except {\\"visual-disturbance\\":{\\"present\\":true,\\"onset\\":\\"2026-01-24\\",\\"note\\":\\"blurred vision when tired; had diplopia in 2019 from a 6th nerve palsy, resolved\\"}}"',
    kind: 'false-alarm',
    reason:
      "the note 'had diplopia in 2019 from a 6th nerve palsy, resolved' on a present visual-disturbance entry reads diplopia present (only 'no' entries' notes are checked for a past time), so emergency and all four contraindicated; a diplopia of 2019, resolved, is no red flag now (s4), want urgency none, back massage and exercise clear",
  },
];
