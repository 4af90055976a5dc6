/**
 * Mixed and tricky sentences: scope of negation across commas, "and", new lines; lists
 * after one negation; pseudo-negations; requests; study-context tests.
 */
import {
  A,
  ACUTE_STROKE,
  D,
  dop,
  F,
  H,
  I,
  M,
  mr,
  MY,
  N,
  O,
  P,
  R,
  S,
  U,
  xr,
  ct,
  cta,
  head,
  mra,
  OCC,
  BT,
  type CorpusEntry,
} from './report-corpus-types';

export const TRICKY_CORPUS: CorpusEntry[] = [
  // Reviewer probes (2026-11-26): phrasings that were missed and cleared a patient.
  // A question answered in its own clause is a reading, not a question.
  cta(
    'Evaluation of the posterior circulation demonstrates occlusion of the left VA.',
    { [N]: '+' },
    OCC,
  ),
  dop('Referred with dizziness, occlusion of the left VA found.', { [N]: '+' }, OCC),
  cta('Looking for the cause of vertigo, a dissection of the left VA was found.', { [D]: '+' }),
  cta('To exclude dissection, CTA was performed: dissection of the left VA.', { [D]: '+' }),
  mra('Evaluation for dissection: intramural haematoma of the left VA.', { [D]: '+' }),
  cta('It is impossible to exclude dissection of the left VA.', { [D]: '?' }),
  cta('Reason for exam: rule out dissection - dissection of the left V3 segment confirmed.', {
    [D]: '+',
  }),
  cta('Rule out dissection. No dissection was found.', { [D]: '?' }),
  // A vertebral artery or its flow not shown
  dop('The left VA could not be visualised.', { [N]: '+' }, OCC),
  cta('Right VA patent. Non-visualization of left VA.', { [N]: '+' }, OCC),
  dop('Left VA is seen, flow normal.', {}),
  dop('Conclusion: vertebral artery syndrome.', { 'confirmed-vas': '+' }),
  dop('Right VA: normal flow. Left VA: not visualized.', { [N]: '+' }, OCC),
  dop('Right VA: normal flow. The left vertebral artery is not seen.', { [N]: '+' }, OCC),
  dop('Flow in the left VA is not registered.', { [N]: '+' }, OCC),
  dop('Subocclusion of the left VA.', { [N]: '+' }, OCC),
  mr(
    'Osteochondrosis C4-C6. Loss of the left vertebral artery flow void.',
    { [O]: '+', [N]: '+' },
    OCC,
  ),
  // Negation scope: "and" after a phrase of its own, a bare term after a comma, "and with"
  dop('No stenosis in V1 and occlusion in V2 on the left.', { [N]: '+' }, OCC),
  xr('Absent lordosis, uncovertebral arthrosis.', { [U]: '+' }),
  xr('No instability on functional tests and uncovertebral arthrosis C5-C6.', {
    [U]: '+',
    [I]: '-',
  }),
  xr('Without fracture and with uncovertebral arthrosis C5-C6.', { [U]: '+', [F]: '-' }),
  xr('No prior studies, uncovertebral arthrosis.', { [U]: '+' }),
  // Double negatives affirm
  dop('Carotids patent. No doubt occlusion of the left VA.', { [N]: '+' }, OCC),
  xr('Uncovertebral arthrosis is not absent.', { [U]: '+' }),
  xr('There is no doubt about uncovertebral arthrosis.', { [U]: '+' }),
  xr('Not without uncovertebral arthrosis.', { [U]: '+' }),
  // Uncovertebral arthrosis said other ways
  xr('Uncovertebral and facet arthrosis C5-C6.', { [U]: '+' }),
  xr('Arthrosis of Luschka joints at C5-C6.', { [U]: '+' }),
  xr('Uncovertebral joints are hypertrophied at C5-6.', { [U]: '+' }),
  xr('Unco-vertebral spondyloarthrosis C5-C6.', { [U]: '+' }),
  // Stroke: acute said other ways, or after the noun
  head('ACVA of ischemic type in the vertebrobasilar territory.', { [S]: '+' }, ACUTE_STROKE),
  head(
    'DWI: hyperintense focus in the right cerebellar hemisphere, low ADC.',
    { [S]: '+' },
    ACUTE_STROKE,
  ),
  head('Acute infarkt in the left cerebellum.', { [S]: '+' }, ACUTE_STROKE),
  head('SAH in the basal cisterns.', { [S]: '+' }, ACUTE_STROKE),
  head('Acute ischemic insult in the left cerebellum.', { [S]: '+' }, ACUTE_STROKE),
  head(
    'Infarct in the subacute stage in the left cerebellar hemisphere.',
    { [S]: '+' },
    ACUTE_STROKE,
  ),
  head('Cerebellar infarct (fresh).', { [S]: '+' }, ACUTE_STROKE),
  head('Infarct in the left cerebellum: acute.', { [S]: '+' }, ACUTE_STROKE),
  head('Post-ischaemic cyst in the left occipital lobe.', { [S]: '+' }),
  // Tumours, infection, meningitis, thyroid, spine
  head('Pituitary adenoma 12 mm.', { [BT]: '+' }),
  head('Volumetric formation of the left cerebellopontine angle, 2 cm.', { [BT]: '+' }),
  head('Mass in the left temporal lobe, 3 cm.', { [BT]: '+' }),
  mr('Flattening of the spinal cord at C5-C6.', { [MY]: '+' }),
  mr('Compression of the dural sac and the left C6 root.', { [R]: '+' }),
  mr('Epidural abscess at C4-C5.', { infection: '+' }),
  mr('C2 fx.', { [F]: '+' }),
  mr('Mts in the C5 vertebral body.', { [M]: '+' }),
  mr('Thyroid nodule in the right lobe, 15 mm.', { 'thyroid-disease': '+' }),
  mr('Meningeal enhancement.', { meningitis: '+' }),
  dop('Conclusion: signs of vertebrobasilar insufficiency.', { 'confirmed-vas': '+' }),
  // Vertebral-artery narrowing said other ways
  dop('Decrease of blood flow velocity in the left VA.', { [N]: '+' }),
  dop('Signs of extravasal influence on the left VA in the V2 segment.', { [N]: '+' }),
  mr('Osteophytes compressing the left vertebral artery at C5-C6.', { [N]: '+', [O]: '+' }),
  mr('Both VAs are compressed by osteophytes at C5-C6.', { [N]: '+', [O]: '+' }),
  // Requests
  xr('Rule out fracture.', { [F]: '?' }),
  mr('R/O disc herniation.', { [H]: '?' }),
  mr('Indication: neck pain, ? myelopathy.', { [MY]: '?' }),
  xr('Reason for examination: instability?', { [I]: '?' }),
  xr('Looking for uncovertebral arthrosis.', { [U]: '?' }),
  mr('Query disc herniation C6-C7.', { [H]: '?' }),
  mr('Evaluate for disc herniation at C6-C7.', { [H]: '?' }),
  mr('Clinical question: cervical myelopathy?', { [MY]: '?' }),
  xr('Indication: dizziness\nFindings: osteochondrosis C5-C6.', { [O]: '+' }),
  // New lines end a sentence
  xr('Osteochondrosis C5-C6.\nNo fracture.', { [O]: '+', [F]: '-' }),
  xr('No fracture\nUncovertebral arthrosis C5-C6', { [F]: '-', [U]: '+' }),
  // Scope across commas: a new phrase ends it, a bare list stays in it
  mr('No herniation, no protrusion, no stenosis.', { [H]: '-', [P]: '-' }),
  mr('Without herniation, with protrusion at C5-C6.', { [H]: '-', [P]: '+' }),
  mr('Osteochondrosis C5-C6, herniation not seen.', { [O]: '+', [H]: '-' }),
  mr('Protrusion, herniation or extrusion not identified.', { [P]: '-', [H]: '-' }),
  mr('No fracture, osteochondrosis C5-C6, protrusion C5-C6 2 mm.', {
    [F]: '-',
    [O]: '+',
    [P]: '+',
  }),
  mr('Small protrusion at C5-C6 without root compression; osteochondrosis C4-C7.', {
    [P]: '+',
    [R]: '-',
    [O]: '+',
  }),
  mr('Disc herniation C5-C6 compressing the left C6 root, no cord compression.', {
    [H]: '+',
    [R]: '+',
    [MY]: '-',
  }),
  xr('Degenerative changes: uncovertebral arthrosis C5-C6, osteochondrosis C5-C7.', {
    [U]: '+',
    [O]: '+',
  }),
  ct('No fracture, however osteochondrosis C5-C7.', { [F]: '-', [O]: '+' }),
  mr('No cord compression but root compression on the left at C6.', { [MY]: '-', [R]: '+' }),
  mr('No myelopathy; radiculopathy cannot be excluded clinically.', { [MY]: '-', [R]: '?' }),
  mr('There are no signs of disc herniation or cord compression.', { [H]: '-', [MY]: '-' }),
  mr('Schmorl node at C5 without herniation.', { [H]: '-' }),
  mr('Disc herniation was ruled out in 2024; now extrusion C6-C7.', { [H]: '+' }),
  mr('Osteochondrosis at C5-C6 and C6-C7, herniation at C6-C7.', { [O]: '+', [H]: '+' }),
  // Lists join terms, not levels; levels count as one word in the window
  mr('No herniation, osteochondrosis C5-C6 and C6-C7.', { [H]: '-', [O]: '+' }),
  mr('Disc herniations at C5-C6 and C6-C7 are not excluded.', { [H]: '?' }),
  mr('No myelopathy, radiculopathy or instability.', { [MY]: '-', [R]: '-', [I]: '-' }),
  cta('Stenosis, occlusion and dissection are excluded.', { [N]: '-', [D]: '-' }),
  cta('Impression: no evidence of dissection, occlusion or stenosis of the vertebral arteries.', {
    [D]: '-',
    [N]: '-',
  }),
  dop('No plaques, stenosis of the left VA 40 %.', { [A]: '-', [N]: '+' }),
  dop(
    'No stenosis and no occlusion of the right VA, left VA occluded.',
    { [N]: '+' },
    { occlusion: true },
  ),
  mr('No spinal canal stenosis, uncovertebral arthrosis C5-C6 on the right.', { [U]: '+' }),
  mr('Herniation C5-C6, protrusion C6-C7 not seen.', { [H]: '+', [P]: '-' }),
  // Velocity wordings
  dop('Velocity in the left VA reduced to 15 cm/s.', { [N]: '+' }),
  dop('Left VA: peak systolic velocity 12 cm/s (reduced).', { [N]: '+' }),
  dop('Decreased velocities in the right VA.', { [N]: '+' }),
  dop('Diminished flow in the left vertebral artery.', { [N]: '+' }),
  // Not shown: no flow shown, an occlusion until a clinician says otherwise (brief §9).
  dop('Left vertebral artery not visualised.', { [N]: '+' }, OCC),
  cta('Non-visualisation of the right VA; left VA patent.', { [N]: '+' }, OCC),
  dop('Stenosis of the left VA is not visualised.', { [N]: '-' }),
  // Stroke sequelae
  mr('Post-ischaemic changes in the right cerebellum.', { [S]: '+' }),
  mr('No signs of acute ischaemia, old infarct in the left occipital lobe.', { [S]: '+' }),
  // Pseudo-negations
  xr('Not only osteochondrosis but also uncovertebral arthrosis.', { [O]: '+', [U]: '+' }),
  xr('No progression of the known osteochondrosis.', { [O]: '+' }),
  xr('No significant change of the uncovertebral arthrosis since 2023.', { [U]: '+' }),
  mr('Protrusion C5-C6 unchanged, no new herniation.', { [P]: '+', [H]: '-' }),
  mr('Disc herniation C5-C6 is likely.', { [H]: '?' }),
  // Vessel terms outside vessel context read nothing
  xr('Narrowing of the C5-C6 intervertebral foramen on the right.', {}),
  mr('Stenosis of the spinal canal with compression of the dural sac.', {}),
  mr('Metastatic deposit compressing the C4 vertebral body, no stenosis.', { [M]: '+' }),
  mr('Compression of the left vertebral artery by an osteophyte at C5-C6.', { [N]: '+', [O]: '+' }),
  // VAS is the pain scale here, not the vertebral artery
  mr('Neck pain VAS 7; stenosis of the spinal canal at C5-C6.', {}),
  // Vessel context from a sentence naming the VA in a non-vessel study
  mr('Flow void of the right VA preserved, no dissection.', { [D]: '-' }),
  // Stroke outside head studies needs the brain named
  dop('Infarct.', {}),
  mr(
    'Small infarct in the left cerebellar hemisphere, possibly subacute.',
    { [S]: '+' },
    ACUTE_STROKE,
  ),
  // Not read: artefacts and normal studies
  xr('Patient moved, images degraded.', {}),
  mr('Examination limited by motion artefact.', {}),
  mr('Normal alignment, vertebral body heights maintained.', {}),
  xr('No pathological changes.', {}),
  // Mixed pairs and carotid / vertebral
  dop('Right ICA: plaque 30 %. Left vertebral artery: no plaque, stenosis 50 % at V1.', {
    [A]: '-',
    [N]: '+',
  }),
  cta('Left ICA occlusion. Vertebral arteries without stenosis or dissection.', {
    [N]: '-',
    [D]: '-',
  }),
];
