import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  HostListener,
  inject,
  Injector,
  OnInit,
  viewChild,
} from '@angular/core';
import { BreakpointObserver } from '@angular/cdk/layout';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import {
  NavigationEnd,
  NavigationStart,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { filter, map } from 'rxjs';
import { Store } from '@ngrx/store';
import { ImportSummary } from './features/patients/import-summary';
import { ImportCasesService } from './core/import-cases.service';
import { todayIso } from '../engine/dates';
import { AppActions, ToolbarActions } from './core/patients.actions';
import { patientsFeature } from './core/patients.feature';
import { SmartSession } from './core/smart/smart-session';
import { RecordSealer } from './core/crypto/record-sealer';
import { EncryptionOffer } from './features/lock/encryption-offer';
import { LockScreen } from './features/lock/lock-screen';
import { LockService } from './features/lock/lock.service';
import { markStart, PERF } from './core/perf-marks';

@Component({
  selector: 'app-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    // Single directives, not their NgModules. The navigation is a plain list (Material's list
    // brings @angular/forms into the initial JavaScript), the shell's few buttons and icons
    // plain buttons and icon-font spans (issue 15: initial JavaScript under 500 kB).
    MatToolbar,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    LockScreen,
    EncryptionOffer,
    ImportSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App implements OnInit {
  private readonly store = inject(Store);
  protected readonly importer = inject(ImportCasesService);
  /** SMART launch: "Signed in as …" from the fhirUser. */
  protected readonly smart = inject(SmartSession);
  protected readonly saveState = this.store.selectSignal(patientsFeature.selectStoreSaveState);
  protected readonly storageLost = this.store.selectSignal(patientsFeature.selectStorageLost);
  protected readonly conflicts = this.store.selectSignal(patientsFeature.selectConflicts);
  protected readonly renumbered = this.store.selectSignal(patientsFeature.selectRenumbered);
  private readonly patients = this.store.selectSignal(patientsFeature.selectAll);
  private readonly sealer = inject(RecordSealer);
  protected readonly lock = inject(LockService);
  /** Encryption on and no key in memory: the lock screen stands in for every page. */
  protected readonly locked = this.sealer.locked;
  protected readonly encrypted = this.sealer.enabled;
  private readonly destroyRef = inject(DestroyRef);
  protected readonly nav = [
    { path: '/worklist', label: 'Worklist', icon: 'assignment' },
    { path: '/patients', label: 'Patients', icon: 'people' },
    { path: '/rules', label: 'Rules', icon: 'rule' },
    { path: '/settings', label: 'Settings', icon: 'settings' },
  ] as const;
  /** Below ~1200 px the navigation is an overlay, closed until asked for (tablet, phone). */
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 1199.98px)')
      .pipe(map((r) => r.matches)),
    { initialValue: false },
  );
  private readonly sidenav = viewChild.required<MatSidenav>('sidenav');

  constructor() {
    const injector = inject(Injector);
    const router = inject(Router);
    // Where the perf scripts measure pages from (a click that navigates starts one).
    router.events
      .pipe(
        filter((e) => e instanceof NavigationStart),
        takeUntilDestroyed(),
      )
      .subscribe(() => markStart(PERF.navigation));
    // Focus goes to the new page's heading; not on the first page, and not when only the
    // query changed (a worklist sort or filter: focus stays on that control, and the forced
    // layout of focus() is not paid on every change).
    let shownPath: string | null = null;
    router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((e) => {
        const path = e.urlAfterRedirects.split(/[?#]/)[0]!;
        const first = shownPath === null;
        const samePage = path === shownPath;
        shownPath = path;
        if (first) return;
        if (this.narrow()) void this.sidenav().close();
        if (!samePage) afterNextRender(() => focusHeading(20), { injector });
      });
  }

  ngOnInit(): void {
    this.store.dispatch(AppActions.started());
    this.lock.start(this.destroyRef);
  }

  /** Leaving with unsaved edits (or a lost store) asks first. */
  @HostListener('window:beforeunload', ['$event'])
  protected onBeforeUnload(e: BeforeUnloadEvent): void {
    if (this.saveState() !== 'saved' && !this.smart.leaving) e.preventDefault();
  }

  /** The escape hatch: every patient this tab holds, as one file. */
  protected async exportEverything(): Promise<void> {
    // The export (engine FHIR mapping) loads when asked for, not with the shell.
    const { downloadAll } = await import('./core/export-case');
    downloadAll(
      this.patients().map((p) => p.caseFile),
      todayIso(),
    );
  }

  protected dismissRenumbering(): void {
    this.store.dispatch(ToolbarActions.renumberingDismissed());
  }

  protected dismissConflicts(): void {
    this.store.dispatch(ToolbarActions.conflictsDismissed());
  }

  protected async onImport(input: HTMLInputElement): Promise<void> {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length > 0) await this.importer.importFiles(files);
  }
}

/** Move focus to the page heading after a navigation (it may render a moment later). */
function focusHeading(tries: number): void {
  const h1 = document.querySelector<HTMLElement>('main h1');
  if (h1) {
    if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
    h1.focus({ preventScroll: false });
  } else if (tries > 0) setTimeout(() => focusHeading(tries - 1), 50);
}
