/**
 * Contraindication items per modality (brief section 5 and its table). `contra`: present →
 * contraindicated, unknown → not-cleared (FS-2). `recent`: like `contra` when the onset is
 * within 180 days or not recorded (fail-safe), caution when older. `caution`: present →
 * caution; unknown does not block.
 */
import type { FindingId } from '../finding-ids';
import type { Modality, RuleSource } from '../model';
import { defineRules, type Rule } from './rule';

export type ItemKind = 'contra' | 'recent' | 'caution';

export interface ModalityItem extends Rule {
  readonly modality: Modality;
  readonly finding: FindingId;
  readonly kind: ItemKind;
  /** For `recent` items: the rule that fires when the onset is older than 180 days. */
  readonly older?: { readonly id: string; readonly text: string; readonly source: RuleSource };
}

const item = (
  modality: Modality,
  id: string,
  finding: FindingId,
  kind: ItemKind,
  source: RuleSource,
  text: string,
  older?: ModalityItem['older'],
): ModalityItem => ({
  id,
  category: 'modality',
  modality,
  finding,
  kind,
  source,
  ref: '§5',
  text,
  reads: [finding],
  effect: kind === 'caution' ? 'caution' : 'contraindicated',
  ...(older ? { older } : {}),
});

const CZ = 'collar-zone-massage';
const BM = 'back-massage';
const MN = 'cervical-manipulation';
const EX = 'therapeutic-exercise';

export const MODALITY_ITEMS = defineRules<ModalityItem>([
  // Collar-zone (cervical) massage: ART "unacceptable to massage the collar zone".
  item(
    CZ,
    'CZM-STROKE',
    'stroke',
    'recent',
    'ART',
    'Acute / subacute stroke (onset within 180 days): massage of the collar zone is unacceptable.',
    {
      id: 'CZM-STROKE-OLD',
      source: 'ART',
      text: 'Stroke over 180 days ago: caution with collar-zone massage.',
    },
  ),
  item(
    CZ,
    'CZM-TIA',
    'tia',
    'caution',
    'ART',
    'Transient ischaemic attack on record: caution with collar-zone massage.',
  ),
  item(
    CZ,
    'CZM-CONFIRMED-VAS',
    'confirmed-vas',
    'contra',
    'ART',
    'Vertebral artery syndrome diagnosis on record: massage of the collar zone is unacceptable.',
  ),
  item(
    CZ,
    'CZM-BRAIN-TUMOUR',
    'brain-tumour',
    'contra',
    'ART',
    'Brain tumour: massage of the collar zone is unacceptable.',
  ),
  item(
    CZ,
    'CZM-MALIGNANCY',
    'malignancy',
    'contra',
    'ART',
    'Active malignant neoplasm of any site: massage of the collar zone is unacceptable.',
  ),
  item(
    CZ,
    'CZM-MALIGNANCY-HISTORY',
    'malignancy-history',
    'caution',
    'IF',
    'History of cancer (not active): precaution (IF); ART treats active malignancy as a contraindication (FS-6).',
  ),
  item(
    CZ,
    'CZM-THYROID',
    'thyroid-disease',
    'contra',
    'ART',
    'Thyroid pathology: massage of the collar zone is unacceptable.',
  ),
  item(
    CZ,
    'CZM-ORTHOSTATIC',
    'orthostatic-reactions',
    'contra',
    'ART',
    'Tendency to orthostatic reactions (or orthostatic hypotension: systolic drop ≥ 20 or diastolic ≥ 10 mmHg within 3 min of standing).',
  ),
  item(CZ, 'CZM-SPINAL-TUMOUR', 'spinal-tumour-or-cyst', 'contra', 'ART', 'Spinal tumour or cyst.'),
  item(
    CZ,
    'CZM-CIRCULATORY',
    'circulatory-disorder',
    'contra',
    'ART',
    'Blood-circulation pathology.',
  ),
  item(CZ, 'CZM-INFECTION', 'infection', 'contra', 'ART', 'Acute infection.'),
  item(
    CZ,
    'CZM-NECK-INJURY',
    'neck-injury',
    'recent',
    'ART',
    'Neck injury (within 180 days or onset not recorded): not for collar-zone massage.',
    {
      id: 'CZM-NECK-INJURY-OLD',
      source: 'ART',
      text: 'Neck injury over 180 days ago: caution with collar-zone massage.',
    },
  ),
  item(
    CZ,
    'CZM-DISSECTION',
    'vertebral-artery-dissection',
    'contra',
    'IF',
    'Vertebral-artery dissection at any time: do not massage the collar zone; refer.',
  ),
  item(CZ, 'CZM-MENTAL', 'mental-disorder', 'contra', 'ART', 'Neurotic / mental disorder.'),
  item(
    CZ,
    'CZM-EXACERBATION',
    'chronic-disease-exacerbation',
    'contra',
    'ART',
    'Acute exacerbation of a chronic disease: wait until the acute pain ends (typically 4-11 days).',
  ),
  item(
    CZ,
    'CZM-MS',
    'multiple-sclerosis',
    'caution',
    'ART',
    'Multiple sclerosis: ART says its dizziness does not block massage; some lists call MS a contraindication (FS-6 conflict): caution.',
  ),
  // Back massage (ART list).
  item(BM, 'BM-SPINAL-TUMOUR', 'spinal-tumour-or-cyst', 'contra', 'ART', 'Spinal tumour or cyst.'),
  item(
    BM,
    'BM-CIRCULATORY',
    'circulatory-disorder',
    'contra',
    'ART',
    'Blood-circulation pathology.',
  ),
  item(BM, 'BM-INFECTION', 'infection', 'contra', 'ART', 'Infectious disease.'),
  item(
    BM,
    'BM-BACK-INJURY',
    'back-injury',
    'recent',
    'ART',
    'Back injury (within 180 days or onset not recorded).',
    { id: 'BM-BACK-INJURY-OLD', source: 'ART', text: 'Back injury over 180 days ago: caution.' },
  ),
  item(
    BM,
    'BM-NECK-INJURY',
    'neck-injury',
    'recent',
    'ART',
    'Neck injury (within 180 days or onset not recorded).',
    { id: 'BM-NECK-INJURY-OLD', source: 'ART', text: 'Neck injury over 180 days ago: caution.' },
  ),
  item(BM, 'BM-MENTAL', 'mental-disorder', 'contra', 'ART', 'Neurotic / mental disorder.'),
  item(
    BM,
    'BM-EXACERBATION',
    'chronic-disease-exacerbation',
    'contra',
    'ART',
    'Acute exacerbation of a chronic disease: wait until the acute pain ends.',
  ),
  // Cervical manipulation / mobilisation (ART, FR decree 2011-32, IF framework).
  item(
    MN,
    'MANIP-UNCOVERTEBRAL',
    'uncovertebral-arthrosis',
    'contra',
    'ART',
    'Uncovertebral arthrosis: manipulation is unacceptable.',
  ),
  item(
    MN,
    'MANIP-ATHEROSCLEROSIS',
    'vertebral-artery-atherosclerosis',
    'contra',
    'ART',
    'Vertebral-artery atherosclerosis: needs a different treatment tactic, not manipulation.',
  ),
  item(
    MN,
    'MANIP-CONFIRMED-VAS',
    'confirmed-vas',
    'contra',
    'FR',
    'Vertebral artery syndrome / vertebrobasilar insufficiency diagnosis on record: not for manipulation.',
  ),
  item(
    MN,
    'MANIP-FRACTURE',
    'fracture-or-ligament-instability',
    'contra',
    'FR',
    'Fracture or ligament tear with instability.',
  ),
  item(
    MN,
    'MANIP-MALIGNANCY',
    'malignancy',
    'contra',
    'FR',
    'Malignant tumour (or benign tumour weakening bone).',
  ),
  item(
    MN,
    'MANIP-SPONDYLODISCITIS',
    'spondylodiscitis',
    'contra',
    'FR',
    'Spondylodiscitis / osteomyelitis.',
  ),
  item(
    MN,
    'MANIP-LAXITY',
    'connective-tissue-laxity',
    'contra',
    'FR',
    'Systemic rheumatic or connective-tissue disease with major laxity.',
  ),
  item(MN, 'MANIP-OSTEOPOROSIS', 'osteoporosis', 'contra', 'FR', 'Major osteopenia.'),
  item(MN, 'MANIP-MYELOPATHY', 'myelopathy', 'contra', 'FR', 'Myelopathy.'),
  item(MN, 'MANIP-RADICULOPATHY', 'radiculopathy', 'contra', 'FR', 'Nerve-root compression.'),
  item(MN, 'MANIP-MENINGITIS', 'meningitis', 'contra', 'FR', 'Meningitis.'),
  item(
    MN,
    'MANIP-STROKE',
    'stroke',
    'recent',
    'IF',
    'Stroke within 180 days (or onset not recorded).',
    { id: 'MANIP-STROKE-OLD', source: 'IF', text: 'Stroke over 180 days ago: precaution.' },
  ),
  item(MN, 'MANIP-TIA', 'tia', 'recent', 'IF', 'TIA within 180 days (or onset not recorded).', {
    id: 'MANIP-TIA-OLD',
    source: 'IF',
    text: 'TIA over 180 days ago: precaution.',
  }),
  item(MN, 'MANIP-NECK-TRAUMA', 'recent-neck-trauma', 'contra', 'IF', 'Recent neck trauma.'),
  item(
    MN,
    'MANIP-DISSECTION',
    'vertebral-artery-dissection',
    'contra',
    'IF',
    'Vertebral-artery dissection at any time: do not manipulate; refer.',
  ),
  item(
    MN,
    'MANIP-PREV-MANIPULATION',
    'recent-cervical-manipulation',
    'caution',
    'IF',
    'Recent neck manipulation not logged in this record (another practitioner or self-manipulation).',
  ),
  item(
    MN,
    'MANIP-VA-NARROWING',
    'vertebral-artery-narrowing',
    'caution',
    'IF',
    'Vertebral-artery narrowing on imaging.',
  ),
  item(MN, 'MANIP-INSTABILITY', 'vertebral-instability', 'caution', 'IF', 'Vertebral instability.'),
  item(MN, 'MANIP-MALIGNANCY-HISTORY', 'malignancy-history', 'caution', 'IF', 'History of cancer.'),
  item(MN, 'MANIP-HYPERTENSION', 'hypertension', 'caution', 'IF', 'Hypertension.'),
  item(MN, 'MANIP-ANTICOAGULANTS', 'anticoagulants', 'caution', 'IF', 'Anticoagulant therapy.'),
  item(MN, 'MANIP-CLOTTING', 'clotting-disorder', 'caution', 'IF', 'Clotting disorder.'),
  item(MN, 'MANIP-STEROIDS', 'long-term-steroids', 'caution', 'IF', 'Long-term steroid use.'),
  item(MN, 'MANIP-SMOKING', 'smoking', 'caution', 'IF', 'Smoking.'),
  item(MN, 'MANIP-DIABETES', 'diabetes', 'caution', 'IF', 'Diabetes.'),
  item(MN, 'MANIP-HYPERLIPIDAEMIA', 'hyperlipidaemia', 'caution', 'IF', 'Hyperlipidaemia.'),
  item(MN, 'MANIP-MIGRAINE', 'migraine', 'caution', 'IF', 'Migraine-type headache.'),
  item(MN, 'MANIP-INFECTION', 'infection', 'caution', 'IF', 'Recent infection.'),
  item(MN, 'MANIP-POST-PARTUM', 'post-partum', 'caution', 'IF', 'Post-partum.'),
  // Therapeutic exercise (ART dynamic neck exercises).
  item(
    EX,
    'EX-EXACERBATION',
    'chronic-disease-exacerbation',
    'contra',
    'ART',
    'Acute pain of an exacerbation: any physical activity is strictly prohibited until it ends.',
  ),
]);
