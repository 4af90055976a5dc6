/** A 412 (If-Match failed), kept light: the shell's effects test for it without loading FHIR code. */
/** The message a 412 becomes; the edit stays on screen. */
export const CHANGED_ELSEWHERE = 'changed by someone else since you opened it';

export class FhirConflictError extends Error {
  constructor(what: string) {
    super(
      `${CHANGED_ELSEWHERE} (${what}); your edit is kept: reload to see theirs, or edit again to re-apply yours`,
    );
    this.name = 'FhirConflictError';
  }
}
