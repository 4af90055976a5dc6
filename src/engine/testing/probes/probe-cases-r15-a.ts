/** Reviewer probes, round 15 (part a): misses. Whole reports (Doppler / duplex protocols, CTA / MRA, brain MRI / CT, cervical-spine MRI) in UK, US, Australian and Russian-English styles, each with ONE sentence carrying a VA dissection, a VA occlusion or absent flow, an acute posterior-circulation infarct, or an old infarct, among normal lines, value lines, tables and negated lists; every report dated 5 days before the assessment unless the family says otherwise; least cautious output accepted */
import { texts, type Probe } from './probe-model';

export const ROUND_15_A: readonly Probe[] = [
  ...texts(
    {
      round: 15,
      family:
        'r15 D1 a VA dissection in one sentence of a whole Doppler / duplex protocol (emergency missed)',
      rule: 'URG-ACUTE-IMAGING + dissection item (\u00a79: a VA dissection in a report <= 14 d -> emergency; \u00a74 dissection of unknown onset -> emergency; \u00a75: dissection contraindicates manipulation and collar-zone massage at any time, emergency contraindicates all four); the finding is stated once in an otherwise normal whole report',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: intimal flap seen in V2 with a double lumen, in keeping with dissection.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: tapered lumen with an echogenic flap at C5, appearances suggest dissection.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: the wall is thickened by a hypoechoic intramural haematoma in V2 with reduced flow; dissection.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: dissection of the V1-V2 segment with a false lumen.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: dissected, with a high-resistance waveform.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. Left vertebral artery demonstrates an intimal flap with a double lumen, compatible with dissection.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. The left vertebral artery is dissected in V2 with a high-resistance waveform.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. An intimal flap is seen within the left vertebral artery.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. Left vertebral artery: findings compatible with dissection.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nIn the left VA in the V2 segment an intimal detachment with a double lumen is visualised (dissection).\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nLeft VA: signs of dissection in the V2 segment (intimal flap, intramural haematoma).\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nIn the V2 segment of the left VA - dissection with a false lumen 2 mm wide.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nUltrasound signs of dissection of the left VA in the V1-V2 segment.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Right antegrade. Left vertebral shows an intimal flap in V2 consistent with dissection.\nCOMMENT: No significant carotid disease.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Right antegrade with normal waveform. Left: dissection flap with a double lumen at C5.\nCOMMENT: No significant carotid disease.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Right antegrade. Left vertebral dissection with intramural haematoma.\nCOMMENT: No significant carotid disease.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | 38 | 0 | antegrade | intimal flap, dissection\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | 30 | 6 | antegrade | dissection V2\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | 25 | 0 | high resistance | double lumen (dissection)\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nDissection of the left VA - detected in V2 (intimal flap).\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nLeft vertebral artery - dissection in the V2 segment.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nIntimal flap in the left VA (V2) - detected.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. No plaque or stenosis in the left vertebral artery, but there is an intimal flap consistent with dissection.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nDissection: right - not detected, left - detected in V2.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nNo atherosclerotic plaques; in the left VA in V2 a flotating intimal flap (dissection) is visualised.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 D2 a VA dissection in one sentence of a whole CTA / MRA report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING + dissection item (\u00a79: a VA dissection in a report <= 14 d -> emergency; \u00a74 dissection of unknown onset -> emergency; \u00a75: dissection contraindicates manipulation and collar-zone massage at any time, emergency contraindicates all four); the finding is stated once in an otherwise normal whole report',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThe left vertebral artery demonstrates a long segment of irregular narrowing in V2 with an intimal flap, in keeping with dissection.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThere is flame-shaped tapering of the left vertebral artery at V3, in keeping with dissection.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nA small pseudoaneurysm arises from the right V3 segment with adjacent luminal irregularity, in keeping with dissection.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nEccentric mural thickening with luminal narrowing of the left V3 segment represents an intramural haematoma.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThe right vertebral artery is dissected over the V3 segment.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThere is a dissection of the left vertebral artery at the C1-C2 level.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Right is patent. The left demonstrates irregular narrowing with an intimal flap at C2, compatible with dissection.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Codominant and patent on the right. Focal dissection of the left V3 segment with a small pseudoaneurysm.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Left dominant. There is a dissection flap in the right V2 segment.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Codominant. The left vertebral artery is irregular at V3 with a string sign, consistent with dissection.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Codominant. Left vertebral artery dissection at V3 without occlusion.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'MSCT angiography of the brachiocephalic arteries with IV contrast.\nAortic arch: type I, branches arise typically.\nCCA: lumens not narrowed, walls not thickened.\nICA: course straight, lumens without narrowing.\nVA: the right is of normal calibre; in the left VA in V3 a false lumen and an intimal flap are determined (dissection).\nIntracranial arteries: the circle of Willis is of normal structure, the basilar artery is not narrowed.\nConclusion: no haemodynamically significant stenoses of the ICA.',
      'MSCT angiography of the brachiocephalic arteries with IV contrast.\nAortic arch: type I, branches arise typically.\nCCA: lumens not narrowed, walls not thickened.\nICA: course straight, lumens without narrowing.\nVA: the right VA is not changed; the left VA has uneven narrowing in V3 with a string sign and an intramural haematoma (dissection).\nIntracranial arteries: the circle of Willis is of normal structure, the basilar artery is not narrowed.\nConclusion: no haemodynamically significant stenoses of the ICA.',
      'MSCT angiography of the brachiocephalic arteries with IV contrast.\nAortic arch: type I, branches arise typically.\nCCA: lumens not narrowed, walls not thickened.\nICA: course straight, lumens without narrowing.\nVA: right - without features; left - dissection in the V2-V3 segments.\nIntracranial arteries: the circle of Willis is of normal structure, the basilar artery is not narrowed.\nConclusion: no haemodynamically significant stenoses of the ICA.',
      'MSCT angiography of the brachiocephalic arteries with IV contrast.\nAortic arch: type I, branches arise typically.\nCCA: lumens not narrowed, walls not thickened.\nICA: course straight, lumens without narrowing.\nVA: the right is not narrowed; signs of dissection of the left VA at C2 level.\nIntracranial arteries: the circle of Willis is of normal structure, the basilar artery is not narrowed.\nConclusion: no haemodynamically significant stenoses of the ICA.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nNo carotid dissection; the left vertebral artery, however, shows an intimal flap at C2, in keeping with dissection.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThe right vertebral artery is normal with no dissection, whereas the left is dissected over V2-V3.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: No stenosis or dissection on the right. The left vertebral artery demonstrates a dissection flap at V3.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'MSCT angiography of the brachiocephalic arteries with IV contrast.\nAortic arch: type I, branches arise typically.\nCCA: lumens not narrowed, walls not thickened.\nICA: course straight, lumens without narrowing.\nVA: the right is without stenoses and dissection; dissection of the left VA in V3 with narrowing up to 60%.\nIntracranial arteries: the circle of Willis is of normal structure, the basilar artery is not narrowed.\nConclusion: no haemodynamically significant stenoses of the ICA.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 D2 a VA dissection in one sentence of a whole CTA / MRA report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING + dissection item (\u00a79: a VA dissection in a report <= 14 d -> emergency; \u00a74 dissection of unknown onset -> emergency; \u00a75: dissection contraindicates manipulation and collar-zone massage at any time, emergency contraindicates all four); the finding is stated once in an otherwise normal whole report',
      study: ['mra', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nThe left vertebral artery is irregular and narrowed in V3 with a periarterial T1 bright rim, in keeping with dissection.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nThere is a crescentic T1 hyperintense intramural haematoma in the right V3 segment, consistent with dissection.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nThe right vertebral artery is normal. The left vertebral artery shows a dissection at V2-V3.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nLeft vertebral artery dissection with an intramural haematoma at C1-C2.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nNo stenosis of the right vertebral artery. The left vertebral artery has a dissection flap at V2 without occlusion.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 D3 a VA dissection in one sentence of a whole brain or cervical-spine MRI report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING + dissection item (\u00a79: a VA dissection in a report <= 14 d -> emergency; \u00a74 dissection of unknown onset -> emergency; \u00a75: dissection contraindicates manipulation and collar-zone massage at any time, emergency contraindicates all four); the finding is stated once in an otherwise normal whole report',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRI CERVICAL SPINE\nClinical: neck pain.\nFindings:\nNormal cervical lordosis. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc bulge.\nC4/5: minor disc bulge without neural compromise.\nC5/6: broad-based disc bulge with mild canal narrowing, no cord signal change.\nC6/7: no significant abnormality.\nIncidental note is made of a crescentic T1 hyperintense intramural haematoma in the left vertebral artery at C2, in keeping with dissection.\nThe craniocervical junction is normal.\nConclusion: Mild C5/6 degenerative change.',
      'MRI CERVICAL SPINE\nClinical: neck pain.\nFindings:\nNormal cervical lordosis. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc bulge.\nC4/5: minor disc bulge without neural compromise.\nC5/6: broad-based disc bulge with mild canal narrowing, no cord signal change.\nC6/7: no significant abnormality.\nThe left vertebral artery is dissected at the C1-C2 level with an intramural haematoma.\nThe craniocervical junction is normal.\nConclusion: Mild C5/6 degenerative change.',
      'MRI of the cervical spine.\nThe physiological lordosis is straightened.\nThe heights of the vertebral bodies are preserved. The signal from the bone marrow is not changed.\nIntervertebral discs C4-C5, C5-C6 are dehydrated, their height is slightly reduced.\nC5-C6: dorsal median protrusion 2 mm, the dural sac is not deformed.\nThe spinal cord is of normal signal.\nAt the C2 level in the wall of the left VA a crescent-shaped intramural haematoma is visualised (dissection).\nConclusion: MR picture of osteochondrosis of the cervical spine. C5-C6 disc protrusion.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 D3 a VA dissection in one sentence of a whole brain or cervical-spine MRI report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING + dissection item (\u00a79: a VA dissection in a report <= 14 d -> emergency; \u00a74 dissection of unknown onset -> emergency; \u00a75: dissection contraindicates manipulation and collar-zone massage at any time, emergency contraindicates all four); the finding is stated once in an otherwise normal whole report',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No restricted diffusion. No intracranial hemorrhage, mass effect, or midline shift.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Crescentic T1 hyperintense mural signal in the left V4 segment, consistent with dissection.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute infarct.\n2. See vascular findings.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No restricted diffusion. No intracranial hemorrhage, mass effect, or midline shift.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Dissection of the left intradural vertebral artery with an intramural haematoma.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute infarct.\n2. See vascular findings.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 O1 a VA occlusion / absent flow in one sentence of a whole Doppler / duplex protocol (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: no flow detected, appearances suggest occlusion.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: not visualised, with no colour or spectral Doppler signal.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: occluded.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: absent flow throughout V1-V2.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: flow not detected in V1-V3.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: no flow.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: occluded from the origin.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: thrombosed, no flow.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. No flow is identified in the left vertebral artery.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. The left vertebral artery is occluded.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. Left vertebral artery flow is absent.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. No color flow or spectral waveform is detected in the left vertebral artery, consistent with occlusion.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. Left vertebral artery: occluded, no flow.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. The left vertebral artery is thrombosed.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. There is no detectable flow in the left vertebral artery.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nIn V2 on the left the lumen is filled with hypoechoic masses, blood flow is not registered.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nBlood flow in the left VA is not registered in the V1-V2 segments.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nLeft VA - blood flow is absent along the entire length.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nLeft VA: occlusion from the orifice.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nBlood flow along the left VA is not located.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nThe left VA is occluded in the V2 segment.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nLeft VA: occlusive thrombosis in V1-V2, blood flow is not recorded.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Right antegrade. Left: no flow demonstrated.\nCOMMENT: No significant carotid disease.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Right antegrade, normal waveform. Left vertebral occluded.\nCOMMENT: No significant carotid disease.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Right antegrade. Left not demonstrated, with no colour or Doppler signal.\nCOMMENT: No significant carotid disease.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Right antegrade with normal waveform. Left vertebral artery occluded from the origin.\nCOMMENT: No significant carotid disease.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Right antegrade. Absent flow in the left vertebral artery.\nCOMMENT: No significant carotid disease.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | - | - | absent | occluded\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | 0 | 0 | no flow | -\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | not detected | not detected | absent | no signal\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | - | - | none | occlusion\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | - | - | no flow | thrombosed\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nLeft vertebral artery - occluded.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nBlood flow in the left VA - not detected.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nOcclusion of the left VA - detected.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nLeft VA - no flow.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nFlow in the left VA - absent.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: no stenosis or plaque; however, no flow is detected in V2-V3.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: no plaque, but the vessel is occluded.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. Left vertebral artery without plaque; no flow is detected distal to V1.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nLeft VA - no stenosis, no plaque, occluded in V2.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nOcclusion: right VA - no, left VA - yes.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nBlood flow in the VA: right - antegrade, left - not registered.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nFlow in the VA: R - antegrade, L - absent.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nRight VA: blood flow antegrade, no stenoses. Left VA: blood flow is not registered.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nStenoses of the VA are not detected; the left VA is occluded from V1.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 O2 a VA occlusion / non-opacification / absent flow signal in one sentence of a whole CTA / MRA report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThe right vertebral artery is occluded from its origin, with reconstitution of the V3 segment via muscular collaterals.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThere is tapered occlusion of the left vertebral artery at C3.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThere is no opacification of the left vertebral artery.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThe left vertebral artery does not opacify beyond the V1 segment.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThe left vertebral artery is occluded at the V4 segment with no distal reconstitution.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThere is an occlusive thrombus in the left V4 segment.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThe left vertebral artery is thrombosed from V2 to V4.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Right dominant. The left vertebral artery is occluded at its origin with distal reconstitution.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Codominant. There is an abrupt cutoff of the left vertebral artery at V2.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Codominant. Nonopacification of the right V4 segment.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Codominant. The left vertebral artery is occluded from V1 through V3.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Right dominant. There is no contrast opacification of the left vertebral artery from its origin to V4, consistent with occlusion.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Codominant. The left V4 segment is occluded.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
      'MSCT angiography of the brachiocephalic arteries with IV contrast.\nAortic arch: type I, branches arise typically.\nCCA: lumens not narrowed, walls not thickened.\nICA: course straight, lumens without narrowing.\nVA: the right is of normal calibre; the left is not contrasted from the V2 segment.\nIntracranial arteries: the circle of Willis is of normal structure, the basilar artery is not narrowed.\nConclusion: no haemodynamically significant stenoses of the ICA.',
      'MSCT angiography of the brachiocephalic arteries with IV contrast.\nAortic arch: type I, branches arise typically.\nCCA: lumens not narrowed, walls not thickened.\nICA: course straight, lumens without narrowing.\nVA: the right is patent; the left VA is occluded in V1-V2 with filling of V3 via collaterals.\nIntracranial arteries: the circle of Willis is of normal structure, the basilar artery is not narrowed.\nConclusion: no haemodynamically significant stenoses of the ICA.',
      'MSCT angiography of the brachiocephalic arteries with IV contrast.\nAortic arch: type I, branches arise typically.\nCCA: lumens not narrowed, walls not thickened.\nICA: course straight, lumens without narrowing.\nVA: the right VA is not contrasted along its whole length (occlusion).\nIntracranial arteries: the circle of Willis is of normal structure, the basilar artery is not narrowed.\nConclusion: no haemodynamically significant stenoses of the ICA.',
      'MSCT angiography of the brachiocephalic arteries with IV contrast.\nAortic arch: type I, branches arise typically.\nCCA: lumens not narrowed, walls not thickened.\nICA: course straight, lumens without narrowing.\nVA: the right without features; occlusion of the left VA in the V4 segment.\nIntracranial arteries: the circle of Willis is of normal structure, the basilar artery is not narrowed.\nConclusion: no haemodynamically significant stenoses of the ICA.',
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nNo stenosis of the right vertebral artery; the left vertebral artery is occluded at V4.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: No significant stenosis on the right. Left vertebral artery is occluded at its origin.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 O2 a VA occlusion / non-opacification / absent flow signal in one sentence of a whole CTA / MRA report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['mra', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nThere is no flow-related signal in the left vertebral artery from V1 to V4, in keeping with occlusion.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nAbsent flow signal in the right vertebral artery.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nThe left vertebral artery is occluded.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nNo flow is seen in the left vertebral artery on TOF or contrast-enhanced images.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nNo stenosis on the right. The left vertebral artery shows no flow-related signal distal to V1.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 O3 a VA occlusion / lost flow void / hyperdense VA in one sentence of a whole brain, CT or cervical-spine report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No restricted diffusion. No intracranial hemorrhage, mass effect, or midline shift.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Absent flow void in the left vertebral artery.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute infarct.\n2. See vascular findings.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No restricted diffusion. No intracranial hemorrhage, mass effect, or midline shift.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Loss of the normal flow void in the left vertebral artery, suggesting occlusion.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute infarct.\n2. See vascular findings.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No restricted diffusion. No intracranial hemorrhage, mass effect, or midline shift.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: The left vertebral artery flow void is absent.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute infarct.\n2. See vascular findings.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is loss of the normal flow void in the left vertebral artery.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 O3 a VA occlusion / lost flow void / hyperdense VA in one sentence of a whole brain, CT or cervical-spine report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRI CERVICAL SPINE\nClinical: neck pain.\nFindings:\nNormal cervical lordosis. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc bulge.\nC4/5: minor disc bulge without neural compromise.\nC5/6: broad-based disc bulge with mild canal narrowing, no cord signal change.\nC6/7: no significant abnormality.\nIncidental note is made of loss of the normal flow void in the left vertebral artery.\nThe craniocervical junction is normal.\nConclusion: Mild C5/6 degenerative change.',
      'MRI CERVICAL SPINE\nClinical: neck pain.\nFindings:\nNormal cervical lordosis. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc bulge.\nC4/5: minor disc bulge without neural compromise.\nC5/6: broad-based disc bulge with mild canal narrowing, no cord signal change.\nC6/7: no significant abnormality.\nThe left vertebral artery flow void is absent.\nThe craniocervical junction is normal.\nConclusion: Mild C5/6 degenerative change.',
      'MRI CERVICAL SPINE\nClinical: neck pain.\nFindings:\nNormal cervical lordosis. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc bulge.\nC4/5: minor disc bulge without neural compromise.\nC5/6: broad-based disc bulge with mild canal narrowing, no cord signal change.\nC6/7: no significant abnormality.\nThe left vertebral artery is not seen in the foramen transversarium, suggesting occlusion.\nThe craniocervical junction is normal.\nConclusion: Mild C5/6 degenerative change.',
      'MRI of the cervical spine.\nThe physiological lordosis is straightened.\nThe heights of the vertebral bodies are preserved. The signal from the bone marrow is not changed.\nIntervertebral discs C4-C5, C5-C6 are dehydrated, their height is slightly reduced.\nC5-C6: dorsal median protrusion 2 mm, the dural sac is not deformed.\nThe spinal cord is of normal signal.\nThe flow void from the left VA is absent along the V2 segment.\nConclusion: MR picture of osteochondrosis of the cervical spine. C5-C6 disc protrusion.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 O3 a VA occlusion / lost flow void / hyperdense VA in one sentence of a whole brain, CT or cervical-spine report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['msct', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nThere is a hyperdense left vertebral artery, suggestive of thrombus.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nThe left vertebral artery is dense, suggesting thrombus.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 S1 an acute posterior-circulation infarct (or haemorrhage) in one sentence of a whole brain MRI report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING (\u00a79: an acute / subacute / fresh / recent infarct or haemorrhage in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75; restricted diffusion in a territory is an acute infarct); the finding is stated once in an otherwise normal whole report',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is an area of restricted diffusion in the inferior left cerebellar hemisphere in the PICA territory.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nA small focus of diffusion restriction is present in the right lateral medulla.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nRestricted diffusion with corresponding low ADC in the left occipital lobe, within the PCA territory.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nDWI shows high signal with low ADC in the right thalamus.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is a wedge-shaped area of T2/FLAIR hyperintensity with restricted diffusion in the right cerebellar hemisphere, consistent with a recent infarct.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nAcute infarcts are seen in both cerebellar hemispheres.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is an acute infarct in the left pons.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is an acute left PICA territory infarct.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nSeveral small acute infarcts are present in the left cerebellar hemisphere and left occipital lobe, suggesting an embolic source in the posterior circulation.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is a small acute lacunar infarct in the right thalamus.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nRestricted diffusion in the left superior cerebellar artery territory, consistent with acute infarction.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is a new infarct in the right cerebellar hemisphere.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is a subacute infarct in the left occipital lobe.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nA 12 mm focus of restricted diffusion is seen in the left cerebellar hemisphere, in keeping with acute ischaemia.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: There is restricted diffusion in the left cerebellar hemisphere. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Punctate foci of restricted diffusion in the bilateral occipital lobes. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Focus of reduced diffusivity in the right paramedian pons. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Small acute infarct in the left PICA territory. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Acute infarct of the right lateral medulla. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Acute infarction of the left thalamus and left occipital lobe. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Hyperintense DWI signal with corresponding ADC hypointensity in the right cerebellar vermis, consistent with acute infarct. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Subacute infarct in the left cerebellar hemisphere with mild mass effect on the fourth ventricle. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nIn the left cerebellar hemisphere a zone of hyperintense MR signal on T2 and FLAIR, 25x18 mm, with restricted diffusion on DWI is determined.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nIn the pons on the right there is a focus of restricted diffusion on DWI, 6 mm.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nIn the right occipital lobe a zone of cytotoxic oedema in the PCA territory is determined.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nIn the left cerebellar hemisphere a focus of acute ischaemia with restriction of diffusion is determined.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nIn the vertebrobasilar territory (left cerebellar hemisphere) an acute ischaemic focus of 15 mm is visualised.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nMR picture of an acute ischaemic stroke in the right PCA territory.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nA fresh ischaemic focus is determined in the left cerebellar hemisphere.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is a small acute haemorrhage in the right cerebellar hemisphere.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nNo haemorrhage, but there is restricted diffusion in the right cerebellar hemisphere.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nApart from a small acute infarct in the left cerebellum, the posterior fossa is unremarkable.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nOther than a small acute left PICA infarct, the posterior fossa is normal.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is no mass; there is an acute infarct in the left cerebellar hemisphere.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nNo old infarcts are seen; there is an acute infarct in the right thalamus.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nNo hydrocephalus. Acute infarct of the left cerebellar hemisphere without mass effect.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No mass. Acute infarct in the right cerebellar hemisphere without hemorrhagic transformation. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No supratentorial infarct. There is an acute infarct in the left cerebellar hemisphere. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Acute left cerebellar infarct. No hemorrhagic conversion. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: There is a small acute infarct in the left pons, without mass effect or hemorrhage. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nNo foci of pathological signal in the cerebral hemispheres; in the left cerebellar hemisphere a focus of acute ischaemia with restricted diffusion is determined.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nVolumetric masses are not detected. In the pons on the left a focus of restricted diffusion 5 mm is determined.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nFoci of haemorrhage are not detected. In the right cerebellar hemisphere an acute infarct is determined.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: DWI: restricted diffusion in the left cerebellar hemisphere and vermis. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 S1 an acute posterior-circulation infarct (or haemorrhage) in one sentence of a whole brain MRI report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING (\u00a79: an acute / subacute / fresh / recent infarct or haemorrhage in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75; restricted diffusion in a territory is an acute infarct); the finding is stated once in an otherwise normal whole report',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRI CERVICAL SPINE\nClinical: neck pain.\nFindings:\nNormal cervical lordosis. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc bulge.\nC4/5: minor disc bulge without neural compromise.\nC5/6: broad-based disc bulge with mild canal narrowing, no cord signal change.\nC6/7: no significant abnormality.\nAn acute infarct in the left cerebellar hemisphere is partially imaged; urgent MRI brain is recommended.\nThe craniocervical junction is normal.\nConclusion: Mild C5/6 degenerative change.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 S2 an acute posterior-circulation infarct (or haemorrhage, hyperdense basilar) in one sentence of a whole CT head report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING (\u00a79: an acute / subacute / fresh / recent infarct or haemorrhage in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75; restricted diffusion in a territory is an acute infarct); the finding is stated once in an otherwise normal whole report',
      study: ['msct', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nLow attenuation in the left cerebellar hemisphere with loss of grey-white differentiation, in keeping with an evolving PICA infarct.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nThere is an area of hypodensity in the right cerebellum in keeping with an acute infarct.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nThe basilar artery is hyperdense, suggestive of thrombus.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nHypodensity in the left occipital lobe consistent with a recent PCA territory infarct.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nAcute left cerebellar infarct with mild effacement of the fourth ventricle.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nThere is an acute infarct in the right cerebellar hemisphere.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. There is a new area of low density in the left cerebellar hemisphere consistent with an acute infarct. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. There is hypodensity in the right PICA territory consistent with acute infarction. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. Evolving acute infarct in the left occipital lobe. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. Recent infarct in the right cerebellar hemisphere. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. A hyperdense basilar artery is noted. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nThere is a 2 cm acute haematoma in the left cerebellar hemisphere.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nNo haemorrhage; early hypodensity in the left cerebellar hemisphere suggests an acute infarct.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nNo mass effect. There is an acute infarct in the left cerebellum.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. No haemorrhage is seen, however there is an acute infarct in the left cerebellar hemisphere. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 H1 an old / chronic posterior-circulation infarct in one sentence of a whole brain or spine report (stroke read as nothing: manipulation and collar-zone massage cleared)',
      rule: '\u00a75 / \u00a78: an infarct read without an acute reading -> stroke with onset unknown, treated as recent (manipulation and collar-zone massage contraindicated); the old infarct is stated once in an otherwise normal whole report',
      study: ['mri', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is an established infarct in the left PICA territory with volume loss and gliosis.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nA chronic lacunar infarct is noted in the right thalamus.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is an area of encephalomalacia and gliosis in the right occipital lobe in keeping with an old PCA infarct.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is a small old infarct in the left cerebellar hemisphere.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nA cavitated lacune is present in the left pons.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nPost-ischaemic gliosis in the left cerebellar hemisphere.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is a remote infarct in the right cerebellar hemisphere.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nOld right PCA territory infarct.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Chronic left PICA infarct. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Remote lacunar infarcts in the bilateral thalami. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Encephalomalacia in the right cerebellar hemisphere, consistent with prior infarction. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Chronic infarct in the left occipital lobe with ex vacuo dilatation of the occipital horn. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Sequela of a prior right cerebellar infarct. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nIn the left cerebellar hemisphere there is a post-ischaemic cystic-glial focus 12x9 mm.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nIn the right thalamus a post-ischaemic lacunar cyst of 4 mm is determined.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nIn the left occipital lobe a zone of cystic-gliotic transformation after a previous ischaemic stroke is visualised.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nA post-infarction cyst in the right cerebellar hemisphere, 10 mm.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nFindings consistent with a left lateral medullary (Wallenberg) infarct.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nNo acute infarct. There is an old infarct in the left cerebellar hemisphere.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nNo restricted diffusion to suggest acute ischaemia. Chronic left PICA territory infarct.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nNo acute abnormality; established right PCA infarct.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No acute infarct. Chronic lacunar infarct in the right thalamus. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No restricted diffusion. Remote infarct in the left cerebellar hemisphere. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nFoci of restricted diffusion are not detected. In the left cerebellar hemisphere a post-ischaemic cyst 8 mm.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: No acute infarct or hemorrhage. Old left occipital infarct. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 H1 an old / chronic posterior-circulation infarct in one sentence of a whole brain or spine report (stroke read as nothing: manipulation and collar-zone massage cleared)',
      rule: '\u00a75 / \u00a78: an infarct read without an acute reading -> stroke with onset unknown, treated as recent (manipulation and collar-zone massage contraindicated); the old infarct is stated once in an otherwise normal whole report',
      study: ['msct', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nThere is a well-defined area of low attenuation in the right cerebellar hemisphere in keeping with an old infarct.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nEstablished left occipital infarct.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nA chronic lacunar infarct is noted in the left thalamus.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nOld right cerebellar infarct with volume loss.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. There is an old infarct in the left cerebellar hemisphere. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. Chronic lacunar infarcts are present in the pons. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. Mature infarct in the right occipital lobe. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nNo acute infarct. Old right cerebellar infarct.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. No acute infarct is seen, but there is an old left cerebellar infarct. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 H1 an old / chronic posterior-circulation infarct in one sentence of a whole brain or spine report (stroke read as nothing: manipulation and collar-zone massage cleared)',
      rule: '\u00a75 / \u00a78: an infarct read without an acute reading -> stroke with onset unknown, treated as recent (manipulation and collar-zone massage contraindicated); the old infarct is stated once in an otherwise normal whole report',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'MRI CERVICAL SPINE\nClinical: neck pain.\nFindings:\nNormal cervical lordosis. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc bulge.\nC4/5: minor disc bulge without neural compromise.\nC5/6: broad-based disc bulge with mild canal narrowing, no cord signal change.\nC6/7: no significant abnormality.\nIncidental old infarct in the left cerebellar hemisphere on the sagittal images.\nThe craniocervical junction is normal.\nConclusion: Mild C5/6 degenerative change.',
      'MRI of the cervical spine.\nThe physiological lordosis is straightened.\nThe heights of the vertebral bodies are preserved. The signal from the bone marrow is not changed.\nIntervertebral discs C4-C5, C5-C6 are dehydrated, their height is slightly reduced.\nC5-C6: dorsal median protrusion 2 mm, the dural sac is not deformed.\nThe spinal cord is of normal signal.\nIn the visualised part of the left cerebellar hemisphere a post-ischaemic cyst is noted.\nConclusion: MR picture of osteochondrosis of the cervical spine. C5-C6 disc protrusion.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 H1 an old / chronic posterior-circulation infarct in one sentence of a whole brain or spine report (stroke read as nothing: manipulation and collar-zone massage cleared)',
      rule: '\u00a75 / \u00a78: an infarct read without an acute reading -> stroke with onset unknown, treated as recent (manipulation and collar-zone massage contraindicated); the old infarct is stated once in an otherwise normal whole report',
      study: ['mri', 'head', '2025-09-10'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is a small old infarct in the left cerebellar hemisphere.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Chronic left PICA infarct. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nIn the left cerebellar hemisphere there is a post-ischaemic cystic-glial focus 12x9 mm.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nA chronic lacunar infarct is noted in the right thalamus.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 H1 an old / chronic posterior-circulation infarct in one sentence of a whole brain or spine report (stroke read as nothing: manipulation and collar-zone massage cleared)',
      rule: '\u00a75 / \u00a78: an infarct read without an acute reading -> stroke with onset unknown, treated as recent (manipulation and collar-zone massage contraindicated); the old infarct is stated once in an otherwise normal whole report',
      study: ['msct', 'head', '2025-09-10'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nEstablished left occipital infarct.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. There is an old infarct in the left cerebellar hemisphere. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family: 'r15 U1 a dissection in a whole report 15-180 days old (urgent, dissection item)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['cta', 'neck-vessels', '2026-10-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    },
    [
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThe left vertebral artery demonstrates a long segment of irregular narrowing in V3 with an intimal flap, in keeping with dissection.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Codominant. Focal dissection of the right V3 segment.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family: 'r15 U1 a dissection in a whole report 15-180 days old (urgent, dissection item)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['doppler', 'neck-vessels', '2026-10-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    },
    [
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nLeft VA: signs of dissection in the V2 segment (intramural haematoma).\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family: 'r15 U1 a dissection in a whole report 15-180 days old (urgent, dissection item)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['mra', 'neck-vessels', '2026-10-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    },
    [
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nThere is a crescentic T1 hyperintense intramural haematoma in the left V3 segment, consistent with dissection.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 U1 an acute posterior-circulation infarct in a whole report 15-180 days old (urgent, stroke dated by the report)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['mri', 'head', '2026-10-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    },
    [
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nThere is an acute infarct in the left cerebellar hemisphere.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Small acute infarct in the right PICA territory. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nIn the left cerebellar hemisphere a focus of acute ischaemia with restricted diffusion is determined.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 U1 an acute posterior-circulation infarct in a whole report 15-180 days old (urgent, stroke dated by the report)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['msct', 'head', '2026-10-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    },
    [
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nThere is an area of hypodensity in the left cerebellum in keeping with a recent infarct.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family: 'r15 U1 a VA occlusion / absent flow in a whole report 15-180 days old (urgent)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['doppler', 'neck-vessels', '2026-10-01'],
      expect: { manip: 'caution', urg: 'urgent' },
    },
    [
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. The left vertebral artery is occluded.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nBlood flow in the left VA is not registered.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family: 'r15 U1 a VA occlusion / absent flow in a whole report 15-180 days old (urgent)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['cta', 'neck-vessels', '2026-10-01'],
      expect: { manip: 'caution', urg: 'urgent' },
    },
    [
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThere is no opacification of the left vertebral artery.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family: 'r15 U1 a VA occlusion / absent flow in a whole report 15-180 days old (urgent)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['mra', 'neck-vessels', '2026-10-01'],
      expect: { manip: 'caution', urg: 'urgent' },
    },
    [
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nAbsent flow signal in the left vertebral artery.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 J (judgement) non-opacification of a whole VA: occlusion or aplasia: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: non-opacification of a whole VA: occlusion or aplasia (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CTA HEAD AND NECK WITH AND WITHOUT CONTRAST\nINDICATION: Neck pain.\nCOMPARISON: None.\nTECHNIQUE: Axial CTA images with MIP and 3D reformats.\nFINDINGS:\nAORTIC ARCH: Normal 3-vessel branching pattern.\nRIGHT CAROTID: Patent without stenosis.\nLEFT CAROTID: Patent without stenosis.\nVERTEBRAL ARTERIES: Left dominant. The right vertebral artery is not opacified throughout its course.\nINTRACRANIAL: The anterior circulation is patent. No aneurysm or vascular malformation.\nSOFT TISSUES: Unremarkable.\nIMPRESSION:\n1. No hemodynamically significant stenosis of the cervical carotid arteries.\n2. Additional findings as above.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 J (judgement) not visualised: occlusion, aplasia or a technical limit: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: not visualised: occlusion, aplasia or a technical limit (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. The left vertebral artery is not visualized.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 J (judgement) basilar occlusion: posterior-circulation emergency, not a VA occlusion by name in \u00a79: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: basilar occlusion: posterior-circulation emergency, not a VA occlusion by name in \u00a79 (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nThe basilar artery is occluded.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family: 'r15 J (judgement) hedged occlusion: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: hedged occlusion (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRI of the cervical spine.\nThe physiological lordosis is straightened.\nThe heights of the vertebral bodies are preserved. The signal from the bone marrow is not changed.\nIntervertebral discs C4-C5, C5-C6 are dehydrated, their height is slightly reduced.\nC5-C6: dorsal median protrusion 2 mm, the dural sac is not deformed.\nThe spinal cord is of normal signal.\nThe left VA is not visualised in the canal of the transverse processes (occlusion?).\nConclusion: MR picture of osteochondrosis of the cervical spine. C5-C6 disc protrusion.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 J (judgement) suspected dissection (uncertain = unknown): one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: suspected dissection (uncertain = unknown) (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CT ANGIOGRAM ARCH TO VERTEX\nClinical: neck pain, vascular screening.\nTechnique: arterial phase CTA from the arch to the vertex.\nFindings:\nThe aortic arch has a normal three-vessel configuration. The common and internal carotid arteries are patent bilaterally with no stenosis.\nAppearances are suspicious for a left vertebral artery dissection.\nThe basilar artery and posterior cerebral arteries opacify normally. The circle of Willis is complete. No intracranial aneurysm.\nNo haemorrhage on the source images.\nMultilevel cervical spondylosis.\nConclusion: No carotid stenosis. No aneurysm.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 J (judgement) possible dissection (uncertain = unknown): one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: possible dissection (uncertain = unknown) (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['mra', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nPossible dissection of the left V3 segment; correlation with fat-saturated T1 is recommended.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family: 'r15 J (judgement) hyperdense artery sign: thrombus: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: hyperdense artery sign: thrombus (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['msct', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nDense left vertebral artery sign.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 J (judgement) indirect Doppler sign of distal occlusion: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: indirect Doppler sign of distal occlusion (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. High-resistance, to-and-fro waveform in the left vertebral artery, suggesting a distal occlusion.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 J (judgement) indirect Doppler sign (stump waveform): one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: indirect Doppler sign (stump waveform) (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: minimal diastolic flow with a stump-like waveform, probable distal occlusion.\nConclusion: No haemodynamically significant carotid stenosis.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 J (judgement) occlusion "not excluded" (uncertain = unknown): one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: occlusion "not excluded" (uncertain = unknown) (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nLeft VA: blood flow of the stump type, occlusion of the distal segments is not excluded.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 J (judgement) possible acute infarct (uncertain): one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: possible acute infarct (uncertain) (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRI HEAD\nClinical details: neck pain, screening.\nTechnique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI.\nFindings:\nThe ventricles and sulci are within normal limits for age.\nA few scattered non-specific white matter hyperintensities.\nT2 hyperintensity in the left cerebellar hemisphere with subtle restricted diffusion, possibly an early infarct.\nNo intracranial haemorrhage on SWI. No mass lesion.\nNormal flow voids in the major intracranial arteries.\nThe pituitary, orbits and paranasal sinuses are unremarkable.\nConclusion: No mass. Minor small vessel change.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 J (judgement) absent flow void, differential slow flow: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: absent flow void, differential slow flow (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRI CERVICAL SPINE\nClinical: neck pain.\nFindings:\nNormal cervical lordosis. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc bulge.\nC4/5: minor disc bulge without neural compromise.\nC5/6: broad-based disc bulge with mild canal narrowing, no cord signal change.\nC6/7: no significant abnormality.\nThere is absent flow void in the left vertebral artery at C1-C2, which may reflect slow flow or occlusion.\nThe craniocervical junction is normal.\nConclusion: Mild C5/6 degenerative change.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 F1 absent flow with "flow" itself as the subject ("Blood flow in the left VA - not registered", "Flow in the left vertebral artery: none", "Doppler signal from the left VA - not obtained") in a whole Doppler protocol (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nBlood flow along the left VA - not registered.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nFlow in the left vertebral artery: none.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nFlow signal in the left VA - none.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nColour flow in the left VA - not obtained.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nDoppler signal from the left VA - not obtained.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nBlood flow in the left VA - not registered.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nBlood flow in the V2 segment of the left VA - absent.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'ULTRASOUND OF NECK VESSELS\nPlaques - not detected.\nIMT - 0.7 mm (normal).\nStenoses of the ICA - not detected.\nPathological tortuosity - not detected.\nSubclavian steal - not detected.\nFlow in the left VA (V1-V3) - not detected.\nJugular veins - patent, compressible.\nConclusion: no stenosis of the carotid arteries.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nBlood flow along the left VA: not registered.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nFlow in the left VA: none in the V1-V3 segments.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nColour and spectral Doppler signal from the left VA is not obtained.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nBlood flow in the left VA - not detected in any segment.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: colour flow not obtained, no spectral signal.\nConclusion: No haemodynamically significant carotid stenosis.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: no Doppler signal obtained.\nConclusion: No haemodynamically significant carotid stenosis.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | - | - | not registered | -\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'Extracranial duplex - measurements\nVessel | PSV (cm/s) | EDV (cm/s) | Flow | Comment\nR CCA | 82 | 20 | antegrade | -\nR ICA | 64 | 22 | antegrade | -\nR VA | 44 | 14 | antegrade | -\nL CCA | 79 | 19 | antegrade | -\nL ICA | 61 | 21 | antegrade | -\nL VA | flow: none | - | - | -\nPlaque: none. Stenosis: none.\nConclusion: no haemodynamically significant stenosis of the carotid arteries.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. Flow in the left vertebral artery: none.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. No Doppler signal is obtained from the left vertebral artery.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 L1 a side line under a vertebral heading ("Vertebral arteries:" / "Right: antegrade" / "Left: no flow demonstrated") in a whole report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: no flow demonstrated.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: no flow seen.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: flow not demonstrated.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: no colour or spectral Doppler signal.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: not visualised, no flow.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: flow absent.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: absent flow.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: no flow.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: occluded.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: thrombosed.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: no detectable flow.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 L1 a side line under a vertebral heading ("Vertebral arteries:" / "Right: antegrade" / "Left: no flow demonstrated") in a whole report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CTA NECK\nCarotids: patent without stenosis.\nVertebral arteries:\nRight: dominant, patent throughout.\nLeft: not opacified.\nBasilar artery: patent.\nImpression: No carotid stenosis.',
      'CTA NECK\nCarotids: patent without stenosis.\nVertebral arteries:\nRight: dominant, patent throughout.\nLeft: occluded at V1 with reconstitution at V3.\nBasilar artery: patent.\nImpression: No carotid stenosis.',
      'CTA NECK\nCarotids: patent without stenosis.\nVertebral arteries:\nRight: dominant, patent throughout.\nLeft: no opacification from the origin.\nBasilar artery: patent.\nImpression: No carotid stenosis.',
      'CTA NECK\nCarotids: patent without stenosis.\nVertebral arteries:\nRight: dominant, patent throughout.\nLeft: non-opacified from V2 to V4.\nBasilar artery: patent.\nImpression: No carotid stenosis.',
      'CTA NECK\nCarotids: patent without stenosis.\nVertebral arteries:\nRight: dominant, patent throughout.\nLeft: abrupt cut-off at V2.\nBasilar artery: patent.\nImpression: No carotid stenosis.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 L1 a side line under a vertebral heading ("Vertebral arteries:" / "Right: antegrade" / "Left: no flow demonstrated") in a whole report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING + dissection item (\u00a79: a VA dissection in a report <= 14 d -> emergency; \u00a74 dissection of unknown onset -> emergency; \u00a75: dissection contraindicates manipulation and collar-zone massage at any time, emergency contraindicates all four); the finding is stated once in an otherwise normal whole report',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: intimal flap with a double lumen in V2.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: dissection.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: intramural haematoma in V2, dissection.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 L1 a side line under a vertebral heading ("Vertebral arteries:" / "Right: antegrade" / "Left: no flow demonstrated") in a whole report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING + dissection item (\u00a79: a VA dissection in a report <= 14 d -> emergency; \u00a74 dissection of unknown onset -> emergency; \u00a75: dissection contraindicates manipulation and collar-zone massage at any time, emergency contraindicates all four); the finding is stated once in an otherwise normal whole report',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CTA NECK\nCarotids: patent without stenosis.\nVertebral arteries:\nRight: dominant, patent throughout.\nLeft: intimal flap at V3, in keeping with dissection.\nBasilar artery: patent.\nImpression: No carotid stenosis.',
      'CTA NECK\nCarotids: patent without stenosis.\nVertebral arteries:\nRight: dominant, patent throughout.\nLeft: dissected at C1-C2 with a pseudoaneurysm.\nBasilar artery: patent.\nImpression: No carotid stenosis.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 F2 "no flow demonstrated / identified / shown" without a verb, "no colour or Doppler signal" after a side label, in a whole Doppler / MRA report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CAROTID DUPLEX ULTRASOUND\nINDICATION: Screening before manual therapy.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the bilateral carotid and vertebral arteries.\nFINDINGS:\nRIGHT: CCA PSV 92 cm/s, EDV 21 cm/s. ICA PSV 70/22 cm/s. ICA/CCA ratio 0.8. ECA patent. Vertebral artery flow is antegrade.\nLEFT: CCA PSV 88 cm/s, EDV 19 cm/s. ICA PSV 66/20 cm/s. ICA/CCA ratio 0.8. ECA patent. No flow demonstrated in the left vertebral artery.\nPlaque: mild heterogeneous plaque at the right carotid bulb.\nIMPRESSION:\n1. Less than 50% stenosis of the bilateral ICAs by SRU consensus criteria.\n2. Antegrade flow in the right vertebral artery.',
      'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nClinical details: neck pain, screening before manual therapy.\nRight side:\nCCA: normal calibre, no plaque. PSV 78 cm/s.\nICA: no plaque, PSV 65 cm/s. No stenosis.\nECA: normal.\nVertebral: antegrade flow, PSV 45 cm/s.\nLeft side:\nCCA: normal calibre, minor intimal thickening. PSV 74 cm/s.\nICA: no plaque, PSV 61 cm/s. No stenosis.\nECA: normal.\nVertebral: no flow identified.\nConclusion: No haemodynamically significant carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: no flow identified.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'DUPLEX OF NECK VESSELS\nCarotid arteries: patent bilaterally, no plaque, velocities within normal limits.\nVertebral arteries:\nRight: antegrade flow, PSV 42 cm/s.\nLeft: no flow shown.\nSubclavian arteries: triphasic flow bilaterally.\nConclusion: no carotid stenosis.',
      'CAROTID & VERTEBRAL DUPLEX\nHistory: 52F, neck pain, screening before physiotherapy.\nRIGHT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nLEFT: CCA, ICA and ECA patent with no significant plaque. Peak velocities within normal limits.\nVERTEBRALS: Right antegrade. Left: no colour or Doppler signal.\nCOMMENT: No significant carotid disease.',
      'Duplex scanning of the brachiocephalic arteries (extracranial segments).\nCCA: course straight, diameter R 6.8 mm / L 6.9 mm, IMT 0.8 mm, lumen free.\nICA: course straight, lumen free, PSV R 68 / L 71 cm/s.\nVertebral arteries: V1 segment - S-shaped tortuosity on the right; diameter R 3.6 mm, L 3.4 mm.\nEntry into the bony canal at C6 level on both sides.\nLeft VA: no flow demonstrated in V1-V3.\nVertebral veins: not dilated.\nSubclavian arteries: lumen free, triphasic flow.\nConclusion: S-shaped tortuosity of the right VA in the V1 segment without haemodynamic significance.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 F2 "no flow demonstrated / identified / shown" without a verb, "no colour or Doppler signal" after a side label, in a whole Doppler / MRA report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['mra', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRA NECK AND CIRCLE OF WILLIS (TOF and contrast-enhanced)\nFindings:\nThe carotid bifurcations are normal.\nThe internal carotid arteries are normal in calibre.\nNo flow identified in the left vertebral artery on TOF or contrast-enhanced images.\nThe basilar artery is of normal calibre.\nThe circle of Willis is complete with no aneurysm identified.\nFat-saturated T1 images: no crescentic mural haematoma in the carotid arteries.\nImpression: Normal carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 W1 acute infarct as a sequence line ("DWI: left cerebellar hemisphere - restricted") or hyperdense basilar artery in other words, in a whole brain MRI / CT report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING (\u00a79: an acute / subacute / fresh / recent infarct or haemorrhage in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75; restricted diffusion in a territory is an acute infarct); the finding is stated once in an otherwise normal whole report',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI: left cerebellar hemisphere - restricted.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI: restriction in the left PICA territory.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI/ADC: restricted diffusion in the right cerebellar hemisphere.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI: hyperintense focus in the left pons with low ADC.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI: positive in the left occipital lobe.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI: bright signal in the right lateral medulla, ADC low.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI: restricted - left cerebellar hemisphere, 15 mm.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI: a focus of restriction in the right thalamus.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
      'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Chronic neck pain.\nTECHNIQUE: Multiplanar, multisequence MRI of the brain without contrast.\nFINDINGS:\nBRAIN: Restricted diffusion: left cerebellar hemisphere. No intracranial hemorrhage, mass effect, or midline shift. Mild scattered T2/FLAIR white matter hyperintensities, nonspecific.\nVENTRICLES: Normal in size.\nEXTRA-AXIAL SPACES: No extra-axial collection.\nVASCULAR: Normal major intracranial flow voids.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION:\n1. No acute intracranial hemorrhage.\n2. Mild chronic microvascular ischemic changes.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 W1 acute infarct as a sequence line ("DWI: left cerebellar hemisphere - restricted") or hyperdense basilar artery in other words, in a whole brain MRI / CT report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING (\u00a79: an acute / subacute / fresh / recent infarct or haemorrhage in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75; restricted diffusion in a territory is an acute infarct); the finding is stated once in an otherwise normal whole report',
      study: ['msct', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nThe basilar tip is hyperdense, suggesting thrombus.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT HEAD (NON-CONTRAST)\nClinical: screening before neck physiotherapy.\nFindings:\nThe distal basilar artery is hyperdense.\nNo intracranial haemorrhage. No extra-axial collection.\nGrey-white matter differentiation is preserved in the supratentorial compartment.\nThe ventricles are normal in size. No midline shift.\nThe visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: No intracranial haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. Hyperdensity of the basilar artery is noted, suspicious for thrombosis. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
      'CT BRAIN\nHistory: 64M, screening.\nTechnique: non-contrast axial images with coronal and sagittal reformats.\nFindings:\nThere is no intracranial haemorrhage, mass or midline shift. The basilar artery appears hyperdense. The ventricles are age appropriate. Mild periventricular white matter hypodensity.\nThe calvarium is intact.\nConclusion: No haemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 15,
      family:
        'r15 H2 an old infarct in Russian-English wording (post-ischaemic cystic-glial focus / changes) in a whole brain MRI report (stroke read as nothing)',
      rule: '\u00a75 / \u00a78: an infarct read without an acute reading -> stroke with onset unknown, treated as recent (manipulation and collar-zone massage contraindicated); the old infarct is stated once in an otherwise normal whole report',
      study: ['mri', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nPost-ischaemic cystic-glial changes in the left cerebellar hemisphere.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nIn the right occipital lobe there is a cystic-glial focus of post-ischaemic origin, 15x10 mm.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nA postischaemic cyst in the left cerebellar hemisphere.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nGliotic changes in the left cerebellar hemisphere after a past stroke.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI of the brain.\nOn a series of MR tomograms weighted by T1, T2, FLAIR and DWI in three projections:\nThe midline structures are not displaced.\nA cystic-glial focus in the right cerebellar hemisphere, the consequence of a previous infarction.\nThe lateral ventricles are symmetric, not dilated. The third ventricle is 4 mm. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are moderately widened.\nThe basal cisterns are not changed.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: MR signs of moderate external hydrocephalus.',
      'MRI BRAIN (stroke protocol)\nT1: no abnormality.\nT2/FLAIR: a few non-specific white matter foci.\nDWI: no restriction. T2: old left cerebellar infarct with gliosis.\nSWI: no microbleeds, no haemorrhage.\nMRA (TOF): patent circle of Willis.\nConclusion: no haemorrhage; minor small vessel change.',
    ],
  ),
];
