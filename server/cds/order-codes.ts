/**
 * Which draft order is which manual-therapy modality: the code lists and text phrases the
 * service recognises. Data, not logic: edit here (or point CDS_ORDER_CODES at a JSON file of
 * the same shape) to add a clinic's local codes. Every code carries where it was checked.
 *
 * Region: CPT's chiropractic and manual-therapy codes and SNOMED's "Chiropractic
 * manipulation" do not say which region is treated. They are checked as the strictest
 * modality they could be (the neck), unless the order's text names a less strict one
 * (`textMayNarrow`), so an order for "lumbar massage" coded 97124 is checked as back massage.
 */
import type { Modality } from '../../src/engine';

export const SNOMED = 'http://snomed.info/sct';
export const CPT = 'http://www.ama-assn.org/go/cpt';

export interface OrderCode {
  system: string;
  code: string;
  display: string;
  modality: Modality;
  /** The order's text may name a less strict modality (the code does not give the region). */
  textMayNarrow?: boolean;
  /** Where the code and its meaning were checked. */
  source: string;
}

export interface OrderCodeList {
  codes: OrderCode[];
  /** Phrases looked for in `code.text` and `coding.display` (case, hyphens and spaces folded). */
  phrases: Record<Modality, string[]>;
}

const FHIR_EXAMPLE =
  'HL7 FHIR R6 ballot example Procedure/physicaltherapy-neck, https://hl7.org/fhir/6.0.0-ballot4/procedure-example-physicaltherapy-neck.json.html';
const FHIR_CATEGORY =
  'HL7 FHIR value set procedure-category (SNOMED CT International 2022-07-31), https://hl7.org/FHIR/valueset-procedure-category.html';
const CMT =
  'AMA CPT descriptor "Chiropractic manipulative treatment (CMT); spinal, 1-2 / 3-4 / 5 regions", as quoted at https://chiropractorbillingclarity.com/blog/chiropractic-cpt-codes-98940-98941-98942/ and https://www.carepatron.com/procedure-code/cpt-code-98940';

export const DEFAULT_ORDER_CODES: OrderCodeList = {
  codes: [
    {
      system: SNOMED,
      code: '399010004',
      display: 'Nonsurgical manipulation of cervical spine (procedure)',
      modality: 'cervical-manipulation',
      source: FHIR_EXAMPLE,
    },
    {
      system: SNOMED,
      code: '119600000',
      display: 'Neck manipulation',
      modality: 'cervical-manipulation',
      source: `${FHIR_EXAMPLE} (Procedure.category)`,
    },
    {
      system: SNOMED,
      code: '46947000',
      display: 'Chiropractic manipulation',
      modality: 'cervical-manipulation',
      textMayNarrow: true,
      source: FHIR_CATEGORY,
    },
    ...(['98940', '98941', '98942'] as const).map(
      (code, i): OrderCode => ({
        system: CPT,
        code,
        display: `Chiropractic manipulative treatment (CMT); spinal, ${['1-2', '3-4', '5'][i]} regions`,
        modality: 'cervical-manipulation',
        textMayNarrow: true,
        source: CMT,
      }),
    ),
    {
      system: CPT,
      code: '97140',
      display:
        'Manual therapy techniques (eg, mobilization/manipulation, manual lymphatic drainage, manual traction), 1 or more regions, each 15 minutes',
      modality: 'cervical-manipulation',
      textMayNarrow: true,
      source:
        'AMA CPT descriptor, as quoted in ChiroCode Hot Topics (CPT Assistant, March 2006), http://www.chirocode.com/chirocode/ht/07062.html',
    },
    {
      system: CPT,
      code: '97124',
      display:
        'Therapeutic procedure, 1 or more areas, each 15 minutes; massage, including effleurage, petrissage and/or tapotement',
      modality: 'collar-zone-massage',
      textMayNarrow: true,
      source:
        'AMA CPT descriptor, as quoted at https://www.codingahead.com/cpt-97124-therapeutic-massage-1-or-more-areas-15-minutes/ and http://www.chirocode.com/chirocode/ht/07062.html',
    },
    {
      system: CPT,
      code: '97110',
      display:
        'Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises to develop strength and endurance, range of motion and flexibility',
      modality: 'therapeutic-exercise',
      source:
        'AMA CPT descriptor, as quoted at https://www.codingahead.com/cpt-97110-therapeutic-exercise-1-or-more-areas-15-minutes/',
    },
  ],
  phrases: {
    'cervical-manipulation': [
      'cervical spine manipulation',
      'cervical manipulation',
      'manipulation of cervical spine',
      'manipulation of the cervical spine',
      'chiropractic manipulation of the neck',
      'neck manipulation',
      'manipulation of the neck',
      'cervical mobilisation',
      'cervical mobilization',
      'neck mobilisation',
      'neck mobilization',
      'cervical adjustment',
      'neck adjustment',
    ],
    'collar-zone-massage': [
      'collar zone massage',
      'neck massage',
      'massage of the neck',
      'cervical massage',
      'neck and shoulder massage',
      'shoulder girdle massage',
    ],
    'back-massage': [
      'back massage',
      'massage of the back',
      'lumbar massage',
      'thoracic massage',
      'spinal massage',
    ],
    'therapeutic-exercise': [
      'therapeutic exercise',
      'exercise therapy',
      'therapeutic exercises',
      'remedial exercise',
    ],
  },
};
