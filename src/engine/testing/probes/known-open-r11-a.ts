/**
 * Round 11's probes that fail on main 64d6100 as reviewed (/tmp/probe11/REPORT.md): false alarms name the
 * report's families FA1-FA20, misses M1-M9, judgement calls the families marked so.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R11_A: readonly KnownOpen[] = [
  {
    key: 'r11 "New hypodense lesion in the left thyroid lobe." [msct/neck-vessels 2026-11-15]',
    kind: 'expectation',
    reason:
      'FA6 expected all clear; the reader now reads "lesion in the left thyroid lobe" as thyroid disease (collar-zone massage contraindicated, §5): a true reading, not the false acute infarct the probe was about',
  },
  {
    key: 'r11 "Lacunar infarct of the left thalamus, about 90 days old." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA3 an infarct\'s age said in days of any number ("200 days old", "at least 30 days old") read as acute (false emergency): bm: want <= clear, got contraindicated; ex: want <= clear, got contraindicated',
  },
  {
    key: 'r11 "Lacunar infarct of the left thalamus, more than 14 days old." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'FA3 an infarct\'s age said in days of any number ("200 days old", "at least 30 days old") read as acute (false emergency): bm: want <= clear, got contraindicated; ex: want <= clear, got contraindicated',
  },
  {
    key: 'r11 "New hypodense lesion in the C1 lateral mass (haemangioma)." [msct/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA6 "new / acute / fresh hypodense lesion" of a structure outside the brain on head CT read as an acute infarct (false emergency): false alarm: collar-zone-massage contraindicated; false alarm: back-m',
  },
  {
    key: 'r11 "Atherosclerotic changes in the form of plaques are not detected." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA8 "changes in the form of X are not detected", "changes of the type of X": SAID_TO_EXIST undoes the negation (emergency for a dissection): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r11 "Dissection? yes/no" [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'FA9 form templates: "X yes/no: no", "X (Y/N): N", "X - Yes / No: No" (YES_AFTER and the value "y") (false emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massa',
  },
  {
    key: 'r11 "Dissection: yes / no" [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'FA9 form templates: "X yes/no: no", "X (Y/N): N", "X - Yes / No: No" (YES_AFTER and the value "y") (false emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massa',
  },
  {
    key: 'r11 "Occlusion: lt. no, rt. no." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA10 a line of values "X: right no, left no" / "R. no" / "-" / "(-)" read as affirmed (emergency for an occlusion or dissection): false alarm: cervical-manipulation contraindicated; false alarm: colla',
  },
  {
    key: 'r11 "Report | Duplex scan of the neck vessels\\nFlow\\tantegrade\\tReversal\\tno\\nStenosis\\tnone\\tKinking\\tnone" [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA14 a tab-separated key/value line read as a table row of no flow ("Flow<TAB>antegrade<TAB>Reversal<TAB>no") when the text holds a pipe anywhere: false alarm: cervical-manipulation contraindicated; f',
  },
  {
    key: 'r11 "Duplex | VAs\\nBlood flow\\tantegrade\\tsteal\\tnone" [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA14 a tab-separated key/value line read as a table row of no flow ("Flow<TAB>antegrade<TAB>Reversal<TAB>no") when the text holds a pipe anywhere: false alarm: cervical-manipulation contraindicated; f',
  },
  {
    key: 'r11 "No evidence of post-dissection stenosis." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA20 "post-dissection stenosis" under "no evidence of": the dissection word breaks the negation (caution): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r11 "No post-dissection stenosis or occlusion." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA20 "post-dissection stenosis" under "no evidence of": the dissection word breaks the negation (caution): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contrain',
  },
  {
    key: 'r11 "Left VA: PSV 22 cm/s. (N 40-60), reduced." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 wording and units: "isn\'t", "cm/s.", "infarction": manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
];
