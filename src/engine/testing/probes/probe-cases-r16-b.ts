/** Reviewer probes, round 16 (part b): false alarms. Whole normal reports in the same styles as part a (the same new templates with a normal, neutral or negated vertebral / posterior-fossa line), each with the rules' upper bound: all four clear, urgency none, suspicion low (FS-7) */
import { texts, type Probe } from './probe-model';

export const ROUND_16_B: readonly Probe[] = [
  ...texts(
    {
      round: 16,
      family:
        'r16 N1 a whole normal report (new templates) whose vertebral / posterior-fossa line is normal, neutral or a negated list ("no intimal flap, mural haematoma or occlusion", "No old or new infarcts", "signs of dissection and occlusion are not revealed"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft vertebral: antegrade, normal spectral waveform.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft VA: patent with antegrade flow; no dissection flap or occlusion seen.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'VASCULAR LAB REPORT - CAROTID AND VERTEBRAL ARTERY DUPLEX\nReferral: TIA clinic. Symptoms: transient visual blurring and imbalance.\nRight ICA: smooth echogenic plaque, no haemodynamically significant stenosis.\nRight ECA: patent.\nRight vertebral: antegrade, normal spectral waveform.\nLeft ICA: no plaque seen.\nLeft ECA: patent.\nLeft vertebral artery: antegrade flow, PSV 40 cm/s.\nSubclavian arteries: triphasic waveforms bilaterally.\nSummary: No significant carotid bifurcation disease.\nVascular Scientist: J. Smith (AVS)',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft vertebral artery: Antegrade flow.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft vertebral artery: Antegrade flow with normal waveform. No evidence of occlusion or dissection.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'BILATERAL CAROTID ULTRASOUND WITH VERTEBRAL EVALUATION\nHISTORY: 71-year-old male with presyncope.\nCOMPARISON: None.\nRight common carotid artery: Peak systolic velocity 84 cm/s.\nRight internal carotid artery: Peak systolic velocity 72 cm/s, end-diastolic velocity 24 cm/s.\nRight vertebral artery: Antegrade flow.\nLeft common carotid artery: Peak systolic velocity 80 cm/s.\nLeft internal carotid artery: Peak systolic velocity 69 cm/s, end-diastolic velocity 22 cm/s.\nLeft vertebral artery: Antegrade flow, peak systolic velocity 38 cm/s.\nIMPRESSION: No hemodynamically significant carotid stenosis.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nThe left vertebral artery is patent with antegrade flow through V1-V3.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nThe left vertebral artery is patent; no intimal flap, mural haematoma or occlusion.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'DUPLEX ULTRASOUND - EXTRACRANIAL ARTERIES\nReferring doctor: Dr A. Nguyen (GP)\nClinical notes: 45F, neck pain and dizziness, for review before physio.\nFindings:\nThe common, internal and external carotid arteries are patent bilaterally with normal waveforms and no plaque.\nThe right vertebral artery is patent with antegrade flow through V1-V3.\nThe left vertebral artery is dominant, with antegrade flow throughout its visualised course.\nNo subclavian steal phenomenon.\nComment: Normal carotid study.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nVA on the left: diameter 3.4 mm, LBFV 39 cm/s, blood flow antegrade, course straight.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nVA on the left: diameter 3.6 mm, LBFV 44 cm/s, signs of dissection and occlusion are not revealed.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
      'Ultrasound duplex scanning of the extracranial sections of the brachiocephalic arteries.\nCCA on both sides: walls not thickened, IMT 0.9 mm, blood flow of the main type.\nICA: lumen free, course not changed, LBFV R 62 cm/s, L 65 cm/s.\nECA: without features.\nVA on the right: diameter 3.5 mm, LBFV 41 cm/s, course in the canal of the transverse processes straight.\nVA on the left: lumen free, blood flow of the main type.\nInternal jugular veins: without features.\nConclusion: echographic signs of atherosclerosis of the carotid arteries are absent.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 N1 a whole normal report (new templates) whose vertebral / posterior-fossa line is normal, neutral or a negated list ("no intimal flap, mural haematoma or occlusion", "No old or new infarcts", "signs of dissection and occlusion are not revealed"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['doppler', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'TRANSCRANIAL DOPPLER STUDY\nWindows: adequate temporal and suboccipital windows.\nMCA R/L: mean velocity 58/61 cm/s, PI 0.9/0.9.\nACA R/L: mean velocity 45/47 cm/s, normal direction.\nPCA R/L: mean velocity 38/36 cm/s.\nRight vertebral (V4): mean velocity 34 cm/s, normal direction.\nLeft vertebral (V4): mean velocity 32 cm/s, normal direction.\nBasilar artery: mean velocity 40 cm/s, PI 0.9.\nConclusion: normal anterior circulation velocities.',
      'TRANSCRANIAL DOPPLER STUDY\nWindows: adequate temporal and suboccipital windows.\nMCA R/L: mean velocity 58/61 cm/s, PI 0.9/0.9.\nACA R/L: mean velocity 45/47 cm/s, normal direction.\nPCA R/L: mean velocity 38/36 cm/s.\nRight vertebral (V4): mean velocity 34 cm/s, normal direction.\nLeft vertebral (V4): mean velocity 35 cm/s, no stenotic or occlusive pattern.\nBasilar artery: mean velocity 40 cm/s, PI 0.9.\nConclusion: normal anterior circulation velocities.',
      'TRANSCRANIAL DOPPLER STUDY\nWindows: adequate temporal and suboccipital windows.\nMCA R/L: mean velocity 58/61 cm/s, PI 0.9/0.9.\nACA R/L: mean velocity 45/47 cm/s, normal direction.\nPCA R/L: mean velocity 38/36 cm/s.\nRight vertebral (V4): mean velocity 34 cm/s, normal direction.\nLeft vertebral (V4): normal waveform, normal direction.\nBasilar artery: mean velocity 40 cm/s, PI 0.9.\nConclusion: normal anterior circulation velocities.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 N1 a whole normal report (new templates) whose vertebral / posterior-fossa line is normal, neutral or a negated list ("no intimal flap, mural haematoma or occlusion", "No old or new infarcts", "signs of dissection and occlusion are not revealed"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nVertebral arteries: left dominant, both patent without dissection or stenosis.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nVertebral arteries: patent throughout, no intimal flap or occlusion.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY CAROTIDS AND CIRCLE OF WILLIS\nHistory: 39M, left neck pain and vertigo after a gym session.\nTechnique: Arterial phase imaging from the aortic arch to the vertex with MIP reconstructions.\nFindings:\nAortic arch: normal three-vessel branching pattern.\nCarotid arteries: smooth and patent, no stenosis.\nVertebral arteries: codominant and normal in calibre.\nCircle of Willis: complete, no aneurysm.\nBrain parenchyma: unremarkable on the source images.\nComment: Carotid arteries normal.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Codominant and patent. No dissection, occlusion or stenosis.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Left dominant. Normal caliber and opacification throughout.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
      'CT ANGIOGRAPHY NECK\nCLINICAL HISTORY: Neck pain after motor vehicle collision.\nTECHNIQUE: Helical CT of the neck after IV contrast. 3D MIP reconstructions were performed on an independent workstation.\nFINDINGS:\nCOMMON CAROTID ARTERIES: Patent.\nINTERNAL CAROTID ARTERIES: Normal caliber. No stenosis by NASCET criteria.\nVERTEBRAL ARTERIES: Patent. No intimal flap or intramural hematoma.\nOTHER: The visualized lung apices are clear. No cervical lymphadenopathy.\nIMPRESSION: Normal carotid arteries.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 N1 a whole normal report (new templates) whose vertebral / posterior-fossa line is normal, neutral or a negated list ("no intimal flap, mural haematoma or occlusion", "No old or new infarcts", "signs of dissection and occlusion are not revealed"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['mra', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: The vertebral and basilar arteries are patent with normal flow-related enhancement.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: The left vertebral artery is dominant. No occlusion or stenosis in the vertebrobasilar system.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MRA HEAD WITHOUT CONTRAST (3D TOF)\nINDICATION: Dizziness.\nFINDINGS:\nAnterior circulation: The intracranial ICAs, MCAs and ACAs are patent without stenosis.\nPosterior circulation: The vertebral arteries, basilar artery and PCAs are patent.\nNo aneurysm larger than 2 mm is identified.\nIMPRESSION: Patent anterior circulation.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nVA: MR signal from the blood flow is homogeneous on both sides, the left VA is dominant.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nVA: course symmetrical, signs of occlusion and dissection are not revealed.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
      'MR angiography of the vessels of the head (TOF 3D).\nThe circle of Willis is of typical structure, closed.\nICA: MR signal from the blood flow is homogeneous, the course is symmetrical.\nMCA, ACA: without features.\nVA: without features.\nBA: diameter 3.5 mm, course straight.\nConclusion: variant anatomy of the circle of Willis is not revealed.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 N1 a whole normal report (new templates) whose vertebral / posterior-fossa line is normal, neutral or a negated list ("no intimal flap, mural haematoma or occlusion", "No old or new infarcts", "signs of dissection and occlusion are not revealed"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nNo restricted diffusion to indicate acute infarction.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nThe posterior fossa structures are normal; no infarct is seen.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN\nHistory: 58F, acute onset vertigo and unsteadiness.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI and coronal T2.\nFindings:\nThe ventricles and sulci are appropriate for age.\nNo significant white matter signal abnormality.\nThe brainstem and cerebellum are normal in signal.\nNo intracranial haemorrhage or extra-axial collection.\nThe pituitary and craniocervical junction are unremarkable.\nConclusion: Report as above.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: No acute infarct. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: No restricted diffusion. No old or new infarcts. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI BRAIN WITH AND WITHOUT CONTRAST\nCLINICAL INDICATION: Headache, visual disturbance.\nCOMPARISON: CT head from 2 days prior.\nFINDINGS:\nBRAIN: Normal gray-white matter differentiation. No mass, mass effect or midline shift. No abnormal enhancement.\nVENTRICLES: Normal in size and configuration.\nEXTRA-AXIAL: No extra-axial fluid collection.\nORBITS: Unremarkable.\nSINUSES/MASTOIDS: Clear.\nIMPRESSION: See findings.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nOn DWI no areas of restricted diffusion are revealed.\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nFoci of pathological MR signal in the brain substance are not revealed.\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
      'MRI of the brain, including DWI.\nThe lateral ventricles are not dilated, symmetric.\nThe third ventricle is 4 mm wide. The fourth ventricle is not changed.\nThe subarachnoid convexital spaces are not widened.\nThe brainstem and cerebellum are without features.\nThe midline structures are not displaced.\nThe cerebellar tonsils are at the level of the foramen magnum.\nConclusion: see description.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 N1 a whole normal report (new templates) whose vertebral / posterior-fossa line is normal, neutral or a negated list ("no intimal flap, mural haematoma or occlusion", "No old or new infarcts", "signs of dissection and occlusion are not revealed"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['msct', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nGray-white matter differentiation is maintained. No established or acute infarct.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nThe posterior fossa is unremarkable.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: Dizziness, fall.\nTECHNIQUE: Axial images from the skull base to the vertex.\nFINDINGS:\nThere is no intracranial hemorrhage, mass effect or midline shift.\nNo hyperdense vessel sign.\nThe ventricles are normal in size.\nNo acute calvarial fracture.\nThe paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: No intracranial hemorrhage.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nFoci of pathological density in the brain substance are not revealed.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nThe brainstem and cerebellum are without features.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
      'MSCT of the brain.\nThe midline structures are not displaced.\nThe ventricular system is not dilated, symmetric.\nThe basal cisterns are differentiated.\nZones of ischaemia and haemorrhage are not revealed.\nThe bones of the cranial vault without destructive changes.\nConclusion: see description.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 N1 a whole normal report (new templates) whose vertebral / posterior-fossa line is normal, neutral or a negated list ("no intimal flap, mural haematoma or occlusion", "No old or new infarcts", "signs of dissection and occlusion are not revealed"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'X-RAY CERVICAL SPINE, 3 VIEWS\nClinical: neck pain.\nAlignment: normal lordosis, no listhesis.\nVertebral bodies: heights preserved.\nDisc spaces: preserved.\nFacet joints: unremarkable.\nPrevertebral soft tissues: normal.\nOdontoid peg intact.\nConclusion: Normal cervical spine series.',
      'X-RAY CERVICAL SPINE, 3 VIEWS\nClinical: neck pain.\nAlignment: normal lordosis, no listhesis.\nVertebral bodies: heights preserved.\nDisc spaces: preserved.\nFacet joints: unremarkable.\nPrevertebral soft tissues: normal.\nNo abnormal soft tissue calcification.\nConclusion: Normal cervical spine series.',
      'X-RAY CERVICAL SPINE, 3 VIEWS\nClinical: neck pain.\nAlignment: normal lordosis, no listhesis.\nVertebral bodies: heights preserved.\nDisc spaces: preserved.\nFacet joints: unremarkable.\nPrevertebral soft tissues: normal.\nAtlanto-dens interval normal.\nConclusion: Normal cervical spine series.',
    ],
  ),
  ...texts(
    {
      round: 16,
      family:
        'r16 N1 a whole normal report (new templates) whose vertebral / posterior-fossa line is normal, neutral or a negated list ("no intimal flap, mural haematoma or occlusion", "No old or new infarcts", "signs of dissection and occlusion are not revealed"): nothing to raise',
      rule: 'FS-7 (text may raise, but only what it says; a negated reading adds nothing); upper bound for a normal whole report: all four clear, urgency none, suspicion low; false alarm, not a safety miss',
      kind: 'clear',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'MRI CERVICAL SPINE\nHistory: 47M, neck pain.\nTechnique: Sagittal T1, T2, STIR; axial T2 and gradient echo.\nFindings:\nAlignment: mild straightening of the lordosis.\nCraniocervical junction: normal.\nC4/5: normal.\nC5/6: mild disc desiccation, no canal or foraminal stenosis.\nC6/7: normal.\nCord: normal signal.\nVertebral artery flow voids: normal bilaterally.\nConclusion: Mild C5/6 disc desiccation.',
      'MRI CERVICAL SPINE\nHistory: 47M, neck pain.\nTechnique: Sagittal T1, T2, STIR; axial T2 and gradient echo.\nFindings:\nAlignment: mild straightening of the lordosis.\nCraniocervical junction: normal.\nC4/5: normal.\nC5/6: mild disc desiccation, no canal or foraminal stenosis.\nC6/7: normal.\nCord: normal signal.\nParavertebral soft tissues: normal.\nConclusion: Mild C5/6 disc desiccation.',
      'MRI CERVICAL SPINE\nHistory: 47M, neck pain.\nTechnique: Sagittal T1, T2, STIR; axial T2 and gradient echo.\nFindings:\nAlignment: mild straightening of the lordosis.\nCraniocervical junction: normal.\nC4/5: normal.\nC5/6: mild disc desiccation, no canal or foraminal stenosis.\nC6/7: normal.\nCord: normal signal.\nThe imaged posterior fossa is normal.\nConclusion: Mild C5/6 disc desiccation.',
      'MRI CERVICAL SPINE WITHOUT CONTRAST\nINDICATION: Neck pain.\nFINDINGS:\nALIGNMENT: Normal.\nVERTEBRAE: Normal marrow signal. No fracture.\nCORD: Normal in caliber and signal.\nSOFT TISSUES: Normal. Vertebral artery flow voids are preserved.\nDISC LEVELS: No significant disc herniation, spinal canal stenosis or neural foraminal narrowing from C2-C3 through C7-T1.\nIMPRESSION: Unremarkable MRI of the cervical spine.',
      'MRI CERVICAL SPINE WITHOUT CONTRAST\nINDICATION: Neck pain.\nFINDINGS:\nALIGNMENT: Normal.\nVERTEBRAE: Normal marrow signal. No fracture.\nCORD: Normal in caliber and signal.\nSOFT TISSUES: Unremarkable.\nDISC LEVELS: No significant disc herniation, spinal canal stenosis or neural foraminal narrowing from C2-C3 through C7-T1.\nIMPRESSION: Unremarkable MRI of the cervical spine.',
      'MRI CERVICAL SPINE WITHOUT CONTRAST\nINDICATION: Neck pain.\nFINDINGS:\nALIGNMENT: Normal.\nVERTEBRAE: Normal marrow signal. No fracture.\nCORD: Normal in caliber and signal.\nSOFT TISSUES: Normal prevertebral soft tissues. No vertebral artery dissection or occlusion.\nDISC LEVELS: No significant disc herniation, spinal canal stenosis or neural foraminal narrowing from C2-C3 through C7-T1.\nIMPRESSION: Unremarkable MRI of the cervical spine.',
    ],
  ),
];
