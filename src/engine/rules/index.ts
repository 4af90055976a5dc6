import { COURSE_RULES } from './course-rules';
import { MODALITY_ITEMS } from './modality-rules';
import { MODALITY_SPECIAL_RULES } from './modality-special-rules';
import type { Rule } from './rule';
import { ALL_VAS_RULES } from './vas-rules';

/** Version of the rule set; bump when any rule's logic or text changes. */
export const RULES_VERSION = '2026.11.2';

/** Every clinical rule, as data, in the order of the brief. */
export const ALL_RULES: readonly Rule[] = [
  ...ALL_VAS_RULES,
  ...MODALITY_SPECIAL_RULES,
  ...MODALITY_ITEMS.flatMap((i): Rule[] =>
    i.older
      ? [i, { ...i, id: i.older.id, text: i.older.text, source: i.older.source, effect: 'caution' }]
      : [i],
  ),
  ...COURSE_RULES,
];

export type { Rule, RuleCategory } from './rule';
