import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockStore, MockStore } from '@ngrx/store/testing';
import { App } from './app';
import { ImportCasesService } from './core/import-cases.service';
import { AppActions } from './core/patients.actions';
import { initialState } from './core/patients.feature';

describe('App shell', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { patients: initialState } }),
        {
          provide: ImportCasesService,
          useValue: {
            importFiles: () => Promise.resolve(),
            summary: () => null,
            dismiss: () => undefined,
          },
        },
      ],
    }).compileComponents();
  });

  it('shows the product name, the decision-support notice and the navigation', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.product')?.textContent).toContain('Vertebral Artery Syndrome');
    expect(el.querySelector('[role="note"]')?.textContent).toContain(
      'Decision support, not diagnosis',
    );
    const nav = el.querySelector('nav[aria-label="Main"]');
    expect(Array.from(nav?.querySelectorAll('a') ?? []).map((a) => a.textContent?.trim())).toEqual([
      'assignmentWorklist',
      'peoplePatients',
      'ruleRules',
      'settingsSettings',
    ]);
  });

  it('has a file input labelled "Import case" and starts the store', async () => {
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const label = (fixture.nativeElement as HTMLElement).querySelector('label.import');
    expect(label?.textContent).toContain('Import case');
    expect(label?.querySelector('input[type="file"][multiple]')).not.toBeNull();
    expect(dispatch).toHaveBeenCalledWith(AppActions.started());
  });
});
