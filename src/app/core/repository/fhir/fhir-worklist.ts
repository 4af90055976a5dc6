/**
 * The referral worklist read from a FHIR server without reading every record: the triage
 * order comes from the RiskAssessments the app writes back (VAS level and urgency), one small
 * resource per patient; only the page shown is read further (Patient, ServiceRequest).
 * Pure TypeScript over `FhirHttp`, like the store.
 */
import type { Bundle, Patient, RiskAssessment, ServiceRequest } from 'fhir/r4';
import {
  FHIR_SYSTEMS,
  URGENCY_LEVELS,
  VAS_LEVELS,
  type UrgencyLevel,
  type VasLevel,
} from '../../../../engine';
import { URGENCY_SYSTEM } from './case-resources';
import type { FhirHttp, FhirStore } from './fhir-store';

export interface WorklistRow {
  pid: string;
  name: string;
  urgency: UrgencyLevel | null;
  level: VasLevel | null;
  referral: ServiceRequest | null;
}

interface Ranked {
  pid: string;
  urgency: UrgencyLevel | null;
  level: VasLevel | null;
}

const rank = <T extends string>(order: readonly T[], v: T | null): number =>
  v === null ? -1 : order.indexOf(v);

/** RiskAssessments per search page while building the order (one full scan per page on Medplum). */
const INDEX_PAGE = 10_000;

export class FhirWorklist {
  private index: Ranked[] | null = null;

  constructor(
    private readonly store: FhirStore,
    private readonly http: FhirHttp,
    private readonly base: string,
  ) {}

  /** Rows `offset .. offset + count` in triage order (urgency, then VAS level). */
  async page(offset: number, count: number): Promise<{ rows: WorklistRow[]; total: number }> {
    this.index ??= await this.buildIndex();
    const slice = this.index.slice(offset, offset + count);
    if (slice.length === 0) return { rows: [], total: this.index.length };
    // Reads by id (the app's ServiceRequest id is derived from the patient's): no search.
    const res = await this.http.request<Bundle>({
      url: this.base,
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({
        resourceType: 'Bundle',
        type: 'batch',
        entry: slice.flatMap((r) => [
          { request: { method: 'GET', url: `Patient/${r.pid}` } },
          { request: { method: 'GET', url: `ServiceRequest/${r.pid}-referral` } },
        ]),
      } satisfies Bundle),
    });
    const found = (res.entry ?? []).map((e) => e.resource);
    const byPid = new Map<string, Patient>();
    const srOf = new Map<string, ServiceRequest>();
    for (const r of found)
      if (r?.resourceType === 'Patient') byPid.set(r.id!, r);
      else if (r?.resourceType === 'ServiceRequest') srOf.set(r.subject?.reference ?? '', r);
    const rows = slice.map((r): WorklistRow => {
      const p = byPid.get(r.pid);
      return {
        ...r,
        name: p?.name?.[0]?.text ?? p?.name?.[0]?.family ?? r.pid,
        referral: srOf.get(`Patient/${r.pid}`) ?? null,
      };
    });
    return { rows, total: this.index.length };
  }

  /**
   * Every RiskAssessment (paged), ranked. A referral no RiskAssessment speaks for (written by
   * an EHR, never opened here) is not in this index: the full list (`readAll`) still has it.
   */
  private async buildIndex(): Promise<Ranked[]> {
    const risks = (await this.store.searchAll(
      'RiskAssessment',
      {},
      INDEX_PAGE,
    )) as RiskAssessment[];
    const out: Ranked[] = risks.map((r) => {
      const code = (system: string) =>
        r.prediction
          ?.flatMap((p) => p.qualitativeRisk?.coding ?? [])
          .find((c) => c.system === system)?.code ?? null;
      return {
        pid: (r.subject?.reference ?? '').replace(/^Patient\//, ''),
        urgency: code(URGENCY_SYSTEM) as UrgencyLevel | null,
        level: code(FHIR_SYSTEMS.level) as VasLevel | null,
      };
    });
    return out.sort(
      (a, b) =>
        rank(URGENCY_LEVELS, a.urgency) - rank(URGENCY_LEVELS, b.urgency) ||
        rank(VAS_LEVELS, a.level) - rank(VAS_LEVELS, b.level),
    );
  }
}
