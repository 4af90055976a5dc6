import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { LIMITS_TEXT } from '../../core/case-import';
import { ImportCasesService } from '../../core/import-cases.service';
import { problemInWords, warningInWords, type ClinicalMessage } from './import-messages';

interface ShownRefusal {
  file: string;
  patient?: string;
  /** Field problems in words with their paths; else the engine's one-line message. */
  problems: ClinicalMessage[];
}

/**
 * The summary under the toolbar after "Import case": each imported patient by name with an
 * "Open" link, each refused file with its patient and its problems in clinical words (the
 * engine's field path beside each, as the CLI prints it).
 */
@Component({
  selector: 'app-import-summary',
  imports: [RouterLink, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (importer.summary(); as s) {
      <section class="import-summary no-print" role="status" aria-label="Import summary">
        <div>
          <strong>Import:</strong>
          {{ s.accepted.length }} file(s) imported, {{ s.refused.length }} refused.
          <ul>
            @for (a of s.accepted; track $index) {
              <li class="accepted">
                From <bdi>{{ a.file }}</bdi
                >:
                <ul class="patients">
                  @for (c of a.cases; track c.id) {
                    <li [attr.data-imported]="c.id">
                      <bdi>{{ c.patient?.name || c.id }}</bdi>
                      <span class="id">({{ c.id }})</span>
                      <a
                        class="open"
                        [routerLink]="['/patients', c.id]"
                        [attr.aria-label]="'Open ' + (c.patient?.name || c.id)"
                        >Open</a
                      >
                    </li>
                  }
                </ul>
                @for (w of warnings(a.warnings); track $index) {
                  <div class="warning">
                    Note: {{ w.text }}
                    @if (w.path) {
                      <code class="path">{{ w.path }}</code>
                    }
                  </div>
                }
              </li>
            }
            @for (r of refusals(); track $index) {
              <li class="refused">
                <span class="who"
                  >Refused <bdi>{{ r.file }}</bdi
                  >{{ r.patient ? ' (' : '' }}<bdi>{{ r.patient }}</bdi
                  >{{ r.patient ? ')' : '' }}:</span
                >
                @if (r.problems.length === 1) {
                  {{ r.problems[0]!.text }}
                  @if (r.problems[0]!.path) {
                    <code class="path">{{ r.problems[0]!.path }}</code>
                  }
                } @else {
                  <ul>
                    @for (p of r.problems; track $index) {
                      <li>
                        {{ p.text }}
                        @if (p.path) {
                          <code class="path">{{ p.path }}</code>
                        }
                      </li>
                    }
                  </ul>
                }
              </li>
            }
          </ul>
          @if (s.refused.length > 0) {
            <p class="limits">{{ limitsText }}</p>
          }
        </div>
        <button mat-button type="button" (click)="importer.dismiss()">Dismiss</button>
      </section>
    }
  `,
  styles: `
    .import-summary {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: 8px;
      padding: 8px 16px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      max-height: 40vh;
      overflow-y: auto;
    }
    ul {
      margin: 4px 0 0;
    }
    .patients {
      list-style: none;
      padding-left: 8px;
    }
    .patients li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 8px;
    }
    .open {
      display: inline-flex;
      align-items: center;
      min-height: 24px;
      padding: 0 4px;
      color: inherit;
      font-weight: 500;
    }
    .id,
    .path {
      font-size: 12px;
      opacity: 0.85;
    }
    .path {
      margin-left: 6px;
      overflow-wrap: anywhere;
    }
    .refused {
      color: var(--mat-sys-error);
    }
    .warning,
    .limits {
      font-size: 13px;
    }
    @media (max-width: 1199.98px) {
      .open {
        min-height: 44px;
      }
    }
  `,
})
export class ImportSummary {
  protected readonly importer = inject(ImportCasesService);
  protected readonly limitsText = LIMITS_TEXT;

  protected readonly refusals = computed<ShownRefusal[]>(() =>
    (this.importer.summary()?.refused ?? []).map((r) => ({
      file: r.file,
      ...(r.patient ? { patient: r.patient } : {}),
      problems: r.problems?.length
        ? r.problems.map((p) => problemInWords(p, r.bundle === true))
        : [{ text: r.message, path: '' }],
    })),
  );

  protected warnings(list: readonly string[] | undefined): ClinicalMessage[] {
    return (list ?? []).map(warningInWords);
  }
}
