/** The test clinicians who can sign in to the SMART test authorisation server. */
import type { Practitioner } from '@medplum/fhirtypes';

export interface TestClinician {
  id: string;
  name: string;
  role: string;
}

export const TEST_CLINICIANS: readonly TestClinician[] = [
  { id: 'clinician-neuro', name: 'Dr Ada Moreau', role: 'neurologist' },
  { id: 'clinician-chiro', name: 'Sam Okafor', role: 'chiropractor' },
];

/** The Practitioner resource a clinician's `fhirUser` points at (seeded with the demo data). */
export function practitionerOf(c: TestClinician): Practitioner {
  const [first, ...rest] = c.name.replace(/^Dr /, '').split(' ');
  return {
    resourceType: 'Practitioner',
    id: c.id,
    active: true,
    name: [
      {
        text: c.name,
        family: rest.join(' ') || first,
        given: rest.length ? [first!] : [],
        ...(c.name.startsWith('Dr ') ? { prefix: ['Dr'] } : {}),
      },
    ],
    qualification: [{ code: { text: c.role } }],
  };
}
