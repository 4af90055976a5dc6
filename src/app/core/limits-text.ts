import { LIMITS } from '../../engine/case-limits';

/** The import limits in one sentence (toolbar, settings). Apart from case-import, which
 * loads the validator and the FHIR mapping, so that the shell does not. */
export const LIMITS_TEXT =
  `Limits: a file up to ${LIMITS.fileBytes / 1_000_000} MB, UTF-8; per case ${LIMITS.sessions.toLocaleString('en')} sessions, ` +
  `${LIMITS.imaging} imaging studies, ${LIMITS.medications} medications; a report up to ` +
  `${LIMITS.reportChars.toLocaleString('en')} characters; course 1-${LIMITS.course}; hours 0-${LIMITS.hours}.`;
