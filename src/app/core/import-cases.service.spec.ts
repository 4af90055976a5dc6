import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideStore, Store } from '@ngrx/store';
import { firstValueFrom, NEVER, of } from 'rxjs';
import { baseCase } from '../../engine/testing/fixtures';
import { ImportCasesService } from './import-cases.service';
import { PATIENT_REPOSITORY, type StoredPatient } from './patient-repository';
import { patientsFeature } from './patients.feature';

const file = (name: string, content: string | Uint8Array, size?: number) => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: size ?? bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

describe('ImportCasesService', () => {
  let stored: StoredPatient[];
  beforeEach(() => {
    stored = [];
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [patientsFeature.name]: patientsFeature.reducer }),
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(true) }) } },
        {
          provide: PATIENT_REPOSITORY,
          useValue: {
            externalChanges: NEVER,
            lost: NEVER,
            // A record that validates but cannot be stored (quota, clone error) fails its file.
            putAll: async (ps: StoredPatient[]) => {
              if (ps.some((p) => p.id === 'unstorable'))
                throw new DOMException('quota exceeded', 'QuotaExceededError');
              stored.push(...ps);
            },
          },
        },
      ],
    });
  });

  it('stores each file in its own transaction; the summary names every failure and why', async () => {
    const svc = TestBed.inject(ImportCasesService);
    const json = (id: string) => JSON.stringify({ ...baseCase(), id });
    await svc.importFiles([
      file('good-1.json', json('g1')),
      file('unstorable.json', json('unstorable')),
      file('good-2.json', `\uFEFF${json('g2')}`),
      file('latin1.json', new Uint8Array([0x7b, 0xe9, 0x7d])),
      file('huge.json', '{}', 50_000_000),
      file('dupes.json', `[${json('d')},${json('x')},${json('d')}]`),
    ]);
    const s = svc.summary()!;
    expect(s.accepted.map((a) => a.file)).toEqual(['good-1.json', 'good-2.json']);
    expect(stored.map((p) => p.id)).toEqual(['g1', 'g2']);
    expect(s.refused).toEqual([
      {
        file: 'latin1.json',
        message: 'not UTF-8 (invalid byte 0xe9 at offset 1); save it as UTF-8',
      },
      {
        file: 'huge.json',
        message: 'file too large (50,000,000 bytes; the limit is 20,000,000)',
      },
      {
        file: 'dupes.json',
        patient: 'd, x',
        message:
          '[2].id: "d" appears twice in this file ([0] and [2]); nothing from it was imported',
      },
      {
        file: 'unstorable.json',
        message: 'could not be stored (QuotaExceededError: quota exceeded)',
      },
    ]);
    const ids = await firstValueFrom(TestBed.inject(Store).select(patientsFeature.selectIds));
    expect(ids).toEqual(['g1', 'g2']);
    const state = await firstValueFrom(
      TestBed.inject(Store).select(patientsFeature.selectStoreSaveState),
    );
    expect(state).toBe('saved');
  });
});
