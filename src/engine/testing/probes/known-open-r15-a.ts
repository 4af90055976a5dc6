/**
 * Round 15's probes that fail on main 1df2c6d as reviewed (/tmp/probe15/REPORT.md): misses name the
 * report's families M1-M5, false alarms FA1-FA2, judgement calls the family J.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R15_A: readonly KnownOpen[] = [
  {
    key: 'r15 "MRI HEAD\\nClinical details: neck pain, screening.\\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\\nFindings:\\nThe ventricles and sulci are within normal limits for age.\\nA few scattered non-specific white matter hyperintensities.\\nNo evidence of acute, subacute or chronic infarction.\\nNo intracranial haemorrhage on SWI. No mass lesion.\\nNormal flow voids in the major intracranial arteries.\\nThe pituitary, orbits and paranasal sinuses are unremarkable.\\nConclusion: No mass. Minor small vessel change." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a coordinated list of acuities inside a negation ("No restricted diffusion to suggest an acute or subacute infarct", "Foci of ischaemia (acute, subacute or chronic) are not detected", "No evidence of acute, subacute or chronic infarction") affirms the infarct, acute (false emergency) or not (false contraindication): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated',
  },
  {
    key: 'r15 "MRI of the brain.\\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\\nThe midline structures are not displaced.\\nFoci of ischaemia (acute, subacute or chronic) are not detected.\\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\\nThe subarachnoid convexital spaces are moderately widened.\\nThe basal cisterns are not changed.\\nThe cerebellar tonsils are at the level of the foramen magnum.\\nConclusion: MR signs of moderate external hydrocephalus." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a coordinated list of acuities inside a negation ("No restricted diffusion to suggest an acute or subacute infarct", "Foci of ischaemia (acute, subacute or chronic) are not detected", "No evidence of acute, subacute or chronic infarction") affirms the infarct, acute (false emergency) or not (false contraindication): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r15 "MRI of the brain.\\nDWI: no areas of restricted diffusion.\\nFoci of ischaemia (acute, subacute or chronic) are not detected.\\nThe cerebellum and brain stem are of normal structure.\\nConclusion: no MR signs of focal brain lesions." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a coordinated list of acuities inside a negation ("No restricted diffusion to suggest an acute or subacute infarct", "Foci of ischaemia (acute, subacute or chronic) are not detected", "No evidence of acute, subacute or chronic infarction") affirms the infarct, acute (false emergency) or not (false contraindication): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
];
