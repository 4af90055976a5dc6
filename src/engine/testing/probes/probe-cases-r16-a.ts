/** Reviewer probes, round 16 (part a): misses. Whole reports in NEW templates (Doppler / duplex protocols incl. transcranial Doppler, CTA / MRA, brain MRI / CT, cervical-spine X-ray / MRI) in UK, US, Australian and Russian-English styles with NEW ordinary wordings, each with ONE sentence carrying a VA dissection, a VA occlusion or absent flow, an acute posterior-circulation infarct, or an old infarct, among normal lines, value lines, tables and negated lists; every report dated 5 days before the assessment unless the family says otherwise; least cautious output accepted */
import { texts, type Probe } from './probe-model';

export const ROUND_16_A: readonly Probe[] = [
  ...texts(
    {
      round: 16,
      family:
        'r16 D1 a VA dissection in one sentence of a whole Doppler / duplex protocol (emergency missed)',
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
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft vertebral artery: tapering lumen in V1 with a hypoechoic mural haematoma, appearances in keeping with dissection.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft vertebral artery: tapering lumen in V1 with a hypoechoic mural haematoma, appearances in keeping with dissection.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nLeft vertebral artery: tapering lumen in V1 with a hypoechoic mural haematoma, appearances in keeping with dissection.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft VA: a mobile echogenic intimal flap separates a true and a false lumen (dissection).\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nLeft VA: a mobile echogenic intimal flap separates a true and a false lumen (dissection).\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nLeft VA: a mobile echogenic intimal flap separates a true and a false lumen (dissection).\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nThe left vertebral artery shows a long smooth tapered narrowing with a crescentic wall haematoma, consistent with dissection.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nThe left vertebral artery shows a long smooth tapered narrowing with a crescentic wall haematoma, consistent with dissection.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nThe left vertebral artery shows a long smooth tapered narrowing with a crescentic wall haematoma, consistent with dissection.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nLeft VA: features of dissection with intramural hematoma and a high-resistance waveform.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft VA: features of dissection with intramural hematoma and a high-resistance waveform.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft VA: features of dissection with intramural hematoma and a high-resistance waveform.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft vertebral: dissected V2 segment with a thrombosed false lumen.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft vertebral: dissected V2 segment with a thrombosed false lumen.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nLeft vertebral: dissected V2 segment with a thrombosed false lumen.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nVA on the left: in the V2 segment a detached intima is visualised with a double contour of the lumen - echo signs of dissection.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nFindings are consistent with a left vertebral artery dissection.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nFindings are consistent with a left vertebral artery dissection.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nFindings are consistent with a left vertebral artery dissection.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nThere is a dissection of the left vertebral artery in V2.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nThere is a dissection of the left vertebral artery in V2.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nThere is a dissection of the left vertebral artery in V2.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft vertebral artery dissection is noted in the V2 segment.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft vertebral artery dissection is noted in the V2 segment.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nLeft vertebral artery dissection is noted in the V2 segment.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 D1 a VA dissection in one sentence of a whole Doppler / duplex protocol (emergency missed)',
      rule: 'URG-ACUTE-IMAGING + dissection item (\u00a79: a VA dissection in a report <= 14 d -> emergency; \u00a74 dissection of unknown onset -> emergency; \u00a75: dissection contraindicates manipulation and collar-zone massage at any time, emergency contraindicates all four); the finding is stated once in an otherwise normal whole report',
      study: ['doppler', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'TRANSCRANIAL DOPPLER STUDY\nWindows: adequate temporal and suboccipital windows.\nMCA R/L: mean velocity 58/61 cm/s, PI 0.9/0.9.\nACA R/L: mean velocity 45/47 cm/s, normal direction.\nPCA R/L: mean velocity 38/36 cm/s.\nRight vertebral (V4): mean velocity 34 cm/s, normal direction.\nLeft vertebral (V4): high-resistance flow with an intimal flap at the V3/V4 junction, consistent with dissection.\nBasilar artery: mean velocity 40 cm/s, PI 0.9.\nConclusion: normal anterior circulation velocities.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 D2 a VA dissection in one sentence of a whole CTA / MRA report (emergency missed)',
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
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nThe left vertebral artery shows an irregular beaded narrowing of the V3 segment with a small pseudoaneurysm, in keeping with dissection.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: The left vertebral artery shows an irregular beaded narrowing of the V3 segment with a small pseudoaneurysm, in keeping with dissection.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Flame-shaped tapering of the left V2 segment, compatible with acute dissection.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nLeft vertebral artery: intimal flap in V3 with a crescentic intramural haematoma.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nCrescentic mural thickening of the left vertebral artery at C2, representing dissection.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Crescentic mural thickening of the left vertebral artery at C2, representing dissection.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nDissecting aneurysm of the left V4 segment.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Dissecting aneurysm of the left V4 segment.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Left vertebral artery dissection from C6 to C3 with more than 50% luminal narrowing.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nThe left vertebral artery is dissected at the C1-C2 level.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: The left vertebral artery is dissected at the C1-C2 level.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nThere is a short-segment dissection of the left vertebral artery with an intimal flap.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: There is a short-segment dissection of the left vertebral artery with an intimal flap.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 D2 a VA dissection in one sentence of a whole CTA / MRA report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING + dissection item (\u00a79: a VA dissection in a report <= 14 d -> emergency; \u00a74 dissection of unknown onset -> emergency; \u00a75: dissection contraindicates manipulation and collar-zone massage at any time, emergency contraindicates all four); the finding is stated once in an otherwise normal whole report',
      study: ['mra', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: The left vertebral artery shows an irregular beaded narrowing of the V3 segment with a small pseudoaneurysm, in keeping with dissection.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: Flame-shaped tapering of the left V2 segment, compatible with acute dissection.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nFlame-shaped tapering of the left V2 segment, compatible with acute dissection.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: Left vertebral artery: intimal flap in V3 with a crescentic intramural haematoma.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nLeft vertebral artery: intimal flap in V3 with a crescentic intramural haematoma.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nCrescentic mural thickening of the left vertebral artery at C2, representing dissection.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: Dissecting aneurysm of the left V4 segment.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: Left vertebral artery dissection from C6 to C3 with more than 50% luminal narrowing.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nLeft vertebral artery dissection from C6 to C3 with more than 50% luminal narrowing.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nLeft VA: in the V3 segment a string sign and a crescent of intramural haematoma are defined - MR signs of dissection.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nThe left vertebral artery is dissected at the C1-C2 level.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: There is a short-segment dissection of the left vertebral artery with an intimal flap.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 D3 a VA dissection in one sentence of a whole brain or cervical-spine MRI report (emergency missed)',
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
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nIncidental crescentic T1 hyperintense intramural haematoma in the left vertebral artery at C2, consistent with dissection.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Incidental crescentic T1 hyperintense intramural haematoma in the left vertebral artery at C2, consistent with dissection. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: The left vertebral artery is irregular with a mural haematoma on the axial T1 fat-saturated images, in keeping with dissection. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nOf note, there is a dissection of the left vertebral artery at the level of C1-C2.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nIn the left VA at the C2 level an intramural haematoma is visualised (signs of dissection).\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 D3 a VA dissection in one sentence of a whole brain or cervical-spine MRI report (emergency missed)',
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
      'MRI CERVICAL SPINE\nHistory: 47M, neck pain.\nTechnique: Sagittal T1, T2, STIR; axial T2 and gradient echo.\nFindings:\nAlignment: mild straightening of the lordosis.\nCraniocervical junction: normal.\nC4/5: normal.\nC5/6: mild disc desiccation, no canal or foraminal stenosis.\nC6/7: normal.\nCord: normal signal.\nIncidental crescentic T1 hyperintense intramural haematoma in the left vertebral artery at C2, consistent with dissection.\nConclusion: Mild C5/6 disc desiccation.',
      'MRI CERVICAL SPINE\nHistory: 47M, neck pain.\nTechnique: Sagittal T1, T2, STIR; axial T2 and gradient echo.\nFindings:\nAlignment: mild straightening of the lordosis.\nCraniocervical junction: normal.\nC4/5: normal.\nC5/6: mild disc desiccation, no canal or foraminal stenosis.\nC6/7: normal.\nCord: normal signal.\nThe left vertebral artery is irregular with a mural haematoma on the axial T1 fat-saturated images, in keeping with dissection.\nConclusion: Mild C5/6 disc desiccation.',
      'MRI CERVICAL SPINE WITHOUT CONTRAST\nINDICATION: Neck pain.\nFINDINGS:\nALIGNMENT: Normal.\nVERTEBRAE: Normal marrow signal. No fracture.\nCORD: Normal in caliber and signal.\nSOFT TISSUES: The left vertebral artery is irregular with a mural haematoma on the axial T1 fat-saturated images, in keeping with dissection.\nDISC LEVELS: No significant disc herniation, spinal canal stenosis or neural foraminal narrowing from C2-C3 through C7-T1.\nIMPRESSION: Unremarkable MRI of the cervical spine.',
      'MRI CERVICAL SPINE\nHistory: 47M, neck pain.\nTechnique: Sagittal T1, T2, STIR; axial T2 and gradient echo.\nFindings:\nAlignment: mild straightening of the lordosis.\nCraniocervical junction: normal.\nC4/5: normal.\nC5/6: mild disc desiccation, no canal or foraminal stenosis.\nC6/7: normal.\nCord: normal signal.\nOf note, there is a dissection of the left vertebral artery at the level of C1-C2.\nConclusion: Mild C5/6 disc desiccation.',
      'MRI CERVICAL SPINE WITHOUT CONTRAST\nINDICATION: Neck pain.\nFINDINGS:\nALIGNMENT: Normal.\nVERTEBRAE: Normal marrow signal. No fracture.\nCORD: Normal in caliber and signal.\nSOFT TISSUES: Of note, there is a dissection of the left vertebral artery at the level of C1-C2.\nDISC LEVELS: No significant disc herniation, spinal canal stenosis or neural foraminal narrowing from C2-C3 through C7-T1.\nIMPRESSION: Unremarkable MRI of the cervical spine.',
      'MRI CERVICAL SPINE\nHistory: 47M, neck pain.\nTechnique: Sagittal T1, T2, STIR; axial T2 and gradient echo.\nFindings:\nAlignment: mild straightening of the lordosis.\nCraniocervical junction: normal.\nC4/5: normal.\nC5/6: mild disc desiccation, no canal or foraminal stenosis.\nC6/7: normal.\nCord: normal signal.\nLeft vertebral artery: eccentric wall thickening with a hyperintense crescent on T1 FS - dissection.\nConclusion: Mild C5/6 disc desiccation.',
      'MRI CERVICAL SPINE WITHOUT CONTRAST\nINDICATION: Neck pain.\nFINDINGS:\nALIGNMENT: Normal.\nVERTEBRAE: Normal marrow signal. No fracture.\nCORD: Normal in caliber and signal.\nSOFT TISSUES: Left vertebral artery: eccentric wall thickening with a hyperintense crescent on T1 FS - dissection.\nDISC LEVELS: No significant disc herniation, spinal canal stenosis or neural foraminal narrowing from C2-C3 through C7-T1.\nIMPRESSION: Unremarkable MRI of the cervical spine.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 O1 a VA occlusion / absent flow in one sentence of a whole Doppler / duplex protocol (emergency missed)',
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
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft vertebral artery: occluded from its origin, no colour filling.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft vertebral artery: occluded from its origin, no colour filling.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nLeft vertebral artery: occluded from its origin, no colour filling.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft VA: no detectable flow on colour or spectral Doppler, consistent with occlusion.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nLeft VA: no detectable flow on colour or spectral Doppler, consistent with occlusion.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nLeft VA: no detectable flow on colour or spectral Doppler, consistent with occlusion.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nThe left vertebral artery is thrombosed.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nThe left vertebral artery is thrombosed.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nThe left vertebral artery is thrombosed.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nLeft vertebral artery - occlusion of the V1 segment.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft vertebral artery - occlusion of the V1 segment.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft vertebral artery - occlusion of the V1 segment.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nNo flow could be detected in the left vertebral artery.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nNo flow could be detected in the left vertebral artery.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nNo flow could be detected in the left vertebral artery.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft VA: absent flow throughout V1-V3.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nLeft VA: absent flow throughout V1-V3.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nLeft VA: absent flow throughout V1-V3.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nVA on the left: the lumen is filled with hypoechoic masses, blood flow is not registered in colour mapping mode - occlusion.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nLeft VA: flow not visualised (occluded).\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft VA: flow not visualised (occluded).\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft VA: flow not visualised (occluded).\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nThe left vertebral artery is occluded.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nThe left vertebral artery is occluded.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nThe left vertebral artery is occluded.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nLeft vertebral artery shows no flow.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft vertebral artery shows no flow.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft vertebral artery shows no flow.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 O1 a VA occlusion / absent flow in one sentence of a whole Doppler / duplex protocol (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['doppler', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'TRANSCRANIAL DOPPLER STUDY\nWindows: adequate temporal and suboccipital windows.\nMCA R/L: mean velocity 58/61 cm/s, PI 0.9/0.9.\nACA R/L: mean velocity 45/47 cm/s, normal direction.\nPCA R/L: mean velocity 38/36 cm/s.\nRight vertebral (V4): mean velocity 34 cm/s, normal direction.\nLeft vertebral (V4): absent flow signal.\nBasilar artery: mean velocity 40 cm/s, PI 0.9.\nConclusion: normal anterior circulation velocities.',
      'TRANSCRANIAL DOPPLER STUDY\nWindows: adequate temporal and suboccipital windows.\nMCA R/L: mean velocity 58/61 cm/s, PI 0.9/0.9.\nACA R/L: mean velocity 45/47 cm/s, normal direction.\nPCA R/L: mean velocity 38/36 cm/s.\nRight vertebral (V4): mean velocity 34 cm/s, normal direction.\nLeft vertebral (V4): occluded.\nBasilar artery: mean velocity 40 cm/s, PI 0.9.\nConclusion: normal anterior circulation velocities.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 O2 a VA occlusion / non-opacification / absent flow signal in one sentence of a whole CTA / MRA report (emergency missed)',
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
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nThe left vertebral artery does not opacify from its origin to the vertebrobasilar junction, consistent with occlusion.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: The left vertebral artery does not opacify from its origin to the vertebrobasilar junction, consistent with occlusion.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Abrupt cut-off of the left vertebral artery at the V2 segment.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nThe left vertebral artery is occluded at C4 with distal reconstitution via muscular collaterals.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nComplete occlusion of the left V4 segment.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Complete occlusion of the left V4 segment.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nThrombotic occlusion of the left vertebral artery.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nLeft vertebral artery: not opacified (occluded).\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Left vertebral artery: not opacified (occluded).\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nThe left vertebral artery is occluded throughout.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: The left vertebral artery is occluded throughout.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Right normal. Left: no contrast opacification.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 O2 a VA occlusion / non-opacification / absent flow signal in one sentence of a whole CTA / MRA report (emergency missed)',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report',
      study: ['mra', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: The left vertebral artery does not opacify from its origin to the vertebrobasilar junction, consistent with occlusion.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: Abrupt cut-off of the left vertebral artery at the V2 segment.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nAbrupt cut-off of the left vertebral artery at the V2 segment.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: The left vertebral artery is occluded at C4 with distal reconstitution via muscular collaterals.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nThe left vertebral artery is occluded at C4 with distal reconstitution via muscular collaterals.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nComplete occlusion of the left V4 segment.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: No flow-related enhancement in the left vertebral artery.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nLeft VA: MR signal from the blood flow is absent along its entire length.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: Thrombotic occlusion of the left vertebral artery.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nThrombotic occlusion of the left vertebral artery.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nLeft vertebral artery: not opacified (occluded).\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: The left vertebral artery is occluded throughout.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: Left vertebral artery: no flow signal on TOF.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nLeft vertebral artery: no flow signal on TOF.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 O3 a VA occlusion / lost flow void / hyperdense VA in one sentence of a whole brain, CT or cervical-spine report (emergency missed)',
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
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nThe left vertebral artery is dense, in keeping with acute thrombus.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nHyperdense left vertebral artery, suspicious for occlusion.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 O3 a VA occlusion / lost flow void / hyperdense VA in one sentence of a whole brain, CT or cervical-spine report (emergency missed)',
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
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nLoss of the normal flow void of the left vertebral artery on axial T2.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Loss of the normal flow void of the left vertebral artery on axial T2. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nIn the left VA the flow void effect is absent on T2-weighted images.\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nThe left vertebral artery is occluded.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nAbsence of the left vertebral flow void.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Absence of the left vertebral flow void. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 O3 a VA occlusion / lost flow void / hyperdense VA in one sentence of a whole brain, CT or cervical-spine report (emergency missed)',
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
      'MRI CERVICAL SPINE\nHistory: 47M, neck pain.\nTechnique: Sagittal T1, T2, STIR; axial T2 and gradient echo.\nFindings:\nAlignment: mild straightening of the lordosis.\nCraniocervical junction: normal.\nC4/5: normal.\nC5/6: mild disc desiccation, no canal or foraminal stenosis.\nC6/7: normal.\nCord: normal signal.\nLoss of the normal flow void of the left vertebral artery on axial T2.\nConclusion: Mild C5/6 disc desiccation.',
      'MRI CERVICAL SPINE\nHistory: 47M, neck pain.\nTechnique: Sagittal T1, T2, STIR; axial T2 and gradient echo.\nFindings:\nAlignment: mild straightening of the lordosis.\nCraniocervical junction: normal.\nC4/5: normal.\nC5/6: mild disc desiccation, no canal or foraminal stenosis.\nC6/7: normal.\nCord: normal signal.\nAbsent flow void in the left vertebral artery from C3 to C6, consistent with occlusion.\nConclusion: Mild C5/6 disc desiccation.',
      'MRI CERVICAL SPINE WITHOUT CONTRAST\nINDICATION: Neck pain.\nFINDINGS:\nALIGNMENT: Normal.\nVERTEBRAE: Normal marrow signal. No fracture.\nCORD: Normal in caliber and signal.\nSOFT TISSUES: Absent flow void in the left vertebral artery from C3 to C6, consistent with occlusion.\nDISC LEVELS: No significant disc herniation, spinal canal stenosis or neural foraminal narrowing from C2-C3 through C7-T1.\nIMPRESSION: Unremarkable MRI of the cervical spine.',
      'MRI CERVICAL SPINE WITHOUT CONTRAST\nINDICATION: Neck pain.\nFINDINGS:\nALIGNMENT: Normal.\nVERTEBRAE: Normal marrow signal. No fracture.\nCORD: Normal in caliber and signal.\nSOFT TISSUES: The left vertebral artery is occluded.\nDISC LEVELS: No significant disc herniation, spinal canal stenosis or neural foraminal narrowing from C2-C3 through C7-T1.\nIMPRESSION: Unremarkable MRI of the cervical spine.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 S1 an acute posterior-circulation infarct (or haemorrhage) in one sentence of a whole brain MRI report (emergency missed)',
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
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nRestricted diffusion with low ADC values in the left inferior cerebellar hemisphere, in keeping with an acute PICA territory infarct.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Restricted diffusion with low ADC values in the left inferior cerebellar hemisphere, in keeping with an acute PICA territory infarct. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: There is an acute infarct in the right lateral medulla. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nThere is an acute infarct in the right lateral medulla.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nA small acute infarct is seen in the left thalamus (PCA territory).\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: A small acute infarct is seen in the left thalamus (PCA territory). No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: DWI-positive, ADC-dark lesion in the pons, compatible with an acute lacunar infarct. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nDWI-positive, ADC-dark lesion in the pons, compatible with an acute lacunar infarct.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nAcute embolic infarcts in both cerebellar hemispheres.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Acute embolic infarcts in both cerebellar hemispheres. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Hyperacute ischaemia in the left occipital lobe (DWI bright, FLAIR negative). No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nHyperacute ischaemia in the left occipital lobe (DWI bright, FLAIR negative).\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nSubacute infarction involving the right superior cerebellar artery territory.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Subacute infarction involving the right superior cerebellar artery territory. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Fresh infarct in the left cerebellar vermis. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nFresh infarct in the left cerebellar vermis.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nRecent infarct in the medulla oblongata on the left.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Recent infarct in the medulla oblongata on the left. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Areas of diffusion restriction in the left cerebellar hemisphere consistent with acute ischemia. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nAreas of diffusion restriction in the left cerebellar hemisphere consistent with acute ischemia.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nThere is restricted diffusion in the right PCA territory.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: There is restricted diffusion in the right PCA territory. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nIn the left hemisphere of the cerebellum a zone of restricted diffusion measuring 18x12 mm is determined - acute ischaemic stroke.\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nIn the pons on the right a focus hyperintense on DWI (b=1000) with reduced ADC is determined, corresponding to an acute lacunar infarction.\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nIn the left occipital lobe a zone of cytotoxic oedema is determined (acute ischaemia).\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 S2 an acute posterior-circulation infarct (or haemorrhage, hyperdense basilar) in one sentence of a whole CT head report (emergency missed)',
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
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nThere is an area of low attenuation in the left cerebellar hemisphere with loss of grey-white differentiation, consistent with an acute infarct.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nThere is an area of low attenuation in the left cerebellar hemisphere with loss of grey-white differentiation, consistent with an acute infarct.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nAcute left PCA territory infarct.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nAcute left PCA territory infarct.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nEvolving infarct in the right cerebellar hemisphere.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nEvolving infarct in the right cerebellar hemisphere.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nThere is a hyperdense basilar artery sign.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nThere is a hyperdense basilar artery sign.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nSubacute infarct in the left cerebellar hemisphere.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nSubacute infarct in the left cerebellar hemisphere.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nIn the left cerebellar hemisphere a hypodense zone of ischaemia 25x20 mm with indistinct contours is determined (acute period).\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nIn the right occipital lobe a hypodense area of acute ischaemic stroke is determined.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 H1 an old / chronic / remote / age-indeterminate posterior-circulation infarct (incl. Russian-English "post-stroke cyst", "encephalomalacia - consequence of an ischaemic stroke") in one sentence of a whole brain MRI / CT report (stroke read as nothing: manipulation and collar-zone massage cleared)',
      rule: '\u00a75 / \u00a78: an infarct read without an acute reading -> stroke with onset unknown, treated as recent (manipulation and collar-zone massage contraindicated); the old infarct is stated once in an otherwise normal whole report',
      study: ['mri', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nChronic lacunar infarct in the left thalamus.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Chronic lacunar infarct in the left thalamus. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: There is an established infarct in the right cerebellar hemisphere with volume loss. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nThere is an established infarct in the right cerebellar hemisphere with volume loss.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nEncephalomalacia in the left occipital lobe from a prior PCA infarct.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Encephalomalacia in the left occipital lobe from a prior PCA infarct. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nRemote left cerebellar infarct.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Remote left cerebellar infarct. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Old lacunar infarct in the right pons. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nOld lacunar infarct in the right pons.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nSequelae of a previous infarct in the left occipital lobe.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Sequelae of a previous infarct in the left occipital lobe. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nCerebellar infarct of indeterminate age on the left.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Cerebellar infarct of indeterminate age on the left. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Small old infarct in the left cerebellar hemisphere. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nSmall old infarct in the left cerebellar hemisphere.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nIn the left cerebellar hemisphere a post-stroke cyst of 8 mm is determined.\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nIn the right occipital lobe a zone of encephalomalacia is determined - consequence of an ischaemic stroke.\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 H1 an old / chronic / remote / age-indeterminate posterior-circulation infarct (incl. Russian-English "post-stroke cyst", "encephalomalacia - consequence of an ischaemic stroke") in one sentence of a whole brain MRI / CT report (stroke read as nothing: manipulation and collar-zone massage cleared)',
      rule: '\u00a75 / \u00a78: an infarct read without an acute reading -> stroke with onset unknown, treated as recent (manipulation and collar-zone massage contraindicated); the old infarct is stated once in an otherwise normal whole report',
      study: ['msct', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nChronic lacunar infarct in the left thalamus.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nThere is an established infarct in the right cerebellar hemisphere with volume loss.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nEncephalomalacia in the left occipital lobe from a prior PCA infarct.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nRemote left cerebellar infarct.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nOld lacunar infarct in the right pons.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nSequelae of a previous infarct in the left occipital lobe.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nCerebellar infarct of indeterminate age on the left.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nSmall old infarct in the left cerebellar hemisphere.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nIn the left cerebellar hemisphere a post-stroke cyst of 8 mm is determined.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nIn the right occipital lobe a zone of encephalomalacia is determined - consequence of an ischaemic stroke.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nOld right PICA territory infarct.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 H1 an old / chronic / remote / age-indeterminate posterior-circulation infarct (incl. Russian-English "post-stroke cyst", "encephalomalacia - consequence of an ischaemic stroke") in one sentence of a whole brain MRI / CT report (stroke read as nothing: manipulation and collar-zone massage cleared)',
      rule: '\u00a75 / \u00a78: an infarct read without an acute reading -> stroke with onset unknown, treated as recent (manipulation and collar-zone massage contraindicated); the old infarct is stated once in an otherwise normal whole report',
      study: ['mri', 'head', '2025-09-10'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nRemote left cerebellar infarct.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nIn the left cerebellar hemisphere a post-stroke cyst of 8 mm is determined.\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 H1 an old / chronic / remote / age-indeterminate posterior-circulation infarct (incl. Russian-English "post-stroke cyst", "encephalomalacia - consequence of an ischaemic stroke") in one sentence of a whole brain MRI / CT report (stroke read as nothing: manipulation and collar-zone massage cleared)',
      rule: '\u00a75 / \u00a78: an infarct read without an acute reading -> stroke with onset unknown, treated as recent (manipulation and collar-zone massage contraindicated); the old infarct is stated once in an otherwise normal whole report',
      study: ['msct', 'head', '2025-09-10'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nChronic infarct in the left cerebellar hemisphere.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family: 'r16 U1 a dissection in a whole report 15-180 days old (urgent, dissection item)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['cta', 'neck-vessels', '2026-10-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    },
    [
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nLeft vertebral artery: intimal flap in V3 with a crescentic intramural haematoma.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family: 'r16 U1 a dissection in a whole report 15-180 days old (urgent, dissection item)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['doppler', 'neck-vessels', '2026-10-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    },
    [
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft VA: a mobile echogenic intimal flap separates a true and a false lumen (dissection).\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
    ],
  ),
  ...texts(
    {
      round: 16,
      family: 'r16 U1 a dissection in a whole report 15-180 days old (urgent, dissection item)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['mri', 'cervical-spine', '2026-10-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    },
    [
      'MRI CERVICAL SPINE\nHistory: 47M, neck pain.\nTechnique: Sagittal T1, T2, STIR; axial T2 and gradient echo.\nFindings:\nAlignment: mild straightening of the lordosis.\nCraniocervical junction: normal.\nC4/5: normal.\nC5/6: mild disc desiccation, no canal or foraminal stenosis.\nC6/7: normal.\nCord: normal signal.\nOf note, there is a dissection of the left vertebral artery at the level of C1-C2.\nConclusion: Mild C5/6 disc desiccation.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 U1 an acute posterior-circulation infarct in a whole report 15-180 days old (urgent, stroke dated by the report)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['mri', 'head', '2026-10-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    },
    [
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nThere is an acute infarct in the right lateral medulla.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nIn the left hemisphere of the cerebellum a zone of restricted diffusion measuring 18x12 mm is determined - acute ischaemic stroke.\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 U1 an acute posterior-circulation infarct in a whole report 15-180 days old (urgent, stroke dated by the report)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['msct', 'head', '2026-10-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    },
    [
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nAcute left PCA territory infarct.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family: 'r16 U1 a VA occlusion / absent flow in a whole report 15-180 days old (urgent)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['cta', 'neck-vessels', '2026-10-01'],
      expect: { manip: 'caution', urg: 'urgent' },
    },
    [
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Complete occlusion of the left V4 segment.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family: 'r16 U1 a VA occlusion / absent flow in a whole report 15-180 days old (urgent)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['doppler', 'neck-vessels', '2026-10-01'],
      expect: { manip: 'caution', urg: 'urgent' },
    },
    [
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nThe left vertebral artery is occluded.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family: 'r16 U1 a VA occlusion / absent flow in a whole report 15-180 days old (urgent)',
      rule: "\u00a79: such a reading in a report 15-180 days old -> urgent; a dissection contraindicates manipulation and collar-zone massage at any time (\u00a75); an acute infarct in a report <= 180 d gives a stroke with onset = the report's date (\u00a78: manipulation and collar-zone massage contraindicated); a VA occlusion is at least vertebral-artery narrowing (caution for manipulation)",
      study: ['mra', 'head', '2026-10-01'],
      expect: { manip: 'caution', urg: 'urgent' },
    },
    [
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: Thrombotic occlusion of the left vertebral artery.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 J (judgement) "early ischaemic change" as an acute infarct: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: "early ischaemic change" as an acute infarct (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
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
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nEarly ischaemic changes in the left cerebellar hemisphere.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nEarly ischemic change in the left cerebellar hemisphere.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 J (judgement) TCD: a vertebral artery "not insonated" (absent flow or a technical failure): one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: TCD: a vertebral artery "not insonated" (absent flow or a technical failure) (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['doppler', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'TRANSCRANIAL DOPPLER STUDY\nWindows: adequate temporal and suboccipital windows.\nMCA R/L: mean velocity 58/61 cm/s, PI 0.9/0.9.\nACA R/L: mean velocity 45/47 cm/s, normal direction.\nPCA R/L: mean velocity 38/36 cm/s.\nRight vertebral (V4): mean velocity 34 cm/s, normal direction.\nLeft vertebral (V4): not insonated.\nBasilar artery: mean velocity 40 cm/s, PI 0.9.\nConclusion: normal anterior circulation velocities.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 J (judgement) a dissection known from another study, restated in a plain-film report: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: a dissection known from another study, restated in a plain-film report (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'X-RAY CERVICAL SPINE, 3 VIEWS\nClinical: neck pain.\nAlignment: normal lordosis, no listhesis.\nVertebral bodies: heights preserved.\nDisc spaces: preserved.\nFacet joints: unremarkable.\nPrevertebral soft tissues: normal.\nNote: the left vertebral artery dissection shown on CTA of 12/11 cannot be assessed on plain films.\nConclusion: Normal cervical spine series.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 J (judgement) an occlusion known from another study, restated in a plain-film report: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: an occlusion known from another study, restated in a plain-film report (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'X-RAY CERVICAL SPINE, 3 VIEWS\nClinical: neck pain.\nAlignment: normal lordosis, no listhesis.\nVertebral bodies: heights preserved.\nDisc spaces: preserved.\nFacet joints: unremarkable.\nPrevertebral soft tissues: normal.\nClinical note: recent occlusion of the left vertebral artery on CTA.\nConclusion: Normal cervical spine series.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 J (judgement) "suspected dissection" (IF: suspected dissection - do not treat, refer): one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: "suspected dissection" (IF: suspected dissection - do not treat, refer) (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
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
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft VA: suspected dissection at the V1/V2 junction.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
    ],
  ),
  ...texts(
    {
      round: 16,
      family: 'r16 J (judgement) "suspicious for dissection": one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: "suspicious for dissection" (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
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
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nAppearances of the left vertebral artery are suspicious for dissection.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 J (judgement) an acute posterior-fossa haemorrhage: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: an acute posterior-fossa haemorrhage (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
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
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nAcute right cerebellar hemorrhage measuring 2 cm.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 J (judgement) absent flow void "suggestive of" occlusion: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: absent flow void "suggestive of" occlusion (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
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
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nThe normal flow void of the left vertebral artery is absent, suggestive of occlusion.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 J (judgement) TCD: no signal "suggesting" occlusion: one sentence of a whole report',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (\u00a79: a VA occlusion or absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, \u00a75); the finding is stated once in an otherwise normal whole report; judgement: TCD: no signal "suggesting" occlusion (the reviewers expect the emergency; the rules name a VA occlusion, absent flow or dissection read present)',
      study: ['doppler', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'TRANSCRANIAL DOPPLER STUDY\nWindows: adequate temporal and suboccipital windows.\nMCA R/L: mean velocity 58/61 cm/s, PI 0.9/0.9.\nACA R/L: mean velocity 45/47 cm/s, normal direction.\nPCA R/L: mean velocity 38/36 cm/s.\nRight vertebral (V4): mean velocity 34 cm/s, normal direction.\nLeft vertebral (V4): no signal through an adequate suboccipital window, suggesting occlusion.\nBasilar artery: mean velocity 40 cm/s, PI 0.9.\nConclusion: normal anterior circulation velocities.',
    ],
  ),
];
