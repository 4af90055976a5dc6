/**
 * Round 13's probes that fail on main b492d6d as reviewed (/tmp/probe13/REPORT.md): misses name the
 * report's families A1 and M1-M5, false alarms A2, A2b, FA1, FA2 and N12, judgement calls the families marked so.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R13_A: readonly KnownOpen[] = [
  {
    key: 'r13 "Stenosis - 0, right 44, left 47." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'A2 a bare number after a side (PSV, diameter, RI) in the same line affirms a negated stenosis, occlusion or dissection (false caution / emergency): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r13 "VA occlusion: right no, left no.\\n- right: 44\\n- left: 47" [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'A2 a bare number after a side (PSV, diameter, RI) in the same line affirms a negated stenosis, occlusion or dissection (false caution / emergency) (regression: read right on c3aab38, wrong since 65ce93b): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r13 "Occlusion - not detected, right 3.4, left 3.6." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'A2 a bare number after a side (PSV, diameter, RI) in the same line affirms a negated stenosis, occlusion or dissection (false caution / emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r13 "Occlusion: no (diameter right 3.4, left 3.6)." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'A2 a bare number after a side (PSV, diameter, RI) in the same line affirms a negated stenosis, occlusion or dissection (false caution / emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r13 "Dissection - none; right - 44; left - 47." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'A2 a bare number after a side (PSV, diameter, RI) in the same line affirms a negated stenosis, occlusion or dissection (false caution / emergency) (regression: read right on c3aab38, wrong since 65ce93b): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r13 "Uncovertebral arthrosis: no, right 5, left 6." [xray/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'A2 a bare number after a side affirms a negated spine finding (false contraindication) (regression: read right on c3aab38, wrong since 65ce93b): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r13 "Root compression: none, right 6, left 7." [mri/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'A2 a bare number after a side affirms a negated spine finding (false contraindication) (regression: read right on c3aab38, wrong since 65ce93b): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r13 "Fracture: none, right 1, left 2." [mri/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'A2 a bare number after a side affirms a negated spine finding (false contraindication) (regression: read right on c3aab38, wrong since 65ce93b): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r13 "Stenosis: none (R + L)." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'A2b "none (R/L)", "none bilaterally", "no (both sides)" after a label read as affirmed (false caution / emergency): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r13 "Stenosis: none (right and left)." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'A2b "none (R/L)", "none bilaterally", "no (both sides)" after a label read as affirmed (false caution / emergency): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r13 "CT CERVICAL SPINE\\nClinical notes: Fall from ladder. Neck pain.\\nFindings: Normal alignment. No fracture demonstrated. Prevertebral soft tissues normal.\\nComment: No fracture demonstrated.\\nReported by Dr A, FRANZCR." [msct/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'N11 a trauma mechanism in the indication, and the CT disclaimer on ligaments (judgement): czm: want <= not-cleared, got contraindicated; bm: want <= not-cleared, got contraindicated',
  },
  {
    key: 'r13 "MRI CERVICAL SPINE\\nClinical notes: Neck pain, ?radiculopathy.\\nReport: C5-6: disc osteophyte complex with mild canal narrowing; the cord is not compressed. Foramina are patent. No nerve root compression.\\nComment: Mild C5-6 spondylosis without neural compromise." [mri/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'N12 a question in "Clinical notes:" answered normal (variant of the open r3 / r10 / r12 FA6 request family): false alarm: cervical-manipulation not-cleared',
  },
  {
    key: 'r13 "CT head: no acute findings. ASPECTS 10. Dense vessel sign: absent. Haemorrhage: absent. Impression: no CT evidence of acute stroke; MRI is more sensitive for early ischaemia if clinically indicated." [msct/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a general remark on the sensitivity of CT ("insensitive to early ischaemia", "MRI is more sensitive for posterior fossa infarcts") read as an acute infarct (false emergency): manip: want <= not-cleared, got contraindicated; czm: want <= not-cleared, got contraindicated; bm: want <= clear, got contraindicated; ex: want <= clear, got contraindicated; urg: want <= none, got emergency',
  },
  {
    key: 'r13 "CT head: normal. Early ischaemic changes may not be visible on CT within the first hours." [msct/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a general remark on the sensitivity of CT ("insensitive to early ischaemia", "MRI is more sensitive for posterior fossa infarcts") read as an acute infarct (false emergency): manip: want <= not-cleared, got contraindicated; czm: want <= not-cleared, got contraindicated; bm: want <= clear, got contraindicated; ex: want <= clear, got contraindicated; urg: want <= none, got emergency',
  },
  {
    key: 'r13 "CT head: normal. If acute ischaemia is clinically suspected, MRI with DWI is recommended." [msct/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a general remark on the sensitivity of CT ("insensitive to early ischaemia", "MRI is more sensitive for posterior fossa infarcts") read as an acute infarct (false emergency): manip: want <= not-cleared, got contraindicated; czm: want <= not-cleared, got contraindicated; bm: want <= clear, got contraindicated; ex: want <= clear, got contraindicated; urg: want <= none, got emergency',
  },
  {
    key: 'r13 "CT head: normal. A hyperacute infarct may not be visible on CT." [msct/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a general remark on the sensitivity of CT ("insensitive to early ischaemia", "MRI is more sensitive for posterior fossa infarcts") read as an acute infarct (false emergency): manip: want <= not-cleared, got contraindicated; czm: want <= not-cleared, got contraindicated; bm: want <= clear, got contraindicated; ex: want <= clear, got contraindicated; urg: want <= none, got emergency',
  },
  {
    key: 'r13 "CT head: normal. MRI is more sensitive for posterior fossa infarcts." [msct/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a general remark on the sensitivity of CT ("insensitive to early ischaemia", "MRI is more sensitive for posterior fossa infarcts") read as an acute infarct (false emergency): manip: want <= not-cleared, got contraindicated; czm: want <= not-cleared, got contraindicated',
  },
  {
    key: 'r13 "CT head: normal. Sensitivity of CT for acute brainstem ischaemia is limited." [msct/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a general remark on the sensitivity of CT ("insensitive to early ischaemia", "MRI is more sensitive for posterior fossa infarcts") read as an acute infarct (false emergency): manip: want <= not-cleared, got contraindicated; czm: want <= not-cleared, got contraindicated; bm: want <= clear, got contraindicated; ex: want <= clear, got contraindicated; urg: want <= none, got emergency',
  },
  {
    key: 'r13 "CT head: normal. Small acute infarcts, particularly in the posterior fossa, can be occult on CT." [msct/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a general remark on the sensitivity of CT ("insensitive to early ischaemia", "MRI is more sensitive for posterior fossa infarcts") read as an acute infarct (false emergency): manip: want <= not-cleared, got contraindicated; czm: want <= not-cleared, got contraindicated; bm: want <= clear, got contraindicated; ex: want <= clear, got contraindicated; urg: want <= none, got emergency',
  },
  {
    key: 'r13 "CT head: no haemorrhage. Acute infarct cannot be excluded on CT." [msct/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'FA1 a general remark on the sensitivity of CT ("insensitive to early ischaemia", "MRI is more sensitive for posterior fossa infarcts") read as an acute infarct (false emergency) (judgement): manip: want <= not-cleared, got contraindicated; czm: want <= not-cleared, got contraindicated; bm: want <= clear, got contraindicated; ex: want <= clear, got contraindicated; urg: want <= none, got emergency',
  },
  {
    key: 'r13 "Intraventricular blood (4th ventricle)." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acuity, blood and CVE wording near r10-r11 fixes (hypodensity said acute, blood in the fourth ventricle, ACVE, ages): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r13 "Haemorrhage into the IV ventricle." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acuity, blood and CVE wording near r10-r11 fixes (hypodensity said acute, blood in the fourth ventricle, ACVE, ages): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
];
