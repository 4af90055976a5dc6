import { TestBed } from '@angular/core/testing';
import type { ImagingStudy } from '../../../engine';
import { ImagingPanel } from './imaging-panel';

describe('ImagingPanel: what was not read, beside the report (FS-8)', () => {
  function render(studies: ImagingStudy[]): HTMLElement {
    const fixture = TestBed.createComponent(ImagingPanel);
    fixture.componentRef.setInput('studies', studies);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }
  const xray = (extra: Partial<ImagingStudy>): ImagingStudy => ({
    modality: 'xray',
    region: 'cervical-spine',
    date: '2026-11-02',
    ...extra,
  });

  it('a study with no report text and nothing confirmed says so (round 52 B49, B50)', () => {
    const el = render([xray({ report: '' }), xray({}), xray({ report: ' \n' })]);
    for (const i of [0, 1, 2])
      expect(el.querySelector(`[data-no-text="${i}"]`)?.textContent).toContain(
        'No report text: type or paste the report, or read it and answer the questions.',
      );
    expect(el.querySelector('[data-not-read]')).toBeNull();
  });

  it('no note when the study has confirmed findings, or text the reader read', () => {
    const el = render([
      xray({ report: '', findings: ['cervical-osteochondrosis'] }),
      xray({ absentFindings: ['uncovertebral-arthrosis'] }),
      xray({ report: 'Osteochondrosis C5-C6.' }),
    ]);
    expect(el.querySelector('[data-no-text]')).toBeNull();
    expect(el.querySelector('[data-not-read]')).toBeNull();
  });

  it('text the reader cannot read keeps its own note', () => {
    const el = render([xray({ report: 'Признаки остеохондроза C5-C6.' })]);
    expect(el.querySelector('[data-not-read="0"]')?.textContent).toContain(
      'Not machine-read: read it and answer the questions.',
    );
    expect(el.querySelector('[data-no-text]')).toBeNull();
  });
});
