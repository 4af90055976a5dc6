import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
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

describe('TriStateControl', () => {
  it('shows "Not asked" for unknown and never defaults to "No"', async () => {
    const fixture = TestBed.createComponent(Host);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const group = await loader.getHarness(MatButtonToggleGroupHarness);
    const checked = await group.getToggles({ checked: true });
    expect(checked.length).toBe(1);
    expect(await checked[0]!.getText()).toBe('Not asked');
  });

  it('emits true / false / null and is labelled by the finding', async () => {
    const fixture = TestBed.createComponent(Host);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const group = await loader.getHarness(MatButtonToggleGroupHarness);
    const [yes, no, notAsked] = await group.getToggles();
    await yes!.check();
    expect(fixture.componentInstance.last).toBeTrue();
    await no!.check();
    expect(fixture.componentInstance.last).toBeFalse();
    await notAsked!.check();
    expect(fixture.componentInstance.last).toBeNull();
    const host = await group.host();
    const labelId = await host.getAttribute('aria-labelledby');
    expect((fixture.nativeElement as HTMLElement).querySelector(`#${labelId}`)?.textContent).toBe(
      'Dizziness',
    );
  });
});
