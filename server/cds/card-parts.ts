/** The parts every card is made of: types, source, link, override reasons, markdown, orders. */
import { randomUUID } from 'node:crypto';
import type { Coding, ServiceRequest } from 'fhir/r4';
import {
  ENGINE_VERSION,
  RULES_VERSION,
  type Assessment,
  type Modality,
  type Reason,
  type Verdict,
} from '../../src/engine';

export type Indicator = 'info' | 'warning' | 'critical';

export interface Card {
  uuid: string;
  summary: string;
  detail?: string;
  indicator: Indicator;
  source: { label: string; url?: string; topic?: Coding };
  suggestions?: {
    label: string;
    uuid: string;
    isRecommended?: boolean;
    actions: { type: 'create'; description: string; resource: ServiceRequest }[];
  }[];
  selectionBehavior?: 'at-most-one' | 'any';
  overrideReasons?: Coding[];
  links?: { label: string; url: string; type: 'absolute' | 'smart'; appContext?: string }[];
}

/** What the card was about, kept with its uuid for the feedback audit (no patient data). */
export interface CardNote {
  service: string;
  kind: 'verdict' | 'urgency' | 'suspicion' | 'record' | 'unrecognised';
  indicator: Indicator;
  modality?: Modality;
  verdict?: Verdict;
  rules: string[];
  rulesVersion: string;
}

export interface CardContext {
  service: string;
  appUrl?: string;
  patientId: string;
  caseId?: string;
  fhirServer?: string;
}

export const OVERRIDE_SYSTEM = 'urn:vas-dashboard:cds-override-reason';
export const OVERRIDE_REASONS: Coding[] = [
  ['specialist-cleared', 'Cleared by a neurologist or vascular specialist'],
  ['record-out-of-date', 'Record out of date: checked with the patient today'],
  ['technique-adapted', 'Technique adapted (no cervical thrust or rotation)'],
  ['benefit-outweighs-risk', 'Benefit judged to outweigh the risk; patient informed'],
  ['not-applicable', 'Not applicable to this patient'],
].map(([code, display]) => ({ system: OVERRIDE_SYSTEM, code, display }));

const MAX_SUMMARY = 139;
export function summaryOf(s: string): string {
  return s.length <= MAX_SUMMARY ? s : `${s.slice(0, MAX_SUMMARY - 1).trimEnd()}…`;
}
/** Text from the EHR (order names) shown in markdown: no markup, no links, one line. */
export function md(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]{}()#+!|<>~])/g, '\\$1')
    .slice(0, 300);
}

export const source = (ctx: CardContext): Card['source'] => ({
  label: `VAS decision support rules ${RULES_VERSION}`,
  ...(ctx.appUrl ? { url: `${ctx.appUrl}/rules` } : {}),
});

export function links(ctx: CardContext): Card['links'] {
  if (!ctx.appUrl) return undefined;
  const q = ctx.fhirServer ? `?fhirServer=${encodeURIComponent(ctx.fhirServer)}` : '';
  return [
    {
      label: 'Open the VAS dashboard on this patient',
      url: `${ctx.appUrl}/patients/${encodeURIComponent(ctx.caseId ?? ctx.patientId)}${q}`,
      type: 'smart',
      appContext: JSON.stringify({ patientId: ctx.patientId }),
    },
  ];
}

export const reasonLine = (r: Reason): string => `- **${r.rule}** (${r.source}): ${r.text}`;
export const footer = (): string =>
  `\n\n_Rule set ${RULES_VERSION}, engine ${ENGINE_VERSION}. Decision support: consider / refer; the clinician decides._`;

export function section(title: string, lines: string[]): string {
  return lines.length ? `\n\n**${title}**\n\n${lines.join('\n')}` : '';
}

/** ServiceRequest creates for what the engine recommends ordering. */
export function orderSuggestions(
  a: Assessment,
  ctx: CardContext,
): NonNullable<Card['suggestions']> {
  const subject = { reference: `Patient/${ctx.patientId}` };
  const make = (text: string, reason: string, priority?: 'urgent' | 'stat') => ({
    label: `Order: ${text}`,
    uuid: randomUUID(),
    actions: [
      {
        type: 'create' as const,
        description: `Create a ServiceRequest: ${text}`,
        resource: {
          resourceType: 'ServiceRequest' as const,
          status: 'draft' as const,
          intent: 'proposal' as const,
          ...(priority ? { priority } : {}),
          subject,
          code: { text },
          reasonCode: [{ text: reason }],
        },
      },
    ],
  });
  const out = [];
  if (a.urgency.level === 'emergency')
    out.push(make('Emergency care referral', 'Vascular red flags (urgency screen)', 'stat'));
  if (a.urgency.level === 'urgent')
    out.push(make('Neurology referral', 'Vascular red flags (urgency screen)', 'urgent'));
  else if (a.urgency.level === 'none' && a.vas.level === 'high')
    out.push(make('Neurology referral', 'High suspicion of vertebral artery syndrome'));
  for (const w of a.workup ?? [])
    out.push(make(w, `Work-up for vertebral artery syndrome (suspicion ${a.vas.level})`));
  return out;
}

export function withSuggestions(card: Card, s: NonNullable<Card['suggestions']>): Card {
  return s.length ? { ...card, suggestions: s, selectionBehavior: 'any' } : card;
}

export function contextLines(a: Assessment): string {
  return (
    section('Urgency screen: ' + a.urgency.level, a.urgency.reasons.map(reasonLine)) +
    section(
      `Suspicion of vertebral artery syndrome: ${a.vas.level} (score ${a.vas.score})`,
      a.vas.reasons.map(reasonLine),
    ) +
    section(
      'Recommendations',
      a.recommendations.map((r) => `- ${r}`),
    ) +
    section('Not read or not trusted', [
      ...a.warnings.map((w) => `- ${w.text}`),
      ...a.conflicts.map((c) => `- ${c}`),
    ])
  );
}
