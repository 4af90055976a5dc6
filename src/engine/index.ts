/** Public API of the clinical engine: plain TypeScript, no Angular (enforced by lint). */
export * from './model';
export * from './finding-ids';
export { assess, ENGINE_VERSION, modalityLabel } from './assess';
export {
  validateCase,
  formatErrors,
  type ValidationError,
  type ValidationResult,
} from './validate';
export { buildFacts, type Fact, type Facts, type FactState } from './facts';
export {
  readReport,
  isMachineRead,
  summariseMentions,
  type Mention,
  type MentionStatus,
} from './reader/report-reader';
export { ALL_RULES, RULES_VERSION, type Rule, type RuleCategory } from './rules';
export {
  assessCourse,
  orderSessions,
  sessionPain,
  SESSIONS_PER_COURSE,
  MEANINGFUL_CHANGE,
} from './course';
export { missingLabel, CERVICAL_IMAGING_MISSING } from './modalities';
export { dayNumber, daysBetween, isIsoDate, todayIso, ageOn, addDays } from './dates';
export { demoCases, allAnsweredNo } from './demo-cases';
export * from './fhir';
