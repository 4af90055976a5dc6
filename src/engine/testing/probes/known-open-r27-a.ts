/**
 * Round 27's probes (/tmp/probe27/REPORT.md) that still fail on main after its fixes,
 * against eae212c: judgement calls unless said otherwise.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R27_A: readonly KnownOpen[] = [
  {
    key: 'r27 "F1-3: manip course 1 (10 sessions; pain 60 h after the 10th) a year ago; now 3 unnumbered sessions going well"',
    kind: 'judgement',
    reason:
      '§5 COURSE-STOP-HOLD looks at the latest course; a stop a year ago (10th session) does not hold a new course begun a year later',
  },
  {
    key: 'r27 "F1-4: exercise course 1 (10 sessions, headache 0) a year ago; now unnumbered exercise, headache 2, 2, 1 from its first session"',
    kind: 'judgement',
    reason:
      '§8 ratings at a course’s first session change no finding; a new episode a year later starts a course',
  },
  {
    key: 'r27 "M2-1: 2025: manip course 1 (5 sessions, dizziness 3), course 2 (5 sessions, 0); 2026 course 1: dizziness 0, 0, 4 (2 days ago)"',
    kind: 'judgement',
    reason:
      'the rules key a course by its number, but a course 1 of 2026 is not the course 1 of 2025 (numbering restarts each year); §8 Ratings: 2+ after zeros in the course -> stop, symptom present (onset = session date); §9 triad feature within 14 days after a manipulation -> emergency (after a collar-zone ma',
  },
  {
    key: 'r27 "M2-2: 2025: collar-zone course 1 (headache 3); 2026 course 1: headache 0, 0, 4 (3 days ago)"',
    kind: 'judgement',
    reason:
      'the rules key a course by its number, but a course 1 of 2026 is not the course 1 of 2025 (numbering restarts each year); §8 Ratings: 2+ after zeros in the course -> stop, symptom present (onset = session date); §9 triad feature within 14 days after a manipulation -> emergency (after a collar-zone ma',
  },
  {
    key: 'r27 "F2-1: 2025: manip course 1 with pain 60 h at its 3rd session, course 2 fine; 2026 course 1 (3 sessions) going well"',
    kind: 'false-alarm',
    reason:
      'courses are keyed by modality and number: a 2025 course 1 with a stop and the 2026 course 1 are one course, so the old stop holds (a course instance by period would need a contract-visible renumbering)',
  },
  {
    key: 'r27 "F2-2: two therapists: A’s collar-zone course 1 (January) had redness 30 h, A’s courses 2 and 3 fine; B’s course 1 in November going well"',
    kind: 'false-alarm',
    reason:
      "two therapists' course 1 in one log are one course (keyed by number): the January stop holds the November course",
  },
  {
    key: 'r27 "F2-3: 2025 manip course 1 ended at pain 1; 2026 course 1 starts at pain 6 and falls 6/5, 5/4, 4/3"',
    kind: 'judgement',
    reason:
      'the rules key a course by its number, but a course 1 of 2026 is not the course 1 of 2025 (numbering restarts each year); §6 concerning: pain rising by 2+ between consecutive sessions of a course after the 2nd; pain not falling from the 5th session',
  },
  {
    key: 'r27 "F2-4: 2025 exercise course 1 (headache 0); 2026 course 1: headache 2 from its first session, then 2, 1"',
    kind: 'judgement',
    reason:
      'the rules key a course by its number, but a course 1 of 2026 is not the course 1 of 2025 (numbering restarts each year); §8 ratings at a course’s first session change no finding',
  },
  {
    key: 'r27 "F2-6: 2025 manip course 3 had pain 60 h at its last session; 2026 courses 1 and 2 going well"',
    kind: 'judgement',
    reason:
      '§8 Courses are per modality: the latest course is the highest number; COURSE-STOP-HOLD looks at it only; flags of earlier courses no longer set the status (the rules read the highest number literally: 2025’s course 3; a restart each year makes it a year old)',
  },
  {
    key: 'r27 "F2-7: 2025 manip course 2 had redness 30 h; 2026 courses 1 and 2 going well (2026 course 2 is the latest)"',
    kind: 'judgement',
    reason:
      'the rules key a course by its number, but a course 1 of 2026 is not the course 1 of 2025 (numbering restarts each year); §6 a stop in an earlier course is lifted by a new course (2025’s course 2 shares its number with 2026’s)',
  },
  {
    key: 'r27 "F3-1: collar-zone massage pain 6/5, 5/4, 5/4, 5/4; the 4th entered twice (second copy: swelling blank)"',
    kind: 'judgement',
    reason:
      '§6 an exact duplicate (same date, modality and values) counts once; pain not falling from the 5th session — the 4th session entered twice, once with swelling false and once with swelling left blank: one session, no 5th',
  },
  {
    key: 'r27 "F3-2: manip course 2: pain 6/5, 5/4, 5/4, 5/4; the 4th entered twice, the copy without a course number"',
    kind: 'judgement',
    reason:
      '§6 an exact duplicate (same date, modality and values) counts once; pain not falling from the 5th session — the same session once with course 2 and once with the course left blank (which the engine gives course 2)',
  },
  {
    key: 'r27 "F3-3: exercise course 1: first session entered twice the same day, headache blank then 2; then 2, 1"',
    kind: 'judgement',
    reason:
      '§8 ratings at a course’s first session change no finding — the first session saved half-filled (headache blank), then saved again complete (headache 2)',
  },
  {
    key: 'r27 "F3-4: back massage pain 6/5, 5/4, 5/4, 5/4; the 4th entered twice, the copy without painAfter"',
    kind: 'judgement',
    reason:
      '§6 an exact duplicate (same date, modality and values) counts once; pain not falling from the 5th session — painAfter left blank in the copy of the 4th session: one session, not a 5th',
  },
  {
    key: 'r27 "F6-1: ibuprofen 10 days ended 170 days ago; the course began 8 days ago"',
    kind: 'judgement',
    reason:
      'a 10-day run that ended 170 days ago, months before this course began, says nothing of this course',
  },
  {
    key: 'r27 "F6-6: paracetamol 14 days ended 120 days ago (after a dental extraction)"',
    kind: 'judgement',
    reason:
      'a 10-day run that ended 170 days ago, months before this course began, says nothing of this course',
  },
  {
    key: 'r27 "F7-6: Codeine linctus 15 mg/5 ml, form \\"linctus\\", since 2 years"',
    kind: 'judgement',
    reason:
      'a cough medicine; §8 a tablet not recognised as a painkiller does not count towards the 4-day rule (long-term, still taken)',
  },
  {
    key: 'r27 "F4-11: Paracetamol 1 g, form \\"PR\\", 30 days, still used"',
    kind: 'judgement',
    reason:
      'a form "PR" is per rectum in some records and prolonged release in others (UK): read as taken by mouth, the cautious reading',
  },
];
