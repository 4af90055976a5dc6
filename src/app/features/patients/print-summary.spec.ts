import { TestBed } from '@angular/core/testing';
import { assess, demoCases, MODALITIES, type Reason } from '../../../engine';
import { mergeReasons } from './merge-reasons';
import { PrintSummary } from './print-summary';

const demo = demoCases('2026-11-20');
const byId = (id: string) => demo.find((c) => c.id === id)!;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** A reason as printed: its text, then its rule and source in a `.rule` span. */
const printed = (r: Reason, points = '') => `${points}${r.text} ${r.rule} (${r.source})`;

async function render(id: string) {
  const c = byId(id);
  const fixture = TestBed.createComponent(PrintSummary);
  fixture.componentRef.setInput('caseFile', c);
  fixture.componentRef.setInput('assessment', assess(c));
  await fixture.whenStable();
  return { el: fixture.nativeElement as HTMLElement, a: assess(c) };
}

/** The section whose heading starts with `title`. */
const section = (el: HTMLElement, title: string) =>
  Array.from(el.querySelectorAll('section')).find((s) =>
    s.querySelector('h2')?.textContent?.trim().startsWith(title),
  )!;

describe('PrintSummary reasons', () => {
  it('urgency: one line per merged reason, its rule and source in .rule', async () => {
    const { el, a } = await render('demo-03');
    const lines = Array.from(section(el, 'Urgency').querySelectorAll('p'));
    const reasons = mergeReasons(a.urgency.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    expect(lines.map((p) => squash(p.textContent))).toEqual(reasons.map((r) => printed(r)));
    expect(lines.map((p) => squash(p.querySelector('.rule')?.textContent))).toEqual(
      reasons.map((r) => `${r.rule} (${r.source})`),
    );
  });

  it('suspicion: each reason with its points', async () => {
    const { el, a } = await render('demo-02');
    const items = Array.from(section(el, 'Suspicion').querySelectorAll('li'));
    expect(a.vas.reasons.some((r) => r.points)).toBeTrue();
    expect(items.map((li) => squash(li.textContent))).toEqual(
      a.vas.reasons.map((r) => printed(r, r.points ? `+${r.points} ` : '')),
    );
    expect(items.every((li) => li.querySelectorAll('.rule').length === 1)).toBeTrue();
  });

  it('manual therapy: the merged reasons of each modality', async () => {
    const { el, a } = await render('demo-03');
    const rows = Array.from(section(el, 'Manual therapy').querySelectorAll('tbody tr'));
    expect(rows.length).toBe(MODALITIES.length);
    MODALITIES.forEach((m, i) => {
      const lines = Array.from(rows[i]!.querySelectorAll('td:last-child > div'))
        .filter((d) => d.querySelector('.rule'))
        .map((d) => squash(d.textContent));
      expect(lines)
        .withContext(m)
        .toEqual(mergeReasons(a.modalities[m].reasons).map((r) => printed(r)));
    });
  });

  it('treatment course: each flag', async () => {
    const { el, a } = await render('demo-08');
    expect(a.course.flags.length).toBeGreaterThan(0);
    const lines = Array.from(section(el, 'Treatment course').querySelectorAll('p'))
      .filter((p) => p.querySelector('.rule'))
      .map((p) => squash(p.textContent));
    expect(lines).toEqual(a.course.flags.map((f) => printed(f)));
  });
});
