/**
 * A course flag: the course rule's text with what was found, placed at its session. Shared
 * by course.ts and course-medications.ts. Plain TypeScript, no Angular.
 */
import type { Reason } from './model';
import { COURSE_RULES } from './rules/course-rules';
import type { OrderedSession } from './sessions';

const RULES = new Map(COURSE_RULES.map((r) => [r.id, r]));
/** A course rule by id (a typo in an id fails loudly). */
export const rule = (id: string) => {
  const r = RULES.get(id);
  if (!r) throw new Error(`unknown course rule ${id}`);
  return r;
};

/** The flag of a course rule, with what was found and the session it was found at. */
export function flag(id: string, detail: string, at?: OrderedSession): Reason {
  const r = rule(id);
  const out: Reason = {
    rule: r.id,
    source: r.source,
    text: detail ? `${r.text} ${detail}` : r.text,
  };
  if (at) {
    out.session = at.index;
    out.course = at.course;
    out.modality = at.session.modality;
  }
  return out;
}
