/**
 * Round 21's probes (/tmp/probe21/REPORT.md: report texts as radiologists write them) that
 * still fail on main after its fixes, against 910daee: families as in the report.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R21_A: readonly KnownOpen[] = [
  {
    key: 'r21 "D2-3: cta/neck-vessels 4 d ago: \\"Periarterial haematoma around the left V3 segment.\\""',
    kind: 'judgement',
    reason:
      'M2 "periarterial haematoma" around the VA: a trauma sign, not named as dissection; not read',
  },
  {
    key: 'r21 "E2-2: mri/head 5 d ago: \\"Haemorrhagic transformation of the right occipital infarct.\\""',
    kind: 'judgement',
    reason:
      'M5 haemorrhagic transformation implies a recent infarct, but "No haemorrhagic transformation of the infarct" is common in follow-ups: reading it as acute raised two bench cases, so left',
  },
  {
    key: 'r21 "E2-3: mri/head 5 d ago: \\"Infarction of the left cerebellar hemisphere with mass effect on the fourth ventricle.\\""',
    kind: 'judgement',
    reason: 'M5 mass effect implies a recent infarct: not read as acute',
  },
  {
    key: 'r21 "F1-2: xray/cervical-spine 20 d ago: \\"Lucency through the C2 pars (hangman’s).\\""',
    kind: 'judgement',
    reason:
      'M7 a fracture described without the word ("lucency through the C2 pars (hangman’s)"): not read',
  },
  {
    key: 'r21 "F2-1: mri/cervical-spine 20 d ago: \\"Destructive lesion of the C3 body with soft tissue component.\\""',
    kind: 'judgement',
    reason: 'M7 "destructive lesion" with a soft-tissue component: not read as malignancy',
  },
  {
    key: 'r21 "H2-1: doppler/neck-vessels 30 d ago: \\"Irregular beaded appearance of the right VA in V2.\\""',
    kind: 'judgement',
    reason: 'M9 a beaded VA (fibromuscular dysplasia) is not read as narrowing',
  },
  {
    key: 'r21 "I6: double vision for 2 months (intake); report: \\"whiplash injury 10 days ago\\""',
    kind: 'judgement',
    reason:
      'M4 "whiplash injury 10 days ago" in a clinical line: not read as recent neck trauma (an old C-spine X-ray for whiplash would raise it for ever: reports date no history term)',
  },
  {
    key: 'r21 "I9: intake dizziness \\"no\\"; report: \\"vertigo 2 days after chiropractic neck manipulation\\" (the published lesson of §9)"',
    kind: 'judgement',
    reason:
      'M4 vertigo in a report clinical line is not read (dizziness words in clinical lines raised 24 normal studies of earlier rounds); the chiropractic manipulation is read',
  },
  {
    key: 'r21 "K1-2: cta/neck-vessels 5 d ago: \\"No definite\\\\nintimal flap.\\""',
    kind: 'judgement',
    reason:
      '"No definite intimal flap" is read as uncertain by design (a hedge, fail-safe): emergency',
  },
];
