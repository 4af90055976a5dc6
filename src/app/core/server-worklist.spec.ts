import { TestBed } from '@angular/core/testing';
import { PATIENT_REPOSITORY } from './patient-repository';
import {
  ALL_REFERRALS,
  type ServerWorklistRow,
  type WorklistCursor,
  type WorklistPage,
  type WorklistQuery,
} from './repository/fhir/fhir-worklist';
import { ServerWorklist } from './server-worklist';

const rowOf = (n: number): ServerWorklistRow => ({
  id: `p-${n}`,
  pid: `p-${n}`,
  patient: { resourceType: 'Patient', id: `p-${n}`, name: [{ text: `Patient ${n}` }] },
  referral: null,
  urgency: 'none',
  screened: true,
  level: 'low',
  verdicts: {
    'cervical-manipulation': 'clear',
    'collar-zone-massage': 'clear',
    'back-massage': 'clear',
    'therapeutic-exercise': 'clear',
  },
  assessed: true,
});

/** Issue 11: the connected worklist's page state (page N, previous, next, filters). */
describe('ServerWorklist', () => {
  let calls: { query: WorklistQuery; cursor: WorklistCursor }[];
  let hold: ((v: void) => void) | null;
  let worklist: ServerWorklist;
  const settle = () => new Promise((r) => setTimeout(r, 0));

  beforeEach(() => {
    calls = [];
    hold = null;
    TestBed.configureTestingModule({
      providers: [
        {
          provide: PATIENT_REPOSITORY,
          useValue: {
            // 120 referrals, 50 a page; a name filter keeps 3, level high 7.
            worklistPage: async (
              query: WorklistQuery,
              cursor: WorklistCursor,
              count: number,
            ): Promise<WorklistPage> => {
              calls.push({ query, cursor });
              if (hold) await new Promise<void>((r) => (hold = r));
              const total = query.name ? 3 : query.level === 'high' ? 7 : 120;
              const rows = Array.from(
                { length: Math.max(0, Math.min(count, total - cursor.offset)) },
                (_, i) => rowOf(cursor.offset + i),
              );
              const end = cursor.offset + rows.length;
              return { rows, next: end < total ? { bucket: 0, offset: end } : null, requests: 2 };
            },
          },
        },
      ],
    });
    worklist = TestBed.inject(ServerWorklist);
  });

  it('pages forward and back; page N; no next on the last page', async () => {
    expect(worklist.active).toBeTrue();
    worklist.show(ALL_REFERRALS);
    await settle();
    expect(worklist.pageNumber()).toBe(1);
    expect(worklist.rows().map((r) => r.id)[0]).toBe('p-0');
    expect(worklist.hasPrevious()).toBeFalse();
    worklist.next();
    await settle();
    worklist.next();
    await settle();
    expect(worklist.pageNumber()).toBe(3);
    expect(worklist.rows().length).toBe(20);
    expect(worklist.hasNext()).toBeFalse();
    worklist.previous();
    await settle();
    expect(worklist.pageNumber()).toBe(2);
    expect(worklist.rows()[0]!.id).toBe('p-50');
    expect(calls.at(-1)!.cursor).toEqual({ bucket: 0, offset: 50 });
  });

  it('a changed filter starts at page 1; the screen opened again reads the page shown', async () => {
    worklist.show(ALL_REFERRALS);
    await settle();
    worklist.next();
    await settle();
    worklist.show(ALL_REFERRALS);
    await settle();
    expect(calls.at(-1)!.cursor.offset).toBe(50);
    expect(worklist.pageNumber()).toBe(2);
    worklist.load({ ...ALL_REFERRALS, urgency: 'urgent' });
    await settle();
    expect(worklist.pageNumber()).toBe(1);
    expect(calls.at(-1)!.query.urgency).toBe('urgent');
    const n = calls.length;
    worklist.load({ ...ALL_REFERRALS, urgency: 'urgent' });
    await settle();
    expect(calls.length).toBe(n);
  });

  it('a typed name is asked once typing pauses; an older answer never replaces a newer one', async () => {
    worklist.show(ALL_REFERRALS);
    await settle();
    worklist.load({ ...ALL_REFERRALS, name: 'p' });
    worklist.load({ ...ALL_REFERRALS, name: 'pa' });
    await new Promise((r) => setTimeout(r, 400));
    expect(calls.filter((c) => c.query.name !== '').map((c) => c.query.name)).toEqual(['pa']);
    expect(worklist.rows().length).toBe(3);
    // A slow answer for the full list arriving after a newer filter's is dropped.
    hold = () => undefined;
    worklist.load(ALL_REFERRALS);
    await new Promise((r) => setTimeout(r, 400));
    const slow = hold as unknown as (v: void) => void;
    expect(calls.at(-1)!.query).toEqual(ALL_REFERRALS);
    hold = null;
    worklist.load({ ...ALL_REFERRALS, level: 'high' });
    await settle();
    expect(worklist.rows().length).toBe(7);
    slow();
    await settle();
    expect(worklist.rows().length).toBe(7);
    expect(calls.at(-1)!.query.level).toBe('high');
    expect(worklist.loading()).toBeFalse();
  });
});
