/**
 * Round 16's probes that fail on main 4046354 as reviewed (/tmp/probe16/REPORT.md): misses name the
 * report's families M1-M2, judgement calls J1-J2.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R16_A: readonly KnownOpen[] = [
  {
    key: 'r16 "CT ANGIOGRAPHY NECK\\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\\nFINDINGS:\\nCOMMON CAROTID ARTERIES: Patent.\\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\\nVERTEBRAL ARTERIES: Right normal. Left: no contrast opacification.\\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\\nIMPRESSION: Normal carotid arteries." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 "Left: no contrast opacification." as a side line after "Right normal." under a VERTEBRAL ARTERIES heading of a CTA is read as a negation, not as non-opacification of the left VA, though "Left: non-opacified." is read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r16 "MRI of the brain, including DWI.\\nThe lateral ventricles are not dilated, symmetric.\\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\\nThe subarachnoid convexital spaces are not widened.\\nIn the left VA the flow void effect is absent on T2-weighted images.\\nThe midline structures are not displaced.\\nThe cerebellar tonsils are at the level of the foramen magnum.\\nConclusion: see description." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 an absent vertebral flow void worded as a noun phrase or with "effect" ("Absence of the left vertebral flow void.", "In the left VA the flow void effect is absent on T2-weighted images."): nothing is read, though "Loss of the normal flow void ...", "The left VA flow void is absent" and "The flow void from the left VA is not traced" are read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r16 "MRI BRAIN\\nHistory: 58F, acute onset vertigo and unsteadiness.\\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\\nFindings:\\nThe ventricles and sulci are appropriate for age.\\nNo significant white matter signal abnormality.\\nAbsence of the left vertebral flow void.\\nNo intracranial haemorrhage or extra-axial collection.\\nThe pituitary and craniocervical junction are unremarkable.\\nConclusion: Report as above." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 an absent vertebral flow void worded as a noun phrase or with "effect" ("Absence of the left vertebral flow void.", "In the left VA the flow void effect is absent on T2-weighted images."): nothing is read, though "Loss of the normal flow void ...", "The left VA flow void is absent" and "The flow void from the left VA is not traced" are read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r16 "MRI BRAIN WITH AND WITHOUT CONTRAST\\nCLINICAL INDICATION: Headache, visual disturbance.\\nCOMPARISON: CT head from 2 days prior.\\nFINDINGS:\\nBRAIN: Absence of the left vertebral flow void. No mass, mass effect or midline shift. No abnormal enhancement.\\nVENTRICLES: Normal in size and configuration.\\nEXTRA-AXIAL: No extra-axial fluid collection.\\nORBITS: Unremarkable.\\nSINUSES/MASTOIDS: Clear.\\nIMPRESSION: See findings." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 an absent vertebral flow void worded as a noun phrase or with "effect" ("Absence of the left vertebral flow void.", "In the left VA the flow void effect is absent on T2-weighted images."): nothing is read, though "Loss of the normal flow void ...", "The left VA flow void is absent" and "The flow void from the left VA is not traced" are read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r16 "CT HEAD WITHOUT CONTRAST\\nCLINICAL HISTORY: Dizziness, fall.\\nTECHNIQUE: Axial images from the skull base to the vertex.\\nFINDINGS:\\nThere is no intracranial hemorrhage, mass effect or midline shift.\\nEarly ischemic change in the left cerebellar hemisphere.\\nThe ventricles are normal in size.\\nNo acute calvarial fracture.\\nThe paranasal sinuses and mastoid air cells are clear.\\nIMPRESSION: No intracranial hemorrhage." [msct/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'J1 (judgement) "Early ischemic change in the left cerebellar hemisphere." (US spelling, singular) reads nothing, though "Early ischaemic changes in ..." (UK spelling, plural) gives the emergency (which of spelling or number matters was not isolated in the time box): an acute ischaemic reading missed: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r16 "TRANSCRANIAL DOPPLER STUDY\\nWindows: adequate temporal and suboccipital windows.\\nMCA R/L: mean velocity 58/61 cm/s, PI 0.9/0.9.\\nACA R/L: mean velocity 45/47 cm/s, normal direction.\\nPCA R/L: mean velocity 38/36 cm/s.\\nRight vertebral (V4): mean velocity 34 cm/s, normal direction.\\nLeft vertebral (V4): not insonated.\\nBasilar artery: mean velocity 40 cm/s, PI 0.9.\\nConclusion: normal anterior circulation velocities." [doppler/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'J2 (judgement) TCD "Left vertebral (V4): not insonated." reads nothing; it may mean absent flow or only a technical failure, but it is at least an uncertain reading of absent flow (not cleared) rather than all clear: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
];
