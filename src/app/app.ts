import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { ImportCasesService } from './core/import-cases.service';
import { AppActions } from './core/patients.actions';
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
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App implements OnInit {
  private readonly store = inject(Store);
  protected readonly importer = inject(ImportCasesService);
  protected readonly saveState = this.store.selectSignal(patientsFeature.selectStoreSaveState);
  protected readonly nav = [
    { path: '/worklist', label: 'Worklist', icon: 'assignment' },
    { path: '/patients', label: 'Patients', icon: 'people' },
    { path: '/rules', label: 'Rules', icon: 'rule' },
  ] as const;

  ngOnInit(): void {
    this.store.dispatch(AppActions.started());
  }

  protected async onImport(input: HTMLInputElement): Promise<void> {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length > 0) await this.importer.importFiles(files);
  }
}
