/**
 * Intake forms (QuestionnaireResponse) read for `bundleToCase`: answers about findings.
 * Plain TypeScript.
 */
import type { Observation, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { isFindingId, type FindingId } from '../finding-ids';
import type { FindingValue } from '../model';
import { isRedFlag, observedValue } from './from-fhir-values';
import { findingOfText } from './finding-text';
import { conceptOf } from './read-helpers';

/** A question about someone else ("Has anyone in your family had a stroke?"). */
const OTHER_PERSON =
  /\b(?:family|relatives?|mother|father|parents?|brothers?|sisters?|siblings?|grand(?:mother|father|parents?)|aunts?|uncles?|children|sons?|daughters?|partner|spouse|husband|wife|mom|dad|fh|fhx)\b/i;

/**
 * An intake form's answers about findings ("Double vision?" yes): items named by a finding
 * id or by words naming one finding, with a yes / no answer (boolean, coded or words), and
 * answers that are themselves a finding's code ("Which symptoms?" diplopia). Items nested in
 * groups and under answers are read; a question about a relative, and a form entered in
 * error, are not. An answered item that names no finding is named through `warn`.
 */
export function questionnaireAnswers(
  r: QuestionnaireResponse,
  warn: (s: string) => void,
): { concept: { finding: FindingId; exact: boolean }; value: FindingValue; item: string }[] {
  if (r.status === 'entered-in-error') return [];
  const out: ReturnType<typeof questionnaireAnswers> = [];
  const walk = (items: unknown, aboutOthers = false): void => {
    for (const item of (Array.isArray(items) ? items : []) as QuestionnaireResponseItem[]) {
      const answers = Array.isArray(item.answer) ? item.answer : [];
      const label = String(item.text ?? item.linkId ?? '');
      // A "Family history" group: everything under it is about relatives.
      const others = aboutOthers || OTHER_PERSON.test(label);
      for (const a of answers) walk(a.item, others);
      walk(item.item, others);
      if (answers.length === 0) continue;
      if (others) continue;
      for (const a of answers) {
        const coded = a.valueCoding ? conceptOf({ coding: [a.valueCoding] }) : undefined;
        if (coded) out.push({ concept: coded, value: true, item: label });
      }
      const words = findingOfText({ text: label.replace(/\?\s*$/, '') });
      const concept = isFindingId(item.linkId)
        ? { finding: item.linkId, exact: true }
        : words
          ? { finding: words, exact: false }
          : undefined;
      const value = observedValue(
        {
          valueBoolean: answers[0]?.valueBoolean,
          valueCodeableConcept: answers[0]?.valueCoding
            ? { coding: [answers[0].valueCoding] }
            : undefined,
          valueString: answers[0]?.valueString,
          valueInteger: answers[0]?.valueInteger,
        } as Observation,
        concept ? isRedFlag(concept.finding) : false,
      );
      if (!concept) {
        if (typeof answers[0]?.valueBoolean === 'boolean')
          warn(`item ${JSON.stringify(label)} not read (no finding named)`);
        continue;
      }
      if (value === 'no value') continue;
      out.push({ concept, value: value === null ? { present: null } : value, item: label });
    }
  };
  walk(r.item);
  return out;
}
