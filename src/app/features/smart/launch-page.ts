import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SmartSession } from '../../core/smart/smart-session';

/** `/launch?iss=…&launch=…`: the EHR opened the app; sign in at its authorisation server. */
@Component({
  selector: 'app-launch-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Opening from the EHR</h1>
    @if (error(); as e) {
      <p role="alert" data-smart-error>{{ e }}</p>
      <p><a routerLink="/worklist">Go to the worklist</a></p>
    } @else {
      <p role="status">Signing in at the EHR's authorisation server…</p>
    }
  `,
})
export class LaunchPage implements OnInit {
  private readonly smart = inject(SmartSession);
  protected readonly error = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    const mode = this.smart.mode;
    if (mode.kind !== 'launch' || !mode.iss || (!mode.launch && !mode.reauth)) {
      this.error.set(
        'This address is for launches from an EHR: it needs ?iss=<FHIR base URL>&launch=<launch id>. To sign in to a FHIR server yourself, use Settings.',
      );
      return;
    }
    try {
      await this.smart.authorize(
        mode.iss,
        mode.launch,
        mode.reauth ? this.smart.renewedKind() : undefined,
      );
    } catch (e) {
      this.error.set(
        `Could not start the sign-in at ${mode.iss}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
}
