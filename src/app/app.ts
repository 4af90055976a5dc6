import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  HostListener,
  inject,
  Injector,
  OnInit,
  viewChild,
} from '@angular/core';
import { BreakpointObserver } from '@angular/cdk/layout';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map, skip } from 'rxjs';
import { Store } from '@ngrx/store';
import { ImportSummary } from './features/patients/import-summary';
import { ImportCasesService } from './core/import-cases.service';
import { todayIso } from '../engine';
import { downloadAll } from './core/export-case';
import { AppActions, ToolbarActions } from './core/patients.actions';
import { patientsFeature } from './core/patients.feature';

@Component({
  selector: 'app-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    ImportSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App implements OnInit {
  private readonly store = inject(Store);
  protected readonly importer = inject(ImportCasesService);
  protected readonly saveState = this.store.selectSignal(patientsFeature.selectStoreSaveState);
  protected readonly storageLost = this.store.selectSignal(patientsFeature.selectStorageLost);
  protected readonly conflicts = this.store.selectSignal(patientsFeature.selectConflicts);
  private readonly patients = this.store.selectSignal(patientsFeature.selectAll);
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
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        if (this.narrow()) void this.sidenav().close();
        afterNextRender(() => focusHeading(20), { injector });
      });
  }

  ngOnInit(): void {
    this.store.dispatch(AppActions.started());
  }

  /** Leaving with unsaved edits (or a lost store) asks first. */
  @HostListener('window:beforeunload', ['$event'])
  protected onBeforeUnload(e: BeforeUnloadEvent): void {
    if (this.saveState() !== 'saved') e.preventDefault();
  }

  /** The escape hatch: every patient this tab holds, as one file. */
  protected exportEverything(): void {
    downloadAll(
      this.patients().map((p) => p.caseFile),
      todayIso(),
    );
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
