/**
 * Plain clinical words for a finding id, used only to suggest the id meant when a case file
 * holds an unknown one ("double-vision" → "did you mean diplopia?", round 52 B4): plain edit
 * distance picked an unrelated id (horner-signs). The file is still refused; nothing here is
 * ever read as the finding. Kept small and conservative: only words that name one id and no
 * other (the contract's own glosses, clinical-rules.md sections 2 and 9). Words that could
 * mean a red flag or a milder id (unsteady gait: ataxia or gait instability; light-headedness:
 * dizziness or syncope; palpitations; pins and needles) are left out.
 */
import type { FindingId } from './finding-ids';

/** Keys as `nearestFindingId` normalises them: lower case, spaces and "_" as "-". */
export const FINDING_SYNONYMS: ReadonlyMap<string, FindingId> = new Map<string, FindingId>([
  ['double-vision', 'diplopia'],
  ['seeing-double', 'diplopia'],
  ['vertigo', 'dizziness'],
  ['slurred-speech', 'dysarthria'],
  ['blurred-vision', 'visual-disturbance'],
  ['blurry-vision', 'visual-disturbance'],
  ['faint', 'syncope'],
  ['fainting', 'syncope'],
  ['loss-of-consciousness', 'syncope'],
  ['difficulty-swallowing', 'dysphagia'],
  ['swallowing-difficulty', 'dysphagia'],
  ['aphasia', 'speech-disturbance'],
  ['hemianopia', 'visual-field-loss'],
  ['thunderclap-headache', 'sudden-severe-headache'],
  ['mini-stroke', 'tia'],
  ['transient-ischaemic-attack', 'tia'],
  ['transient-ischemic-attack', 'tia'],
  ['high-blood-pressure', 'hypertension'],
  ['blood-thinners', 'anticoagulants'],
]);
