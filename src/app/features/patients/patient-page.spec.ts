import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { demoCases } from '../../../engine';
import { PatientPageActions } from '../../core/patients.actions';
import { initialState, patientsFeature } from '../../core/patients.feature';
import type { StoredPatient } from '../../core/patient-repository';
import { PatientPage } from './patient-page';

const demo = demoCases('2026-11-20');
const patient = (i: number): StoredPatient => ({
  id: demo[i]!.id,
  caseFile: demo[i]!,
  updatedAt: 0,
  synthetic: true,
});

describe('PatientPage', () => {
  let store: MockStore;

  // Overridden selectors are the global memoised ones: release them, or later specs that use
  // a real store read these values.
  afterEach(() => store.resetSelectors());

  beforeEach(async () => {
    // The course section and print summary are deferred (@defer): compile their chunks.
    await TestBed.configureTestingModule({
      imports: [PatientPage],
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { patients: initialState } }),
      ],
    }).compileComponents();
    store = TestBed.inject(MockStore);
    store.overrideSelector(patientsFeature.selectLoaded, true);
    store.overrideSelector(patientsFeature.selectEntities, {
      'demo-03': patient(2),
      'demo-02': patient(1),
    });
    store.overrideSelector(patientsFeature.selectSaveStatus, { 'demo-03': 'error' });
    store.overrideSelector(patientsFeature.selectSaveError, 'QuotaExceededError');
  });

  async function render(id: string) {
    const fixture = TestBed.createComponent(PatientPage);
    fixture.componentRef.setInput('id', id);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows only this patient’s results, with contract values', async () => {
    const el = await render('demo-03');
    expect(el.querySelectorAll('[data-urgency]').length).toBe(1);
    expect(el.querySelector('[data-urgency]')?.getAttribute('data-urgency')).toBe('emergency');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Refer to emergency care now',
    );
    const verdicts = Array.from(el.querySelectorAll('[data-modality]')).map((e) =>
      e.getAttribute('data-verdict'),
    );
    expect(verdicts).toEqual([
      'contraindicated',
      'contraindicated',
      'contraindicated',
      'contraindicated',
    ]);
  });

  it('shows a failed save and keeps the edit on screen', async () => {
    const el = await render('demo-03');
    expect(el.querySelector('[data-save-status]')?.textContent).toContain(
      'Not saved: QuotaExceededError',
    );
  });

  it('dispatches the edited case when a control changes', async () => {
    const dispatch = spyOn(store, 'dispatch');
    const el = await render('demo-02');
    const yes = el.querySelector<HTMLInputElement>('#finding-thyroid-disease input');
    yes!.click();
    const action = dispatch.calls.mostRecent().args[0] as unknown as ReturnType<
      typeof PatientPageActions.caseEdited
    >;
    expect(action.type).toBe(PatientPageActions.caseEdited.type);
    expect(action.caseFile.findings['thyroid-disease']).toBeTrue();
  });

  it('says when the patient does not exist', async () => {
    const el = await render('nobody');
    expect(el.querySelector('h1')?.textContent).toContain('Patient not found');
  });
});
