/**
 * English terms of the patient's story as a report's clinical lines tell it: red-flag
 * symptoms and a neck manipulation before them (brief §4, §9: "4 days of double vision after
 * chiropractic neck manipulation" on a CTA request is an emergency). A request line states
 * them, it does not ask them (`notAsked`); a negation still negates ("no diplopia").
 */
import type { TermEntry } from './lexicon-en';

const symptom = (finding: TermEntry['finding'], patterns: string[]): TermEntry => ({
  finding,
  context: 'any',
  notAsked: true,
  patterns,
});

export const HISTORY_TERMS_EN: readonly TermEntry[] = [
  symptom('diplopia', ['diplopia', 'double vision']),
  symptom('dysarthria', ['dysarthria', 'slurred speech']),
  symptom('dysphagia', ['dysphagia', 'difficulty (?:in )?swallowing']),
  symptom('drop-attacks', ['drop attacks?']),
  symptom('nystagmus', ['nystagmus']),
  symptom('ataxia', ['ataxia', 'ataxic gait']),
  symptom('horner-signs', ["horner(?:'?s)? syndrome", 'ptosis and miosis']),
  symptom('speech-disturbance', ['aphasia', 'dysphasia', 'word[- ]finding difficult(?:y|ies)']),
  symptom('sudden-severe-headache', [
    'thunderclap headache',
    'worst headache of (?:his |her |my |the patient.s )?life',
    'sudden (?:onset )?(?:of )?severe (?:headache|neck pain)',
  ]),
  symptom('recent-cervical-manipulation', [
    '(?:chiropractic|osteopathic) (?:neck |cervical )?(?:manipulation|adjustment|treatment|manual therapy)',
    '(?:neck|cervical) (?:manipulation|adjustment)',
  ]),
];
