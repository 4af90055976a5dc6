import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { TriState } from '../../core/case-edits';
import { TriStateControl } from './tri-state-control';

@Component({
  imports: [TriStateControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-tri-state-control
    finding="dizziness"
    [value]="value()"
    (changed)="last = $event"
  />`,
})
class Host {
  readonly value = signal<TriState>(null);
  last: TriState | undefined;
}

function radios(el: HTMLElement): HTMLInputElement[] {
  return Array.from(
    el.querySelectorAll<HTMLInputElement>('[role="radiogroup"] input[type="radio"]'),
  );
}
const nameOf = (r: HTMLInputElement): string => r.parentElement?.textContent?.trim() ?? '';

describe('TriStateControl', () => {
  it('shows "Not asked" for unknown and never defaults to "No"', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const checked = radios(fixture.nativeElement).filter((r) => r.checked);
    expect(checked.map(nameOf)).toEqual(['Not asked']);
  });

  it('emits true / false / null and its radio group is labelled by the finding', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const [yes, no, notAsked] = radios(fixture.nativeElement);
    yes!.click();
    expect(fixture.componentInstance.last).toBeTrue();
    no!.click();
    expect(fixture.componentInstance.last).toBeFalse();
    notAsked!.click();
    expect(fixture.componentInstance.last).toBeNull();
    const group = (fixture.nativeElement as HTMLElement).querySelector('[role="radiogroup"]')!;
    const label = (fixture.nativeElement as HTMLElement).querySelector(
      `#${group.getAttribute('aria-labelledby')}`,
    );
    expect(label?.textContent).toBe('Dizziness');
  });

  it('shows the onset field only for a "yes" where the rules read onset', async () => {
    const fixture = TestBed.createComponent(TriStateControl);
    fixture.componentRef.setInput('finding', 'stroke');
    fixture.componentRef.setInput('value', true);
    fixture.componentRef.setInput('withOnset', true);
    await fixture.whenStable();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('input[type="date"]'),
    ).not.toBeNull();
    fixture.componentRef.setInput('value', false);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('input[type="date"]')).toBeNull();
  });
});
