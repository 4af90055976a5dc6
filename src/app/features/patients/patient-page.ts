import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { Store } from '@ngrx/store';
import {
  buildFacts,
  todayIso,
  type CaseFile,
  type FindingId,
  type ImagingStudy,
  type Referral,
} from '../../../engine';
import { AuditLog, type AuditInput } from '../../core/audit/audit-log';
import * as edits from '../../core/case-edits';
import { ConfirmDialog, type ConfirmData } from '../../core/confirm-dialog';
import { downloadBundle, downloadCase } from '../../core/export-case';
import { HISTORY_GROUPS, SYMPTOM_GROUPS } from '../../core/finding-groups';
import { jumpToItem } from './field-refs';
import { PatientPageActions } from '../../core/patients.actions';
import { assessAsOf } from '../../core/assess-as-of';
import { patientsFeature } from '../../core/patients.feature';
import { measureAfterPaint, PERF } from '../../core/perf-marks';
import { SmartSession } from '../../core/smart/smart-session';
import { CourseSection } from '../course/course-section';
import { AssessmentPanel } from './assessment-panel';
import { PrintSummary } from './print-summary';
import { ReferralPanel } from './referral-panel';
import { FindingGroupPanel, type AnswerChange, type OnsetChange } from './finding-group-panel';
import { ImagingPanel, type StudyFinding, type StudyPatch } from './imaging-panel';
import { PatientBanner, type PatientPatch } from './patient-banner';

/** One patient: imaging, symptoms and history beside the live assessment. */
@Component({
  selector: 'app-patient-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    AssessmentPanel,
    FindingGroupPanel,
    ImagingPanel,
    CourseSection,
    ReferralPanel,
    PrintSummary,
    PatientBanner,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './patient-page.html',
  styleUrl: './patient-page.scss',
})
export class PatientPage {
  private readonly store = inject(Store);
  private readonly audit = inject(AuditLog);
  /** SMART: the EHR may show its own patient banner (need_patient_banner: false). */
  protected readonly smart = inject(SmartSession);
  /** Route parameter: the case id. */
  readonly id = input.required<string>();

  protected readonly loaded = this.store.selectSignal(patientsFeature.selectLoaded);
  private readonly entities = this.store.selectSignal(patientsFeature.selectEntities);
  private readonly statuses = this.store.selectSignal(patientsFeature.selectSaveStatus);
  protected readonly saveError = this.store.selectSignal(patientsFeature.selectSaveError);
  protected readonly loadError = this.store.selectSignal(patientsFeature.selectLoadError);
  private readonly conflicted = this.store.selectSignal(patientsFeature.selectChangedElsewhere);
  protected readonly changedElsewhere = computed(() => this.conflicted().includes(this.id()));
  private readonly dialog = inject(MatDialog);
  protected readonly patient = computed(() => this.entities()[this.id()] ?? null);
  protected readonly caseFile = computed(() => this.patient()?.caseFile ?? null);
  protected readonly today = todayIso();
  protected readonly assessment = computed(() => {
    const c = this.caseFile();
    return c ? assessAsOf(c, this.today) : null;
  });
  /** The engine's facts, for the rows a report or a session answers. */
  protected readonly facts = computed(() => {
    const c = this.caseFile();
    return c ? buildFacts(c) : null;
  });
  protected readonly saveStatus = computed(() => this.statuses()[this.id()] ?? 'saved');
  protected readonly symptomGroups = SYMPTOM_GROUPS;
  private readonly injector = inject(Injector);
  /** Perf mark (issue 15): navigation (a worklist click) → the assessment painted. */
  private readonly painted = effect(() => {
    if (!this.assessment()) return;
    measureAfterPaint(this.injector, PERF.patientAssessment, PERF.navigation, false);
    this.painted.destroy();
  });
  protected readonly historyGroups = HISTORY_GROUPS;

  private edit(change: (c: CaseFile) => CaseFile): void {
    const c = this.caseFile();
    if (c) this.store.dispatch(PatientPageActions.caseEdited({ caseFile: change(c) }));
  }

  protected onCaseEdited(c: CaseFile): void {
    this.edit(() => c);
  }

  protected onReferral(referral: Referral): void {
    this.edit((c) => ({ ...c, referral }));
  }

  protected onPatient(p: PatientPatch): void {
    this.edit((c) => edits.setPatient(c, p));
  }

  protected onAnswer(e: AnswerChange): void {
    this.edit((c) => edits.setAnswer(c, e.finding, e.answer));
  }
  protected onOnset(e: OnsetChange): void {
    this.edit((c) => edits.setOnset(c, e.finding, e.onset));
  }
  protected onNone(ids: readonly FindingId[]): void {
    this.edit((c) => edits.setAll(c, ids, false));
  }
  protected onStudyChanged(e: StudyPatch): void {
    this.edit((c) => edits.updateStudy(c, e.index, e.patch));
  }
  protected onStudyAdded(s: ImagingStudy): void {
    this.edit((c) => edits.addStudy(c, s));
  }
  protected onStudyRemoved(i: number): void {
    this.edit((c) => edits.removeStudy(c, i));
  }
  protected onConfirm(e: StudyFinding): void {
    this.edit((c) => edits.confirmFinding(c, e.index, e.finding));
  }
  protected onConfirmAbsent(e: StudyFinding): void {
    this.edit((c) => edits.confirmAbsent(c, e.index, e.finding));
  }
  protected onReject(e: StudyFinding): void {
    this.edit((c) => edits.rejectFinding(c, e.index, e.finding));
  }
  protected onUndo(e: StudyFinding): void {
    this.edit((c) => edits.undoDecision(c, e.index, e.finding));
  }

  /** After a 412: my field changes applied on top of the other clinician's version. */
  protected reapply(): void {
    this.store.dispatch(PatientPageActions.conflictReapplied({ id: this.id() }));
  }

  /** After a 412: the server's version, discarding my changes once confirmed. */
  protected async reload(): Promise<void> {
    const data: ConfirmData = {
      title: 'Reload their version?',
      message:
        'Your changes to this patient that were not saved will be discarded and the version on the server shown.',
      confirm: 'Discard mine and reload',
    };
    const ok = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (ok === true) this.store.dispatch(PatientPageActions.conflictReloaded({ id: this.id() }));
  }

  protected exportCase(): void {
    const c = this.caseFile();
    if (!c) return;
    downloadCase(c, todayIso());
    this.recordAudit('export', 'case file (JSON)');
  }

  protected exportBundle(): void {
    const c = this.caseFile();
    if (!c) return;
    downloadBundle(c, todayIso());
    this.recordAudit('export', 'FHIR R4 Bundle');
  }

  protected print(): void {
    this.recordAudit('print', 'clinician summary');
    window.print();
  }

  private recordAudit(action: AuditInput['action'], detail: string): void {
    this.audit
      .record({ patientId: this.id(), action, detail })
      .catch((e: unknown) => console.error('audit trail:', e));
  }

  /** "Answer these to clear" or a warning's field: move to the control that answers it. */
  protected jumpTo(item: string): void {
    jumpToItem(document, item);
  }
}
