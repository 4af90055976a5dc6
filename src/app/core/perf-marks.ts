import { afterNextRender, type Injector } from '@angular/core';

/**
 * Always-on, cheap performance marks (issue 15): a start mark where the user acted, and a
 * measure from it to the next paint after Angular rendered the result. The perf scripts read
 * them with `performance.getEntriesByName(name, 'measure')`; nothing else uses them.
 * "After paint": Angular's render, then the next animation frame, then a task after it —
 * the frame that shows the change has been painted by then (at most one frame late).
 */
export const PERF = {
  /** A navigation began (router NavigationStart; a worklist row click is one). */
  navigation: 'vas:navigation',
  /** Worklist: navigation → first rows painted. */
  worklistFirstRender: 'vas:worklist-first-render',
  /** Worklist: a sort change → rows painted. */
  worklistSort: 'vas:worklist-sort',
  /** Worklist: a filter or search change → rows painted. */
  worklistFilter: 'vas:worklist-filter',
  /** Patient page: navigation (e.g. a worklist row click) → assessment painted. */
  patientAssessment: 'vas:patient-assessment',
} as const;

const hasPerformance = (): boolean =>
  typeof performance !== 'undefined' && typeof performance.mark === 'function';

/** Sets the start mark of `name` (replacing an earlier one: marks never pile up). */
export function markStart(name: string): void {
  if (!hasPerformance()) return;
  performance.clearMarks(`${name}:start`);
  performance.mark(`${name}:start`);
}

function afterPaint(run: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * After the next render and paint, measures `name` from the start mark `from` (default
 * `name`'s own); nothing when there is no such mark. The start mark is kept unless `clear`.
 */
export function measureAfterPaint(
  injector: Injector,
  name: string,
  from: string = name,
  clear = true,
): void {
  if (!hasPerformance()) return;
  const start = `${from}:start`;
  if (performance.getEntriesByName(start, 'mark').length === 0) return;
  afterNextRender(
    () =>
      afterPaint(() => {
        if (performance.getEntriesByName(start, 'mark').length === 0) return;
        performance.measure(name, start);
        if (clear) performance.clearMarks(start);
      }),
    { injector },
  );
}
