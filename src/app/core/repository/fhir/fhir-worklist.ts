/**
 * The referral worklist read from a FHIR server page by page, without reading every record.
 *
 * Triage order comes from the RiskAssessment the app writes back (a `risk` token per VAS level,
 * per urgency, and whether the red flags were all asked): the server is asked one triage
 * bucket (urgency group x VAS level) at a time, `_count` rows from an `_offset`, until the page
 * is full; a cursor (bucket, offset) says where the next page starts. Referrals no app
 * RiskAssessment speaks for (an EHR's ServiceRequest, never opened here) are a bucket of their
 * own at the head of "not screened". Only the rows shown are then read, by id, in one batch.
 * Pure TypeScript over `FhirHttp`, like the store.
 */
import type {
  Bundle,
  BundleEntry,
  DetectedIssue,
  FhirResource,
  Patient,
  RiskAssessment,
  ServiceRequest,
} from 'fhir/r4';
import {
  FHIR_EXTENSIONS,
  FHIR_SYSTEMS,
  MODALITIES,
  VAS_LEVELS,
  type Modality,
  type UrgencyLevel,
  type Verdict,
  type VasLevel,
} from '../../../../engine';
import { APP_TAG, RED_FLAGS_SYSTEM, URGENCY_SYSTEM } from './case-resources';
import type { FhirHttp } from './fhir-store';

/** Urgency as the worklist groups it: an unscreened "none" is "not screened". */
export type UrgencyGroup = 'emergency' | 'urgent' | 'not-screened' | 'none';
export const URGENCY_GROUPS: readonly UrgencyGroup[] = [
  'emergency',
  'urgent',
  'not-screened',
  'none',
];
/** Triage order of suspicion: indeterminate before low (it may hide a higher level). */
const LEVEL_ORDER: readonly VasLevel[] = ['confirmed', 'high', 'moderate', 'indeterminate', 'low'];
export type ReferralStatusFilter = 'new' | 'in-review' | 'done' | 'all';

/** The filters the server applies (urgency, level, name) or narrows (status, unassessed). */
export interface WorklistQuery {
  urgency: UrgencyGroup | 'all';
  level: VasLevel | 'all';
  /** ServiceRequest `status` on the server where it can tell (done = completed). */
  status: ReferralStatusFilter;
  /** `Patient?name=`: the first NAME_LIMIT matches, ordered in the browser. */
  name: string;
}
export const ALL_REFERRALS: WorklistQuery = {
  urgency: 'all',
  level: 'all',
  status: 'all',
  name: '',
};

/** Where a page starts: a bucket and the offset in it (-1: the name-search list). */
export interface WorklistCursor {
  bucket: number;
  offset: number;
}
export const FIRST_PAGE: WorklistCursor = { bucket: 0, offset: 0 };

export interface ServerWorklistRow {
  /** The case id (the Patient's case identifier, else its id). */
  id: string;
  pid: string;
  patient: Patient | null;
  referral: ServiceRequest | null;
  urgency: UrgencyLevel;
  screened: boolean;
  level: VasLevel;
  verdicts: Record<Modality, Verdict>;
  /** False: a referral the app never assessed; shown "not screened", every verdict not cleared. */
  assessed: boolean;
}

export interface WorklistPage {
  rows: ServerWorklistRow[];
  /** The next page's cursor, or null when this is the last page. */
  next: WorklistCursor | null;
  /** HTTP requests this page took (no N+1: a few searches and one batch read). */
  requests: number;
  /** Name search: more patients matched than are ordered (NAME_LIMIT). */
  truncated?: boolean;
}

/** Patients a name search orders in the browser; a narrower name finds the rest. */
export const NAME_LIMIT = 500;
const APP_TAG_TOKEN = `${APP_TAG.system}|${APP_TAG.code}`;
const ACTIVE_STATUSES = 'draft,active,on-hold,unknown';

type Bucket =
  | { kind: 'risk'; group: UrgencyGroup; level: VasLevel }
  | { kind: 'unassessed'; group: 'not-screened' };

/** Every bucket in triage order; the unassessed referrals head "not screened". */
const BUCKETS: readonly Bucket[] = URGENCY_GROUPS.flatMap((group): Bucket[] => [
  ...(group === 'not-screened' ? [{ kind: 'unassessed', group } as const] : []),
  ...LEVEL_ORDER.map((level) => ({ kind: 'risk', group, level }) as const),
]);

const riskParams = (group: UrgencyGroup, level: VasLevel): [string, string][] => {
  const urgency: UrgencyLevel = group === 'not-screened' ? 'none' : group;
  const out: [string, string][] = [
    ['risk', `${URGENCY_SYSTEM}|${urgency}`],
    ['risk', `${FHIR_SYSTEMS.level}|${level}`],
  ];
  // Fail-safe: a RiskAssessment that does not say "screened" is not screened.
  if (group === 'none') out.push(['risk', `${RED_FLAGS_SYSTEM}|screened`]);
  if (group === 'not-screened') out.push(['risk:not', `${RED_FLAGS_SYSTEM}|screened`]);
  return out;
};

const codeOf = (r: RiskAssessment, system: string): string | undefined =>
  r.prediction?.flatMap((p) => p.qualitativeRisk?.coding ?? []).find((c) => c.system === system)
    ?.code;

const pidOf = (ref: string | undefined): string => (ref ?? '').replace(/^Patient\//, '');
const resourcesOf = (b: Bundle): FhirResource[] =>
  (b.entry ?? []).map((e) => e.resource).filter((r): r is FhirResource => !!r);

/** The triage fields of one RiskAssessment (unknown values read fail-safe). */
export function triageOfRisk(r: RiskAssessment): {
  urgency: UrgencyLevel;
  screened: boolean;
  level: VasLevel;
} {
  const u = codeOf(r, URGENCY_SYSTEM);
  const l = codeOf(r, FHIR_SYSTEMS.level);
  return {
    urgency: u === 'emergency' || u === 'urgent' ? u : 'none',
    screened: codeOf(r, RED_FLAGS_SYSTEM) === 'screened',
    level: (VAS_LEVELS as readonly string[]).includes(l ?? '') ? (l as VasLevel) : 'indeterminate',
  };
}

export function groupOf(t: { urgency: UrgencyLevel; screened: boolean }): UrgencyGroup {
  return t.urgency === 'none' && !t.screened ? 'not-screened' : t.urgency;
}

export class FhirWorklist {
  constructor(
    private readonly http: FhirHttp,
    private readonly base: string,
  ) {}

  /** Up to `count` rows from `cursor` in triage order, with the next page's cursor. */
  async page(
    query: WorklistQuery,
    cursor: WorklistCursor = FIRST_PAGE,
    count = 50,
  ): Promise<WorklistPage> {
    if (query.name.trim()) return this.byName(query, cursor, count);
    const found: { risk?: RiskAssessment; referral?: ServiceRequest; patient?: Patient }[] = [];
    let requests = 0;
    let next: WorklistCursor | null = null;
    for (let b = cursor.bucket, offset = cursor.offset; b < BUCKETS.length; b++, offset = 0) {
      const bucket = BUCKETS[b]!;
      if (!this.wanted(bucket, query)) continue;
      // One more than the page needs: it says whether this bucket goes on.
      const want = count - found.length;
      const got = await this.search(bucket, query, offset, want + 1);
      requests++;
      found.push(...got.slice(0, want));
      if (got.length > want) {
        next = { bucket: b, offset: offset + want };
        break;
      }
      if (found.length === count) {
        next = { bucket: b + 1, offset: 0 };
        break;
      }
    }
    const rows = await this.details(found);
    requests++;
    // A "next" at a bucket boundary may turn out empty; the caller shows "no more referrals".
    return { rows: rows.filter((r): r is ServerWorklistRow => r !== null), next, requests };
  }

  private wanted(bucket: Bucket, q: WorklistQuery): boolean {
    if (q.urgency !== 'all' && bucket.group !== q.urgency) return false;
    if (bucket.kind === 'unassessed') return q.level === 'all' || q.level === 'indeterminate';
    return q.level === 'all' || bucket.level === q.level;
  }

  private async search(
    bucket: Bucket,
    q: WorklistQuery,
    offset: number,
    count: number,
  ): Promise<{ risk?: RiskAssessment; referral?: ServiceRequest; patient?: Patient }[]> {
    const params = new URLSearchParams({ _count: String(count) });
    if (offset > 0) params.set('_offset', String(offset));
    if (bucket.kind === 'risk') {
      for (const [k, v] of riskParams(bucket.group, bucket.level)) params.append(k, v);
      // Only what the order needs (a server may ignore it: Medplum's in-memory one does).
      params.set('_elements', 'subject,prediction');
      const res = await this.get(`RiskAssessment?${params}`);
      return resourcesOf(res)
        .filter((r): r is RiskAssessment => r.resourceType === 'RiskAssessment')
        .map((risk) => ({ risk }));
    }
    params.set('_tag:not', APP_TAG_TOKEN);
    params.set(
      'status',
      q.status === 'done'
        ? 'completed'
        : q.status === 'all'
          ? `${ACTIVE_STATUSES},completed`
          : ACTIVE_STATUSES,
    );
    params.set('_include', 'ServiceRequest:subject');
    const res = await this.get(`ServiceRequest?${params}`);
    const all = resourcesOf(res);
    const patients = new Map(
      all
        .filter((r): r is Patient => r.resourceType === 'Patient')
        .map((p) => [`Patient/${p.id}`, p]),
    );
    return all
      .filter((r): r is ServiceRequest => r.resourceType === 'ServiceRequest')
      .filter((sr) => sr.subject?.reference?.startsWith('Patient/'))
      .map((referral) => ({ referral, patient: patients.get(referral.subject!.reference!) }));
  }

  /**
   * A name search: `Patient?name=` on the server (the first NAME_LIMIT matches), their
   * RiskAssessments read by id in one batch, then ordered here and cut into pages.
   */
  private async byName(
    q: WorklistQuery,
    cursor: WorklistCursor,
    count: number,
  ): Promise<WorklistPage> {
    const params = new URLSearchParams({ name: q.name.trim(), _count: String(NAME_LIMIT + 1) });
    const patients = resourcesOf(await this.get(`Patient?${params}`)).filter(
      (r): r is Patient => r.resourceType === 'Patient',
    );
    const truncated = patients.length > NAME_LIMIT;
    const shown = patients.slice(0, NAME_LIMIT);
    const risks = await this.batch(shown.map((p) => `RiskAssessment/${p.id}-vas`));
    const ranked = shown
      .map((patient, i) => {
        const risk = risks[i]?.resourceType === 'RiskAssessment' ? risks[i] : undefined;
        const t = risk ? triageOfRisk(risk) : null;
        const group: UrgencyGroup = t ? groupOf(t) : 'not-screened';
        const rank =
          URGENCY_GROUPS.indexOf(group) * 10 + (t ? 1 + LEVEL_ORDER.indexOf(t.level) : 0);
        return { patient, risk, group, level: t?.level ?? 'indeterminate', rank };
      })
      .filter(
        (x) =>
          (q.urgency === 'all' || x.group === q.urgency) &&
          (q.level === 'all' || x.level === q.level),
      )
      .sort((a, b) => a.rank - b.rank);
    const start = cursor.bucket === -1 ? cursor.offset : 0;
    const slice = ranked.slice(start, start + count);
    const rows = await this.details(slice.map(({ patient, risk }) => ({ patient, risk })));
    return {
      rows: rows.filter((r): r is ServerWorklistRow => r !== null),
      next: start + count < ranked.length ? { bucket: -1, offset: start + count } : null,
      requests: 3,
      truncated,
    };
  }

  /**
   * The rows' Patient and referral read by id (the app's resource ids derive from the
   * patient's) and the app's DetectedIssues of the page in one search, all in one batch. An
   * unassessed referral whose patient has an app RiskAssessment after all is dropped: it is
   * listed in its triage bucket.
   */
  private async details(
    found: readonly { risk?: RiskAssessment; referral?: ServiceRequest; patient?: Patient }[],
  ): Promise<(ServerWorklistRow | null)[]> {
    const urls: string[] = [];
    const at: number[] = [];
    const assessed: string[] = [];
    for (const f of found) {
      at.push(urls.length);
      const pid = pidOf(f.risk?.subject?.reference ?? f.referral?.subject?.reference);
      if (f.risk) {
        urls.push(`Patient/${pid}`, `ServiceRequest/${pid}-referral`);
        assessed.push(`Patient/${pid}`);
      } else urls.push(`RiskAssessment/${pid}-vas`);
    }
    if (assessed.length > 0)
      urls.push(
        `DetectedIssue?${new URLSearchParams({
          patient: assessed.join(','),
          _tag: APP_TAG_TOKEN,
          _count: String(assessed.length * MODALITIES.length),
        })}`,
      );
    const got = urls.length ? await this.batch(urls) : [];
    const issuesOf = new Map<string, DetectedIssue[]>();
    const search = assessed.length > 0 ? got.at(-1) : undefined;
    for (const r of search?.resourceType === 'Bundle' ? resourcesOf(search) : [])
      if (r.resourceType === 'DetectedIssue') {
        const ref = r.patient?.reference ?? '';
        issuesOf.set(ref, [...(issuesOf.get(ref) ?? []), r]);
      }
    return found.map((f, i) => {
      const from = at[i]!;
      const pid = pidOf(f.risk?.subject?.reference ?? f.referral?.subject?.reference);
      if (!f.risk) {
        if (got[from]?.resourceType === 'RiskAssessment') return null;
        return row(pid, f.patient ?? null, f.referral ?? null, null, []);
      }
      const patient = (got[from]?.resourceType === 'Patient' ? got[from] : f.patient) ?? null;
      const sr = got[from + 1]?.resourceType === 'ServiceRequest' ? got[from + 1] : null;
      const issues = issuesOf.get(`Patient/${pid}`) ?? [];
      return row(pid, patient as Patient | null, sr as ServiceRequest | null, f.risk, issues);
    });
  }

  /** GETs in one batch; each answer in order, undefined where not found. */
  private async batch(urls: readonly string[]): Promise<(FhirResource | undefined)[]> {
    if (urls.length === 0) return [];
    const res = await this.http.request<Bundle>({
      url: this.base,
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({
        resourceType: 'Bundle',
        type: 'batch',
        entry: urls.map((url): BundleEntry => ({ request: { method: 'GET', url } })),
      } satisfies Bundle),
    });
    return urls.map((_, i) => {
      const e = res.entry?.[i];
      const ok = String(e?.response?.status ?? '200').startsWith('2');
      return ok ? e?.resource : undefined;
    });
  }

  private get(url: string): Promise<Bundle> {
    return this.http.request<Bundle>({ url });
  }
}

function row(
  pid: string,
  patient: Patient | null,
  referral: ServiceRequest | null,
  risk: RiskAssessment | null,
  issues: readonly DetectedIssue[],
): ServerWorklistRow {
  const id =
    patient?.identifier?.find((x) => x.system === FHIR_SYSTEMS.caseId)?.value ?? patient?.id ?? pid;
  const verdicts = {} as Record<Modality, Verdict>;
  for (const m of MODALITIES) {
    if (!risk) {
      verdicts[m] = 'not-cleared';
      continue;
    }
    const issue = issues.find((d) =>
      d.extension?.some((e) => e.url === FHIR_EXTENSIONS.modality && e.valueCode === m),
    );
    const code = issue?.code?.coding?.find((c) => c.system === FHIR_SYSTEMS.verdict)?.code;
    // No DetectedIssue: the app wrote none because the verdict was clear.
    verdicts[m] = issue ? ((code as Verdict | undefined) ?? 'not-cleared') : 'clear';
  }
  const t = risk
    ? triageOfRisk(risk)
    : { urgency: 'none' as const, screened: false, level: 'indeterminate' as const };
  return { id, pid, patient, referral, ...t, verdicts, assessed: risk !== null };
}
