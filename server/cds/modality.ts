/** The manual-therapy modality a draft order (ServiceRequest / Procedure) asks for. */
import type { FhirResource } from 'fhir/r4';
import { MODALITIES, type Modality } from '../../src/engine';
import type { OrderCode, OrderCodeList } from './order-codes';

export interface RecognisedOrder {
  /** `ServiceRequest/<id>` (or the entry's index when it has no id). */
  ref: string;
  modality: Modality;
  /** How it was recognised: `http://www.ama-assn.org/go/cpt|98940` or `text: "neck massage"`. */
  by: string;
  /** The order's own words (code.text or the first display), for the card. */
  label: string;
}

export interface UnrecognisedOrder {
  ref: string;
  label: string;
  /** It reads like manual therapy (manipulation, massage, chiropractic, mobilisation). */
  looksManual: boolean;
}

const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const LOOKS_MANUAL = /manipulat|massage|chiropract|mobili[sz]|adjustment|manual therap/;

/** Strictest first (the order of the engine's MODALITIES). */
function byText(texts: string[], phrases: OrderCodeList['phrases']): Modality | null {
  const t = texts.map(fold);
  for (const m of MODALITIES)
    if ((phrases[m] ?? []).some((p) => t.some((x) => x.includes(fold(p))))) return m;
  return null;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Draft orders come from the EHR as they are: every field is checked before it is read. */
function codingsOf(code: unknown): { system?: unknown; code?: unknown; display?: unknown }[] {
  return isObj(code) ? arr(code['coding']).filter(isObj) : [];
}
function textsOf(code: unknown): string[] {
  return [isObj(code) ? code['text'] : undefined, ...codingsOf(code).map((c) => c.display)].filter(
    (x): x is string => typeof x === 'string' && x.trim() !== '',
  );
}

export function recogniseOrder(
  r: FhirResource,
  ref: string,
  list: OrderCodeList,
): RecognisedOrder | UnrecognisedOrder | null {
  if (r.resourceType !== 'ServiceRequest' && r.resourceType !== 'Procedure') return null;
  const code: unknown = r.code;
  const texts = [...textsOf(code), ...arr(r.bodySite).flatMap(textsOf)];
  const label = textsOf(code)[0] ?? ref;
  const hits: OrderCode[] = [];
  for (const c of codingsOf(code))
    for (const k of list.codes) if (c.system === k.system && c.code === k.code) hits.push(k);
  if (hits.length > 0) {
    // Several codes: the strictest modality any of them names.
    const hit = [...hits].sort(
      (a, b) => MODALITIES.indexOf(a.modality) - MODALITIES.indexOf(b.modality),
    )[0]!;
    const narrowed = hit.textMayNarrow ? byText(texts, list.phrases) : null;
    const modality =
      narrowed && MODALITIES.indexOf(narrowed) > MODALITIES.indexOf(hit.modality)
        ? narrowed
        : hit.modality;
    return {
      ref,
      modality,
      by: `${hit.system}|${hit.code}${modality !== hit.modality ? ' (region from the text)' : ''}`,
      label,
    };
  }
  const m = byText(texts, list.phrases);
  if (m) return { ref, modality: m, by: 'text', label };
  return { ref, label, looksManual: texts.some((t) => LOOKS_MANUAL.test(fold(t))) };
}

export const isRecognised = (x: RecognisedOrder | UnrecognisedOrder | null): x is RecognisedOrder =>
  !!x && 'modality' in x;
