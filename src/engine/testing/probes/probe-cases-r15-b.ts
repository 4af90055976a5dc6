/** Reviewer probes, round 15 (part b): false alarms. Whole normal reports in the same styles as part a (the same templates with a normal or negated vertebral / posterior-fossa line, and complete normal reports with negated lists of the dangerous terms), each with the rules' upper bound: all four clear, urgency none, suspicion low (FS-7) */
import { texts, type Probe } from './probe-model';

export const ROUND_15_B: readonly Probe[] = [
  ...texts(
    {
      round: 15,
      family:
        'r15 N3 a whole normal report with a normal side line under a vertebral heading, a normal DWI line, or a negated list of acuities ("No restricted diffusion to suggest an acute or subacute infarct", "Foci of ischaemia (acute, subacute or chronic) are not detected"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: antegrade flow, PSV 40 cm/s.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: antegrade flow; no dissection.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nBlood flow in the left VA - registered, antegrade.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nFlow signal in the VA - present bilaterally.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N3 a whole normal report with a normal side line under a vertebral heading, a normal DWI line, or a negated list of acuities ("No restricted diffusion to suggest an acute or subacute infarct", "Foci of ischaemia (acute, subacute or chronic) are not detected"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI: no restricted diffusion.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI: no areas of restriction.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI/ADC: no restriction, no acute infarct.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nNo restricted diffusion to suggest an acute or subacute infarct.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nNo evidence of acute, subacute or chronic infarction.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nFoci of ischaemia (acute, subacute or chronic) are not detected.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nZones of restricted diffusion (acute or subacute ischaemia) are not detected.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N3 a whole normal report with a normal side line under a vertebral heading, a normal DWI line, or a negated list of acuities ("No restricted diffusion to suggest an acute or subacute infarct", "Foci of ischaemia (acute, subacute or chronic) are not detected"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['msct', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nNo evidence of acute or established infarct.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N3 a whole normal report with a normal side line under a vertebral heading, a normal DWI line, or a negated list of acuities ("No restricted diffusion to suggest an acute or subacute infarct", "Foci of ischaemia (acute, subacute or chronic) are not detected"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'CTA NECK\nCarotids: patent without stenosis.\nVertebral arteries:\nRight: dominant, patent throughout.\nLeft: patent throughout, no dissection.\nBasilar artery: patent.\nImpression: No carotid stenosis.',
      'CTA NECK\nCarotids: patent without stenosis.\nVertebral arteries:\nRight: dominant, patent throughout.\nLeft: non-dominant but patent to the basilar artery.\nBasilar artery: patent.\nImpression: No carotid stenosis.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N1 a whole normal report whose vertebral / posterior-fossa line is normal or negated ("no evidence of dissection or occlusion", "no restricted diffusion"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 41 cm/s.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow with a normal waveform; no evidence of dissection.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow; no evidence of occlusion or dissection.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. Left vertebral artery flow is antegrade.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. Left vertebral artery flow is antegrade with a normal waveform. No intimal flap.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. The left vertebral artery demonstrates normal antegrade flow without occlusion.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nBlood flow in the VA is antegrade, symmetrical, PSV R 42 / L 39 cm/s.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nVA in the V2 segment: lumen free, blood flow antegrade; signs of dissection are not detected.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nBlood flow in V1-V2 on both sides is registered, antegrade, of the main type.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nOcclusions and stenoses of the VA are not detected.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Both antegrade with normal waveforms.\nCOMMENT: No significant carotid disease.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Right and left antegrade. No evidence of dissection or occlusion.\nCOMMENT: No significant carotid disease.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Bilateral antegrade flow. Left dominant.\nCOMMENT: No significant carotid disease.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | 39 | 12 | antegrade | -\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | 41 | 13 | antegrade | no dissection\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nOcclusion of the VA - not detected.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nDissection of the VA - not detected.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nBlood flow in the VA - antegrade, symmetrical.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nFlow in the VA: R - antegrade, L - antegrade.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N1 a whole normal report whose vertebral / posterior-fossa line is normal or negated ("no evidence of dissection or occlusion", "no restricted diffusion"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nBoth vertebral arteries are patent with no dissection or occlusion.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThe vertebral arteries are codominant and patent throughout, with no evidence of dissection.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThe left vertebral artery is dominant; the right is smaller but patent to the vertebrobasilar junction.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Codominant. Patent without stenosis or dissection.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Codominant. No dissection, occlusion, or flow-limiting stenosis.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Right dominant. Both are patent to the basilar confluence without dissection.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'MSCT angiography of the brachiocephalic arteries with IV contrast.\nAortic arch: type I, branches arise typically.\nCCA: lumens not narrowed, walls not thickened.\nICA: course straight, lumens without narrowing.\nVA: both are patent, of normal calibre, without narrowing; no signs of dissection.\nIntracranial arteries: the circle of Willis is of normal structure, the basilar artery is not narrowed.\nConclusion: no haemodynamically significant stenoses of the ICA.',
      'MSCT angiography of the brachiocephalic arteries with IV contrast.\nAortic arch: type I, branches arise typically.\nCCA: lumens not narrowed, walls not thickened.\nICA: course straight, lumens without narrowing.\nVA: course and calibre are normal, contrast filling is uniform, no defects of filling.\nIntracranial arteries: the circle of Willis is of normal structure, the basilar artery is not narrowed.\nConclusion: no haemodynamically significant stenoses of the ICA.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N1 a whole normal report whose vertebral / posterior-fossa line is normal or negated ("no evidence of dissection or occlusion", "no restricted diffusion"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['mra', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nBoth vertebral arteries are normal in calibre with normal flow-related signal. No mural haematoma.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nThe vertebral arteries are patent with no evidence of dissection or occlusion.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N1 a whole normal report whose vertebral / posterior-fossa line is normal or negated ("no evidence of dissection or occlusion", "no restricted diffusion"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nNo restricted diffusion to suggest acute infarction.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is no restricted diffusion. No established infarct.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nNo acute or old infarct is seen.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThe posterior fossa structures are normal with no restricted diffusion.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No acute infarct. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No restricted diffusion to suggest acute or subacute infarct. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No evidence of acute infarction, hemorrhage or mass. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No restricted diffusion. No intracranial hemorrhage, mass effect, or midline shift.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids, including both vertebral arteries and the basilar artery.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute infarct.\n2. See vascular findings.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No restricted diffusion. No intracranial hemorrhage, mass effect, or midline shift.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Flow voids are preserved in the vertebral and basilar arteries.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute infarct.\n2. See vascular findings.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nFoci of pathological MR signal in the brain substance are not detected. No restricted diffusion on DWI.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nAreas of restricted diffusion are not detected.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nFoci of ischaemia are not identified.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N1 a whole normal report whose vertebral / posterior-fossa line is normal or negated ("no evidence of dissection or occlusion", "no restricted diffusion"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['msct', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nNo acute infarct is identified. The posterior fossa is unremarkable.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nNo established infarct.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nThe posterior fossa is normal, with no cerebellar hypodensity.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. No acute territorial infarct is seen. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. No hyperdense vessel sign. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. No loss of grey-white differentiation. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N1 a whole normal report whose vertebral / posterior-fossa line is normal or negated ("no evidence of dissection or occlusion", "no restricted diffusion"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'MRI CERVICAL SPINE\nClinical: neck pain.\nFindings:\nNormal cervical lordosis. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc bulge.\nC4/5: minor disc bulge without neural compromise.\nC5/6: broad-based disc bulge with mild canal narrowing, no cord signal change.\nC6/7: no significant abnormality.\nThe vertebral artery flow voids are preserved bilaterally.\nThe craniocervical junction is normal.\nConclusion: Mild C5/6 degenerative change.',
      'MRI CERVICAL SPINE\nClinical: neck pain.\nFindings:\nNormal cervical lordosis. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc bulge.\nC4/5: minor disc bulge without neural compromise.\nC5/6: broad-based disc bulge with mild canal narrowing, no cord signal change.\nC6/7: no significant abnormality.\nNormal vertebral artery flow voids; no mural haematoma.\nThe craniocervical junction is normal.\nConclusion: Mild C5/6 degenerative change.',
      'MRI CERVICAL SPINE\nClinical: neck pain.\nFindings:\nNormal cervical lordosis. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc bulge.\nC4/5: minor disc bulge without neural compromise.\nC5/6: broad-based disc bulge with mild canal narrowing, no cord signal change.\nC6/7: no significant abnormality.\nThe imaged posterior fossa is normal.\nThe craniocervical junction is normal.\nConclusion: Mild C5/6 degenerative change.',
      'MRI of the cervical spine.\nThe physiological lordosis is straightened.\nThe heights of the vertebral bodies are preserved. The signal from the bone marrow is not changed.\nIntervertebral discs C4-C5, C5-C6 are dehydrated, their height is slightly reduced.\nC5-C6: dorsal median protrusion 2 mm, the dural sac is not deformed.\nThe spinal cord is of normal signal.\nFlow voids from the VA are preserved on both sides.\nConclusion: MR picture of osteochondrosis of the cervical spine. C5-C6 disc protrusion.',
      'MRI of the cervical spine.\nThe physiological lordosis is straightened.\nThe heights of the vertebral bodies are preserved. The signal from the bone marrow is not changed.\nIntervertebral discs C4-C5, C5-C6 are dehydrated, their height is slightly reduced.\nC5-C6: dorsal median protrusion 2 mm, the dural sac is not deformed.\nThe spinal cord is of normal signal.\nThe visualised parts of the cerebellum are without features.\nConclusion: MR picture of osteochondrosis of the cervical spine. C5-C6 disc protrusion.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N2 a whole normal report with negated lists of the dangerous terms (dissection, occlusion, absent flow, acute or old infarct): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Duplex ultrasound of extracranial arteries.\nRight VA: diameter 3.8 mm, antegrade flow, PSV 48 cm/s, RI 0.62.\nLeft VA: diameter 3.5 mm, antegrade flow, PSV 44 cm/s, RI 0.64.\nDissection - not detected.\nOcclusion - not detected.\nAbsent flow - not detected.\nConclusion: normal vertebral arteries.',
      'CAROTID AND VERTEBRAL ARTERY DUPLEX\nBoth carotid systems are normal with no plaque.\nBoth vertebral arteries show antegrade flow. No evidence of vertebral artery dissection or occlusion.\nOpinion: Normal study.',
      'Ultrasound of the vertebral arteries.\nV1: right 3.6 mm, left 3.7 mm, flow antegrade bilaterally.\nV2: flow registered throughout on both sides, intervertebral segments without features.\nV3: flow registered on both sides.\nIntimal flap, intramural haematoma - not visualised.\nConclusion: no pathology of the vertebral arteries.',
      'Bilateral carotid and vertebral duplex.\nNo hemodynamically significant stenosis.\nVertebral arteries: antegrade bilaterally, no flow reversal, no absent flow.\nImpression: Normal.',
      'VERTEBRAL ARTERIES\nRight: antegrade, normal spectral waveform.\nLeft: antegrade, normal spectral waveform.\nNo occlusion. No dissection. No subclavian steal.\nCONCLUSION: Normal vertebral artery duplex.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N2 a whole normal report with negated lists of the dangerous terms (dissection, occlusion, absent flow, acute or old infarct): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'CTA NECK\nFindings: Normal arch. Carotid arteries patent without stenosis. Vertebral arteries are codominant and patent throughout their course. No intimal flap, intramural haematoma, pseudoaneurysm or occlusion.\nImpression: No dissection.',
      'CT angiography of the neck vessels.\nVertebral arteries: right 3.9 mm, left 3.6 mm, contrast filling uniform and continuous to the confluence.\nSigns of dissection: none.\nOcclusion: none.\nConclusion: CT angiography within normal limits.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N2 a whole normal report with negated lists of the dangerous terms (dissection, occlusion, absent flow, acute or old infarct): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['mra', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'MRA NECK\nVA: symmetric, patent, normal flow-related signal.\nFat-sat T1: no intramural haematoma.\nNo dissection, no occlusion, no stenosis.\nConclusion: normal MRA of the neck.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N2 a whole normal report with negated lists of the dangerous terms (dissection, occlusion, absent flow, acute or old infarct): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['mra', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'MRA CIRCLE OF WILLIS\nThe intracranial vertebral arteries, basilar artery and posterior cerebral arteries are patent with normal flow-related signal.\nNo stenosis, occlusion or aneurysm.\nImpression: Normal intracranial MRA.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N2 a whole normal report with negated lists of the dangerous terms (dissection, occlusion, absent flow, acute or old infarct): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'MRI BRAIN\nFindings: No restricted diffusion. No haemorrhage. No mass. No infarct, acute or chronic. Normal posterior fossa. Normal flow voids.\nImpression: Normal MRI brain.',
      'MRI of the brain.\nDWI: no areas of restricted diffusion.\nFoci of ischaemia (acute, subacute or chronic) are not detected.\nThe cerebellum and brain stem are of normal structure.\nConclusion: no MR signs of focal brain lesions.',
      'MRI HEAD\nClinical: headache screening.\nThe brain parenchyma is normal. There is no evidence of acute or previous infarction.\nThe vertebrobasilar flow voids are normal.\nConclusion: Normal study.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N2 a whole normal report with negated lists of the dangerous terms (dissection, occlusion, absent flow, acute or old infarct): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['msct', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'CT HEAD\nNo acute intracranial abnormality. No established infarct. No haemorrhage. Posterior fossa structures are normal.\nConclusion: Normal CT head.',
      'NON-CONTRAST CT BRAIN\nFINDINGS: No acute hemorrhage, infarct or mass effect. No hyperdense vessel. Gray-white differentiation is preserved.\nIMPRESSION: No acute intracranial abnormality.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N2 a whole normal report with negated lists of the dangerous terms (dissection, occlusion, absent flow, acute or old infarct): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'MRI CERVICAL SPINE\nAlignment normal. No fracture or marrow oedema. Discs: mild desiccation at C5/6 without herniation. Cord normal. Vertebral artery flow voids preserved bilaterally. The imaged posterior fossa is unremarkable.\nConclusion: Mild degenerative disc change at C5/6.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 N2 a whole normal report with negated lists of the dangerous terms (dissection, occlusion, absent flow, acute or old infarct): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'X-RAY CERVICAL SPINE (AP, lateral, open mouth)\nNormal alignment and lordosis. Vertebral body heights maintained. No fracture. Disc spaces preserved. No prevertebral soft tissue swelling.\nConclusion: Normal cervical spine radiographs.',
    ],
  ),
];
