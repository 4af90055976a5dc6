import { ChangeDetectionStrategy, Component, computed, effect, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ALL_RULES, ENGINE_VERSION, RULES_VERSION, type RuleCategory } from '../../../engine';

const CATEGORY_LABEL: Record<RuleCategory, string> = {
  principle: 'Principles (fail-safe)',
  vas: 'Suspicion level for vertebral artery syndrome',
  urgency: 'Urgency (vascular red flags)',
  cause: 'Likely cause and work-up',
  modality: 'Contraindications per modality',
  course: 'Treatment courses',
};

/** Every clinical rule the engine applies, read from the engine's own rule data. */
@Component({
  selector: 'app-rules-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Clinical rules</h1>
    <p class="meta">
      Engine {{ engineVersion }} · rules {{ rulesVersion }} · {{ total }} rules. Sources: ART =
      source article; IF = IFOMPT cervical framework (Rushton et al. 2023); FR = French decree
      2011-32; FS = fail-safe principle.
    </p>
    <mat-form-field appearance="outline" class="filter">
      <mat-label>Filter rules</mat-label>
      <input matInput [formControl]="filter" />
    </mat-form-field>
    @for (group of groups(); track group.category) {
      <section [attr.aria-labelledby]="'rules-' + group.category">
        <h2 [id]="'rules-' + group.category">{{ group.label }} ({{ group.rules.length }})</h2>
        <div
          class="scroll-x"
          role="region"
          [attr.aria-label]="group.label + ' rules (scrolls sideways)'"
          tabindex="0"
        >
          <table class="rules">
            <thead>
              <tr>
                <th scope="col">Rule id</th>
                <th scope="col">Source</th>
                <th scope="col">Applies to</th>
                <th scope="col">Rule</th>
                <th scope="col">Reads</th>
              </tr>
            </thead>
            <tbody>
              @for (r of group.rules; track r.id) {
                <tr [attr.data-rule]="r.id">
                  <td class="id">{{ r.id }}</td>
                  <td>{{ r.source }} {{ r.ref }}</td>
                  <td>{{ r.modality ?? '' }} {{ r.effect ?? '' }}</td>
                  <td>{{ r.text }}</td>
                  <td class="reads">{{ r.reads.join(', ') }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    }
  `,
  styles: `
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .filter {
      width: 320px;
    }
    table.rules {
      border-collapse: collapse;
      width: 100%;
      font-size: 13px;
      margin-bottom: 24px;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 4px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .id {
      font-family: monospace;
      white-space: nowrap;
    }
    .reads {
      color: var(--mat-sys-on-surface-variant);
      max-width: 280px;
    }
  `,
})
export class RulesPage {
  protected readonly engineVersion = ENGINE_VERSION;
  protected readonly rulesVersion = RULES_VERSION;
  protected readonly total = ALL_RULES.length;
  /** `?q=RULE-ID`: the reason links of the patient page open the rule filtered. */
  readonly q = input<string | undefined>(undefined);
  protected readonly filter = new FormControl('', { nonNullable: true });

  constructor() {
    effect(() => {
      const q = this.q();
      if (q !== undefined) this.filter.setValue(q);
    });
  }
  private readonly query = toSignal(this.filter.valueChanges, { initialValue: '' });
  protected readonly groups = computed(() => {
    const q = this.query().trim().toLowerCase();
    const rules = q
      ? ALL_RULES.filter((r) =>
          `${r.id} ${r.text} ${r.reads.join(' ')} ${r.modality ?? ''}`.toLowerCase().includes(q),
        )
      : ALL_RULES;
    return (Object.keys(CATEGORY_LABEL) as RuleCategory[])
      .map((category) => ({
        category,
        label: CATEGORY_LABEL[category],
        rules: rules.filter((r) => r.category === category),
      }))
      .filter((g) => g.rules.length > 0);
  });
}
