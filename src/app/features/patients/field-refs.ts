import { findingLabel, isFindingId, modalityLabel, type CaseFile } from '../../../engine';
import { missingItemTarget } from '../../core/finding-groups';

const IMAGING_LABEL: Record<string, string> = {
  xray: 'X-ray',
  mri: 'MRI',
  msct: 'MSCT',
  doppler: 'Doppler',
  cta: 'CTA',
  mra: 'MRA',
};

const FIELD = /^(imaging|sessions|medications)\[(\d+)\]/;
const SOURCE = /^imaging\[\d+\] \((\w+), ([^)]*)\)(.*)$/;

/** An engine fact source in words: "imaging[0] (doppler, 2026-11-16) report" → "Doppler 2026-11-16 report". */
export function describeSource(source: string): string {
  const m = SOURCE.exec(source);
  if (m) return `${IMAGING_LABEL[m[1]!] ?? m[1]} ${m[2]}${m[3]}`;
  const s = /^sessions\[\d+\] \(([^,]+), ([^,)]+)(.*)\)$/.exec(source);
  if (s) return `session ${s[1]} (${s[2]!.replace(/-/g, ' ')}${s[3]})`;
  const note = /^findings\.([\w-]+) note$/.exec(source);
  if (note && isFindingId(note[1])) return `the note on "${findingLabel(note[1])}"`;
  return source;
}

/** A case-file field of a warning ("imaging[0].report") in the clinician's words. */
export function describeField(c: CaseFile | null, field: string | undefined): string {
  if (!field) return '';
  if (field === 'assessedOn') return 'Assessment date';
  const m = FIELD.exec(field);
  if (!m) return field;
  const i = Number(m[2]);
  if (m[1] === 'imaging') {
    const s = c?.imaging?.[i];
    return s
      ? `${IMAGING_LABEL[s.modality] ?? s.modality} ${s.date ?? '(no date)'} report`
      : `Imaging study ${i + 1}`;
  }
  if (m[1] === 'sessions') {
    const s = c?.sessions?.[i];
    return s ? `Session ${s.date}, ${modalityLabel(s.modality)}` : `Session ${i + 1}`;
  }
  const med = c?.medications?.[i];
  return med ? `Medication ${med.name}` : `Medication ${i + 1}`;
}

/** CSS selector of the on-screen control for a warning's field, or null when there is none. */
export function fieldSelector(field: string | undefined): string | null {
  const m = field ? FIELD.exec(field) : null;
  if (!m) return null;
  if (m[1] === 'imaging') return `#study-${m[2]}-report`;
  if (m[1] === 'sessions') return `[data-session-index="${m[2]}"]`;
  return `[data-medication-index="${m[2]}"]`;
}

/** Where a jump lands: a warning's field, a missing item's control, or the imaging "Add" button. */
export function jumpSelector(item: string): string {
  if (item === 'cervical-spine-imaging') return 'app-imaging-panel .add-study';
  if (item === 'course') return '#course-h';
  return fieldSelector(item) ?? `#${missingItemTarget(item)}`;
}

/**
 * Move to the control that answers an item: scroll its row into the middle of its own column,
 * focus the chosen answer (or the first), and highlight the row for a moment.
 */
export function jumpToItem(doc: Document, item: string): boolean {
  const el =
    doc.querySelector<HTMLElement>(jumpSelector(item)) ??
    (item.startsWith('sessions[') ? doc.querySelector<HTMLElement>('#course-h') : null);
  if (!el) return false;
  const focusable = el.matches('input, textarea, select, button, [tabindex]')
    ? el
    : (el.querySelector<HTMLElement>('input:checked') ?? el.querySelector<HTMLElement>('input'));
  const row = el.closest<HTMLElement>('app-tri-state-control, tr, article') ?? el;
  scrollWithinColumn(row);
  focusable?.focus({ preventScroll: true });
  row.classList.add('jump-hit');
  setTimeout(() => row.classList.remove('jump-hit'), 2500);
  return true;
}

/**
 * Centre a row in its own scrolling column without moving the page (the banner stays in
 * view); in the one-column layout (no scrolling column) the page scrolls instead.
 */
function scrollWithinColumn(row: HTMLElement): void {
  const col = row.closest<HTMLElement>('.col');
  if (!col || col.scrollHeight <= col.clientHeight + 1) {
    row.scrollIntoView({ block: 'center' });
    return;
  }
  col.scrollIntoView({ block: 'nearest' });
  const r = row.getBoundingClientRect();
  const c = col.getBoundingClientRect();
  col.scrollTop += r.top - c.top - (col.clientHeight - r.height) / 2;
}
