/**
 * Head reports (MRI, CT, MRA): infarct, ischaemia, haemorrhage (a stroke), acute or old;
 * brain tumours; fractures that are not the cervical spine; vertebral arteries in the head.
 */
import {
  ACUTE_STROKE,
  BT,
  D,
  F,
  head,
  headCt,
  M,
  mra,
  N,
  OCC,
  S,
  type CorpusEntry,
} from './report-corpus-types';

export const HEAD_CORPUS: CorpusEntry[] = [
  // Stroke: acute, subacute, fresh, recent, new, restricted diffusion
  head(
    'Acute infarct in the right PICA territory with restricted diffusion.',
    { [S]: '+' },
    ACUTE_STROKE,
  ),
  head(
    'Small area of restricted diffusion in the left cerebellar hemisphere consistent with acute ischaemia.',
    { [S]: '+' },
    ACUTE_STROKE,
  ),
  head('Subacute infarct in the left occipital lobe.', { [S]: '+' }, ACUTE_STROKE),
  head('Fresh ischaemic stroke in the pons.', { [S]: '+' }, ACUTE_STROKE),
  head('DWI-positive lesion in the left medulla oblongata.', { [S]: '+' }, ACUTE_STROKE),
  head('Recent infarct in the left thalamus.', { [S]: '+' }, ACUTE_STROKE),
  head('Cerebellar infarct, acute.', { [S]: '+' }, ACUTE_STROKE),
  head('Acute subarachnoid haemorrhage.', { [S]: '+' }, ACUTE_STROKE),
  head(
    'Small acute infarcts in both cerebellar hemispheres, may represent embolic events.',
    { [S]: '+' },
    ACUTE_STROKE,
  ),
  headCt(
    'Hypodense area in the right cerebellum, most likely a subacute infarct.',
    { [S]: '?' },
    ACUTE_STROKE,
  ),
  head(
    'DWI-hyperintense, ADC-hypointense lesion in the left cerebellar hemisphere.',
    { [S]: '+' },
    ACUTE_STROKE,
  ),
  head('Diffusion-restricting lesion in the right cerebellum.', { [S]: '+' }, ACUTE_STROKE),
  head('Lesion in the pons that restricts diffusion.', { [S]: '+' }, ACUTE_STROKE),
  head('Right PCA territory infarction, early subacute.', { [S]: '+' }, ACUTE_STROKE),
  head('Hyperdense acute haematoma in the right cerebellum.', { [S]: '+' }, ACUTE_STROKE),
  head('No lesion that restricts diffusion.', {}),
  // Stroke: old, chronic, remote, sequelae
  head('No acute haemorrhage, chronic infarct in the left cerebellum.', { [S]: '+' }),
  head('Old lacunar infarcts in the basal ganglia.', { [S]: '+' }),
  head('Chronic ischaemic lesion in the right thalamus.', { [S]: '+' }),
  head('Sequelae of an old infarction in the right cerebellar hemisphere.', { [S]: '+' }),
  head('Remote lacunar infarct in the pons.', { [S]: '+' }),
  head('Infarct in the left cerebellum without diffusion restriction.', { [S]: '+' }),
  head('Infarct of uncertain age in the right cerebellum.', { [S]: '+' }),
  head('Known old stroke in the right MCA territory, no new lesions.', { [S]: '+' }),
  head('Encephalomalacia in the right occipital lobe after old infarction.', { [S]: '+' }),
  // Haemorrhage is a stroke
  head('Haemorrhagic stroke in the left thalamus.', { [S]: '+' }),
  headCt('Haematoma in the right cerebellum, 3 cm.', { [S]: '+' }),
  headCt('Left frontal scalp haematoma.', {}),
  headCt('Subgaleal haematoma in the occipital region.', {}),
  // A subarachnoid haemorrhage seen on imaging is fresh (brief §9: acute imaging).
  head('Subarachnoid haemorrhage in the basal cisterns.', { [S]: '+' }, ACUTE_STROKE),
  head('Bleed in the right cerebellar hemisphere.', { [S]: '+' }),
  headCt('Intracerebral haematoma in the left basal ganglia.', { [S]: '+' }),
  // Negations: a narrower negation (acute, haemorrhage, lacunar) reads nothing
  head('No acute infarct.', {}),
  head('No intracranial haemorrhage.', {}),
  head('No bleed.', {}),
  head('No recent ischaemic lesions.', {}),
  head('No new infarcts since the previous study.', {}),
  head('No infarct or haemorrhage.', { [S]: '-' }),
  head('Microangiopathic white matter changes, no infarct.', { [S]: '-' }),
  head('TIA two weeks ago; no infarct.', { [S]: '-', tia: '+' }),
  head('Chronic small vessel ischaemic changes.', {}),
  // Uncertain and requests
  head('Possible small infarct in the left occipital lobe.', { [S]: '?' }),
  head('Evaluate for posterior circulation stroke.', { [S]: '?' }),
  head('Clinical question: stroke?', { [S]: '?' }),
  // Brain tumours
  head('Meningioma of the left cerebellopontine angle.', { [BT]: '+' }),
  head('Tumour in the cerebellum.', { [BT]: '+' }),
  head('No intracranial mass lesion.', { [BT]: '-' }),
  head('No tumour.', { [BT]: '-' }),
  head('No glioma.', {}),
  head('Cystic lesion in the pineal gland.', {}),
  head('No metastases.', {}),
  head('Brain metastases.', { [M]: '+' }),
  // Fractures: only the cervical spine counts
  headCt('No fracture.', {}),
  headCt('No skull fracture.', {}),
  headCt('No fracture of the cervical spine in the imaged part.', { [F]: '-' }),
  headCt('Fracture of the C1 anterior arch.', { [F]: '+' }),
  // Vertebral arteries in head studies
  head('Vertebral artery flow voids preserved.', {}),
  head(
    'Absent flow void in the left vertebral artery, suspicious for occlusion.',
    { [N]: '+' },
    OCC,
  ),
  head(
    'Left vertebral artery dissection with acute infarct in the left PICA territory.',
    { [D]: '+', [S]: '+' },
    ACUTE_STROKE,
  ),
  mra('Stenosis of the left V4 segment.', { [N]: '+' }),
  mra('Basilar artery without stenosis.', {}),
  mra(
    'Occlusion of the right vertebral artery at V4 with acute cerebellar infarction.',
    { [N]: '+', [S]: '+' },
    { ...ACUTE_STROKE, ...OCC },
  ),
  // Vertebrobasilar insufficiency worded otherwise (not a venous one)
  head('Vertebrobasilar circulatory insufficiency.', { 'confirmed-vas': '+' }),
  head('Insufficiency in the vertebrobasilar basin.', { 'confirmed-vas': '+' }),
  head('Circulatory insufficiency in the vertebrobasilar system.', { 'confirmed-vas': '+' }),
  head('Venous insufficiency in the vertebrobasilar basin.', {}),
  // Normal studies read nothing
  head('Normal.', {}),
  head('Age-appropriate brain, no pathological changes.', {}),
];
