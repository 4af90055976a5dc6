/**
 * Round 15's probes that fail on main 1df2c6d as reviewed (/tmp/probe15/REPORT.md): misses name the
 * report's families M1-M5, false alarms FA1-FA2, judgement calls the family J.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R15_A: readonly KnownOpen[] = [
  {
    key: 'r15 "CAROTID & VERTEBRAL DUPLEX\\nHistory: 52F, neck pain, screening before physiotherapy.\\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\\nVERTEBRALS: Right antegrade. Left: no flow demonstrated.\\nCOMMENT: No significant carotid disease." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 "no flow demonstrated / identified / shown" (no verb) is read as a negation of flow ("no X demonstrated" = X absent) instead of the absent-flow term, with or without the VA named ("Left VA: no flow demonstrated", "No flow demonstrated in the left VA"); "Left not demonstrated, with no colour or Doppler signal" and "Left: no colour or Doppler signal" read nothing (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "CAROTID & VERTEBRAL DUPLEX\\nHistory: 52F, neck pain, screening before physiotherapy.\\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\\nVERTEBRALS: Right antegrade. Left not demonstrated, with no colour or Doppler signal.\\nCOMMENT: No significant carotid disease." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 "no flow demonstrated / identified / shown" (no verb) is read as a negation of flow ("no X demonstrated" = X absent) instead of the absent-flow term, with or without the VA named ("Left VA: no flow demonstrated", "No flow demonstrated in the left VA"); "Left not demonstrated, with no colour or Doppler signal" and "Left: no colour or Doppler signal" read nothing (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "ULTRASOUND OF NECK VESSELS\\nPlaques - not detected.\\nIMT - 0.7 mm (normal).\\nStenoses of the ICA - not detected.\\nPathological tortuosity - not detected.\\nSubclavian steal - not detected.\\nBlood flow in the left VA - not detected.\\nJugular veins - patent, compressible.\\nConclusion: no stenosis of the carotid arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "ULTRASOUND OF NECK VESSELS\\nPlaques - not detected.\\nIMT - 0.7 mm (normal).\\nStenoses of the ICA - not detected.\\nPathological tortuosity - not detected.\\nSubclavian steal - not detected.\\nFlow in the left VA - absent.\\nJugular veins - patent, compressible.\\nConclusion: no stenosis of the carotid arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "CT HEAD (NON-CONTRAST)\\nClinical: screening before neck physiotherapy.\\nFindings:\\nThe basilar artery is hyperdense, suggestive of thrombus.\\nNo intracranial haemorrhage. No extra-axial collection.\\nGrey-white matter differentiation is preserved in the supratentorial compartment.\\nThe ventricles are normal in size. No midline shift.\\nThe visualised paranasal sinuses and mastoid air cells are clear.\\nConclusion: No intracranial haemorrhage." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 a hyperdense basilar artery (or VA) written as a predicate ("The basilar artery is hyperdense", "The basilar tip is hyperdense, suggesting thrombus", "Hyperdensity of the basilar artery") is not read, though "Hyperdense basilar artery." is (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "MRI of the brain.\\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\\nThe midline structures are not displaced.\\nIn the left cerebellar hemisphere there is a post-ischaemic cystic-glial focus 12x9 mm.\\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\\nThe subarachnoid convexital spaces are moderately widened.\\nThe basal cisterns are not changed.\\nThe cerebellar tonsils are at the level of the foramen magnum.\\nConclusion: MR signs of moderate external hydrocephalus." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 Russian-English "post-ischaemic cystic-glial focus / changes" is not read as an old infarct (stroke read as nothing: manipulation and collar-zone massage cleared): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r15 "MRI of the brain.\\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\\nThe midline structures are not displaced.\\nIn the left cerebellar hemisphere there is a post-ischaemic cystic-glial focus 12x9 mm.\\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\\nThe subarachnoid convexital spaces are moderately widened.\\nThe basal cisterns are not changed.\\nThe cerebellar tonsils are at the level of the foramen magnum.\\nConclusion: MR signs of moderate external hydrocephalus." [mri/head 2025-09-10]',
    kind: 'miss',
    reason:
      'M5 Russian-English "post-ischaemic cystic-glial focus / changes" is not read as an old infarct (stroke read as nothing: manipulation and collar-zone massage cleared): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r15 "CT HEAD (NON-CONTRAST)\\nClinical: screening before neck physiotherapy.\\nFindings:\\nDense left vertebral artery sign.\\nNo intracranial haemorrhage. No extra-axial collection.\\nGrey-white matter differentiation is preserved in the supratentorial compartment.\\nThe ventricles are normal in size. No midline shift.\\nThe visualised paranasal sinuses and mastoid air cells are clear.\\nConclusion: No intracranial haemorrhage." [msct/head 2026-11-15]',
    kind: 'judgement',
    reason:
      '(judgement) M4 a hyperdense basilar artery (or VA) written as a predicate ("The basilar artery is hyperdense", "The basilar tip is hyperdense, suggesting thrombus", "Hyperdensity of the basilar artery") is not read, though "Hyperdense basilar artery." is (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "ULTRASOUND OF NECK VESSELS\\nPlaques - not detected.\\nIMT - 0.7 mm (normal).\\nStenoses of the ICA - not detected.\\nPathological tortuosity - not detected.\\nSubclavian steal - not detected.\\nBlood flow along the left VA - not registered.\\nJugular veins - patent, compressible.\\nConclusion: no stenosis of the carotid arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "ULTRASOUND OF NECK VESSELS\\nPlaques - not detected.\\nIMT - 0.7 mm (normal).\\nStenoses of the ICA - not detected.\\nPathological tortuosity - not detected.\\nSubclavian steal - not detected.\\nFlow in the left vertebral artery: none.\\nJugular veins - patent, compressible.\\nConclusion: no stenosis of the carotid arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "ULTRASOUND OF NECK VESSELS\\nPlaques - not detected.\\nIMT - 0.7 mm (normal).\\nStenoses of the ICA - not detected.\\nPathological tortuosity - not detected.\\nSubclavian steal - not detected.\\nFlow signal in the left VA - none.\\nJugular veins - patent, compressible.\\nConclusion: no stenosis of the carotid arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "ULTRASOUND OF NECK VESSELS\\nPlaques - not detected.\\nIMT - 0.7 mm (normal).\\nStenoses of the ICA - not detected.\\nPathological tortuosity - not detected.\\nSubclavian steal - not detected.\\nColour flow in the left VA - not obtained.\\nJugular veins - patent, compressible.\\nConclusion: no stenosis of the carotid arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "ULTRASOUND OF NECK VESSELS\\nPlaques - not detected.\\nIMT - 0.7 mm (normal).\\nStenoses of the ICA - not detected.\\nPathological tortuosity - not detected.\\nSubclavian steal - not detected.\\nDoppler signal from the left VA - not obtained.\\nJugular veins - patent, compressible.\\nConclusion: no stenosis of the carotid arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "ULTRASOUND OF NECK VESSELS\\nPlaques - not detected.\\nIMT - 0.7 mm (normal).\\nStenoses of the ICA - not detected.\\nPathological tortuosity - not detected.\\nSubclavian steal - not detected.\\nBlood flow in the left VA - not registered.\\nJugular veins - patent, compressible.\\nConclusion: no stenosis of the carotid arteries." [doppler/neck-vessels 2026-11-15]',
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
    key: 'r15 "Duplex scanning of the brachiocephalic arteries (extracranial segments).\\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\\nEntry into the bony canal at C6 level on both sides.\\nFlow in the left VA: none in the V1-V3 segments.\\nVertebral veins: not dilated.\\nSubclavian arteries: lumen free, triphasic flow.\\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "Duplex scanning of the brachiocephalic arteries (extracranial segments).\\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\\nEntry into the bony canal at C6 level on both sides.\\nColour and spectral Doppler signal from the left VA is not obtained.\\nVertebral veins: not dilated.\\nSubclavian arteries: lumen free, triphasic flow.\\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "Duplex scanning of the brachiocephalic arteries (extracranial segments).\\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\\nEntry into the bony canal at C6 level on both sides.\\nBlood flow in the left VA - not detected in any segment.\\nVertebral veins: not dilated.\\nSubclavian arteries: lumen free, triphasic flow.\\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "CAROTID DUPLEX ULTRASOUND\\nINDICATION: Screening before manual therapy.\\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\\nFINDINGS:\\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. Flow in the left vertebral artery: none.\\nPlaque: mild heterogeneous plaque at the right carotid bulb.\\nIMPRESSION:\\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\\n2. Antegrade flow in the right vertebral artery." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 absent flow stated about "flow" itself ("Blood flow in the left VA - not detected", "Flow in the left VA - absent", "Flow in the left vertebral artery: none", "Blood flow along the left VA: not registered", "Doppler signal from the left VA - not obtained"): the value negates the flow instead of stating absent flow (emergency missed): manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "DUPLEX OF NECK VESSELS\\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\\nVertebral arteries:\\nRight: antegrade flow, PSV 42 cm/s.\\nLeft: no flow demonstrated.\\nSubclavian arteries: triphasic flow bilaterally.\\nConclusion: no carotid stenosis." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 "no flow demonstrated / identified / shown" (no verb) is read as a negation of flow ("no X demonstrated" = X absent) instead of the absent-flow term, with or without the VA named ("Left VA: no flow demonstrated", "No flow demonstrated in the left VA"); "Left not demonstrated, with no colour or Doppler signal" and "Left: no colour or Doppler signal" read nothing (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "CAROTID DUPLEX ULTRASOUND\\nINDICATION: Screening before manual therapy.\\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\\nFINDINGS:\\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. No flow demonstrated in the left vertebral artery.\\nPlaque: mild heterogeneous plaque at the right carotid bulb.\\nIMPRESSION:\\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\\n2. Antegrade flow in the right vertebral artery." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 "no flow demonstrated / identified / shown" (no verb) is read as a negation of flow ("no X demonstrated" = X absent) instead of the absent-flow term, with or without the VA named ("Left VA: no flow demonstrated", "No flow demonstrated in the left VA"); "Left not demonstrated, with no colour or Doppler signal" and "Left: no colour or Doppler signal" read nothing (emergency missed): manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\\nClinical details: neck pain, screening before manual therapy.\\nRight side:\\nCCA: normal calibre, no plaque. PSV 78 cm/s.\\nICA: no plaque, PSV 65 cm/s. No stenosis.\\nECA: normal.\\nVertebral: antegrade flow, PSV 45 cm/s.\\nLeft side:\\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\\nICA: no plaque, PSV 61 cm/s. No stenosis.\\nECA: normal.\\nVertebral: no flow identified.\\nConclusion: No haemodynamically significant carotid stenosis." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 "no flow demonstrated / identified / shown" (no verb) is read as a negation of flow ("no X demonstrated" = X absent) instead of the absent-flow term, with or without the VA named ("Left VA: no flow demonstrated", "No flow demonstrated in the left VA"); "Left not demonstrated, with no colour or Doppler signal" and "Left: no colour or Doppler signal" read nothing (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "DUPLEX OF NECK VESSELS\\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\\nVertebral arteries:\\nRight: antegrade flow, PSV 42 cm/s.\\nLeft: no flow identified.\\nSubclavian arteries: triphasic flow bilaterally.\\nConclusion: no carotid stenosis." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 "no flow demonstrated / identified / shown" (no verb) is read as a negation of flow ("no X demonstrated" = X absent) instead of the absent-flow term, with or without the VA named ("Left VA: no flow demonstrated", "No flow demonstrated in the left VA"); "Left not demonstrated, with no colour or Doppler signal" and "Left: no colour or Doppler signal" read nothing (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "DUPLEX OF NECK VESSELS\\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\\nVertebral arteries:\\nRight: antegrade flow, PSV 42 cm/s.\\nLeft: no flow shown.\\nSubclavian arteries: triphasic flow bilaterally.\\nConclusion: no carotid stenosis." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 "no flow demonstrated / identified / shown" (no verb) is read as a negation of flow ("no X demonstrated" = X absent) instead of the absent-flow term, with or without the VA named ("Left VA: no flow demonstrated", "No flow demonstrated in the left VA"); "Left not demonstrated, with no colour or Doppler signal" and "Left: no colour or Doppler signal" read nothing (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "CAROTID & VERTEBRAL DUPLEX\\nHistory: 52F, neck pain, screening before physiotherapy.\\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\\nVERTEBRALS: Right antegrade. Left: no colour or Doppler signal.\\nCOMMENT: No significant carotid disease." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 "no flow demonstrated / identified / shown" (no verb) is read as a negation of flow ("no X demonstrated" = X absent) instead of the absent-flow term, with or without the VA named ("Left VA: no flow demonstrated", "No flow demonstrated in the left VA"); "Left not demonstrated, with no colour or Doppler signal" and "Left: no colour or Doppler signal" read nothing (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "Duplex scanning of the brachiocephalic arteries (extracranial segments).\\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\\nEntry into the bony canal at C6 level on both sides.\\nLeft VA: no flow demonstrated in V1-V3.\\nVertebral veins: not dilated.\\nSubclavian arteries: lumen free, triphasic flow.\\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 "no flow demonstrated / identified / shown" (no verb) is read as a negation of flow ("no X demonstrated" = X absent) instead of the absent-flow term, with or without the VA named ("Left VA: no flow demonstrated", "No flow demonstrated in the left VA"); "Left not demonstrated, with no colour or Doppler signal" and "Left: no colour or Doppler signal" read nothing (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\\nFindings:\\nThe carotid bifurcations are normal.\\nThe internal carotid arteries are normal in calibre.\\nNo flow identified in the left vertebral artery on TOF or contrast-enhanced images.\\nThe basilar artery is of normal calibre.\\nThe circle of Willis is complete with no aneurysm identified.\\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\\nImpression: Normal carotid arteries." [mra/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 "no flow demonstrated / identified / shown" (no verb) is read as a negation of flow ("no X demonstrated" = X absent) instead of the absent-flow term, with or without the VA named ("Left VA: no flow demonstrated", "No flow demonstrated in the left VA"); "Left not demonstrated, with no colour or Doppler signal" and "Left: no colour or Doppler signal" read nothing (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "MRI BRAIN (stroke protocol)\\nT1: no abnormality.\\nT2/FLAIR: a few non-specific white matter foci.\\nDWI: left cerebellar hemisphere - restricted.\\nSWI: no microbleeds, no haemorrhage.\\nMRA (TOF): patent circle of Willis.\\nConclusion: no haemorrhage; minor small vessel change." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 DWI as a label: "DWI: left cerebellar hemisphere - restricted", "DWI: restriction in the left PICA territory", "DWI: positive in ...", "DWI: a focus of restriction in ..." are not read as an acute infarct (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "MRI BRAIN (stroke protocol)\\nT1: no abnormality.\\nT2/FLAIR: a few non-specific white matter foci.\\nDWI: restriction in the left PICA territory.\\nSWI: no microbleeds, no haemorrhage.\\nMRA (TOF): patent circle of Willis.\\nConclusion: no haemorrhage; minor small vessel change." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 DWI as a label: "DWI: left cerebellar hemisphere - restricted", "DWI: restriction in the left PICA territory", "DWI: positive in ...", "DWI: a focus of restriction in ..." are not read as an acute infarct (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "MRI BRAIN (stroke protocol)\\nT1: no abnormality.\\nT2/FLAIR: a few non-specific white matter foci.\\nDWI: positive in the left occipital lobe.\\nSWI: no microbleeds, no haemorrhage.\\nMRA (TOF): patent circle of Willis.\\nConclusion: no haemorrhage; minor small vessel change." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 DWI as a label: "DWI: left cerebellar hemisphere - restricted", "DWI: restriction in the left PICA territory", "DWI: positive in ...", "DWI: a focus of restriction in ..." are not read as an acute infarct (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "MRI BRAIN (stroke protocol)\\nT1: no abnormality.\\nT2/FLAIR: a few non-specific white matter foci.\\nDWI: restricted - left cerebellar hemisphere, 15 mm.\\nSWI: no microbleeds, no haemorrhage.\\nMRA (TOF): patent circle of Willis.\\nConclusion: no haemorrhage; minor small vessel change." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 DWI as a label: "DWI: left cerebellar hemisphere - restricted", "DWI: restriction in the left PICA territory", "DWI: positive in ...", "DWI: a focus of restriction in ..." are not read as an acute infarct (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "MRI BRAIN (stroke protocol)\\nT1: no abnormality.\\nT2/FLAIR: a few non-specific white matter foci.\\nDWI: a focus of restriction in the right thalamus.\\nSWI: no microbleeds, no haemorrhage.\\nMRA (TOF): patent circle of Willis.\\nConclusion: no haemorrhage; minor small vessel change." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 DWI as a label: "DWI: left cerebellar hemisphere - restricted", "DWI: restriction in the left PICA territory", "DWI: positive in ...", "DWI: a focus of restriction in ..." are not read as an acute infarct (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "CT HEAD (NON-CONTRAST)\\nClinical: screening before neck physiotherapy.\\nFindings:\\nThe basilar tip is hyperdense, suggesting thrombus.\\nNo intracranial haemorrhage. No extra-axial collection.\\nGrey-white matter differentiation is preserved in the supratentorial compartment.\\nThe ventricles are normal in size. No midline shift.\\nThe visualised paranasal sinuses and mastoid air cells are clear.\\nConclusion: No intracranial haemorrhage." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 a hyperdense basilar artery (or VA) written as a predicate ("The basilar artery is hyperdense", "The basilar tip is hyperdense, suggesting thrombus", "Hyperdensity of the basilar artery") is not read, though "Hyperdense basilar artery." is (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "CT HEAD (NON-CONTRAST)\\nClinical: screening before neck physiotherapy.\\nFindings:\\nThe distal basilar artery is hyperdense.\\nNo intracranial haemorrhage. No extra-axial collection.\\nGrey-white matter differentiation is preserved in the supratentorial compartment.\\nThe ventricles are normal in size. No midline shift.\\nThe visualised paranasal sinuses and mastoid air cells are clear.\\nConclusion: No intracranial haemorrhage." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 a hyperdense basilar artery (or VA) written as a predicate ("The basilar artery is hyperdense", "The basilar tip is hyperdense, suggesting thrombus", "Hyperdensity of the basilar artery") is not read, though "Hyperdense basilar artery." is (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "CT BRAIN\\nHistory: 64M, screening.\\nTechnique: non-contrast axial images with coronal and sagittal reformats.\\nFindings:\\nThere is no intracranial haemorrhage, mass or midline shift. Hyperdensity of the basilar artery is noted, suspicious for thrombosis. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\\nThe calvarium is intact.\\nConclusion: No haemorrhage." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 a hyperdense basilar artery (or VA) written as a predicate ("The basilar artery is hyperdense", "The basilar tip is hyperdense, suggesting thrombus", "Hyperdensity of the basilar artery") is not read, though "Hyperdense basilar artery." is (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "CT BRAIN\\nHistory: 64M, screening.\\nTechnique: non-contrast axial images with coronal and sagittal reformats.\\nFindings:\\nThere is no intracranial haemorrhage, mass or midline shift. The basilar artery appears hyperdense. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\\nThe calvarium is intact.\\nConclusion: No haemorrhage." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 a hyperdense basilar artery (or VA) written as a predicate ("The basilar artery is hyperdense", "The basilar tip is hyperdense, suggesting thrombus", "Hyperdensity of the basilar artery") is not read, though "Hyperdense basilar artery." is (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r15 "MRI of the brain.\\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\\nThe midline structures are not displaced.\\nPost-ischaemic cystic-glial changes in the left cerebellar hemisphere.\\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\\nThe subarachnoid convexital spaces are moderately widened.\\nThe basal cisterns are not changed.\\nThe cerebellar tonsils are at the level of the foramen magnum.\\nConclusion: MR signs of moderate external hydrocephalus." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 Russian-English "post-ischaemic cystic-glial focus / changes" is not read as an old infarct (stroke read as nothing: manipulation and collar-zone massage cleared): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r15 "MRI HEAD\\nClinical details: neck pain, screening.\\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\\nFindings:\\nThe ventricles and sulci are within normal limits for age.\\nA few scattered non-specific white matter hyperintensities.\\nNo restricted diffusion to suggest an acute or subacute infarct.\\nNo intracranial haemorrhage on SWI. No mass lesion.\\nNormal flow voids in the major intracranial arteries.\\nThe pituitary, orbits and paranasal sinuses are unremarkable.\\nConclusion: No mass. Minor small vessel change." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a coordinated list of acuities inside a negation ("No restricted diffusion to suggest an acute or subacute infarct", "Foci of ischaemia (acute, subacute or chronic) are not detected", "No evidence of acute, subacute or chronic infarction") affirms the infarct, acute (false emergency) or not (false contraindication): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
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
    key: 'r15 "CAROTID DUPLEX ULTRASOUND\\nINDICATION: Screening before manual therapy.\\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\\nFINDINGS:\\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. Left vertebral artery flow is antegrade.\\nPlaque: mild heterogeneous plaque at the right carotid bulb.\\nIMPRESSION:\\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\\n2. Antegrade flow in the right vertebral artery." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA2 "Less than 50% stenosis of the bilateral ICAs" (the SRU impression line of a carotid-vertebral duplex) is read as vertebral-artery narrowing (false caution for manipulation): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r15 "CAROTID DUPLEX ULTRASOUND\\nINDICATION: Screening before manual therapy.\\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\\nFINDINGS:\\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. Left vertebral artery flow is antegrade with a normal waveform. No intimal flap.\\nPlaque: mild heterogeneous plaque at the right carotid bulb.\\nIMPRESSION:\\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\\n2. Antegrade flow in the right vertebral artery." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA2 "Less than 50% stenosis of the bilateral ICAs" (the SRU impression line of a carotid-vertebral duplex) is read as vertebral-artery narrowing (false caution for manipulation): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r15 "CAROTID DUPLEX ULTRASOUND\\nINDICATION: Screening before manual therapy.\\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\\nFINDINGS:\\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. The left vertebral artery demonstrates normal antegrade flow without occlusion.\\nPlaque: mild heterogeneous plaque at the right carotid bulb.\\nIMPRESSION:\\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\\n2. Antegrade flow in the right vertebral artery." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA2 "Less than 50% stenosis of the bilateral ICAs" (the SRU impression line of a carotid-vertebral duplex) is read as vertebral-artery narrowing (false caution for manipulation): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r15 "MRI BRAIN WITHOUT CONTRAST\\nINDICATION: Chronic neck pain.\\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\\nFINDINGS:\\nBRAIN: No restricted diffusion to suggest acute or subacute infarct. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\\nVENTRICLES: Normal in size.\\nEXTRA-AXIAL SPACES: No extra-axial collection.\\nVASCULAR: Normal major intracranial flow voids.\\nSINUSES/MASTOIDS: Clear.\\nIMPRESSION:\\n1. No acute intracranial hemorrhage.\\n2. Mild chronic microvascular ischemic changes." [mri/head 2026-11-15]',
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
