/**
 * Round 15's probes that fail on main 1df2c6d as reviewed (/tmp/probe15/REPORT.md): misses name the
 * report's families M1-M5, false alarms FA1-FA2, judgement calls the family J.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R15_A: readonly KnownOpen[] = [
  {
    key: 'r15 "ULTRASOUND OF NECK VESSELS\\nPlaques - not detected.\\nIMT - 0.7 mm (normal).\\nStenoses of the ICA - not detected.\\nPathological tortuosity - not detected.\\nSubclavian steal - not detected.\\nBlood flow along the left VA - not registered.\\nJugular veins - patent, compressible.\\nConclusion: no stenosis of the carotid arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "ULTRASOUND OF NECK VESSELS\\nPlaques - not detected.\\nIMT - 0.7 mm (normal).\\nStenoses of the ICA - not detected.\\nPathological tortuosity - not detected.\\nSubclavian steal - not detected.\\nBlood flow in the V2 segment of the left VA - absent.\\nJugular veins - patent, compressible.\\nConclusion: no stenosis of the carotid arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "ULTRASOUND OF NECK VESSELS\\nPlaques - not detected.\\nIMT - 0.7 mm (normal).\\nStenoses of the ICA - not detected.\\nPathological tortuosity - not detected.\\nSubclavian steal - not detected.\\nFlow in the left VA (V1-V3) - not detected.\\nJugular veins - patent, compressible.\\nConclusion: no stenosis of the carotid arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "Duplex scanning of the brachiocephalic arteries (extracranial segments).\\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\\nEntry into the bony canal at C6 level on both sides.\\nBlood flow along the left VA: not registered.\\nVertebral veins: not dilated.\\nSubclavian arteries: lumen free, triphasic flow.\\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "CT BRAIN\\nHistory: 64M, screening.\\nTechnique: non-contrast axial images with coronal and sagittal reformats.\\nFindings:\\nThere is no intracranial haemorrhage, mass or midline shift. Hyperdensity of the basilar artery is noted, suspicious for thrombosis. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\\nThe calvarium is intact.\\nConclusion: No haemorrhage." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 a hyperdense basilar artery (or VA) written as a predicate ("The basilar artery is hyperdense", "The basilar tip is hyperdense, suggesting thrombus", "Hyperdensity of the basilar artery") is not read, though "Hyperdense basilar artery." is (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
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
