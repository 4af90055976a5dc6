/**
 * CDS Hooks cards from the engine's assessment (https://cds-hooks.hl7.org/2.0/#card-attributes).
 * Wording: consider / refer / not cleared; the engine's reasons, rule ids and sources verbatim.
 */
import { randomUUID } from 'node:crypto';
import {
  missingLabel,
  modalityLabel,
  RULES_VERSION,
  type Assessment,
  type Modality,
  type Verdict,
} from '../../src/engine';
import {
  contextLines,
  footer,
  links,
  md,
  orderSuggestions,
  OVERRIDE_REASONS,
  reasonLine,
  section,
  source,
  summaryOf,
  withSuggestions,
  type Card,
  type CardContext,
  type CardNote,
  type Indicator,
} from './card-parts';
import type { RecognisedOrder, UnrecognisedOrder } from './modality';

export type { Card, CardContext, CardNote, Indicator } from './card-parts';

const VERDICT_INDICATOR: Record<Verdict, Indicator | null> = {
  contraindicated: 'critical',
  'not-cleared': 'warning',
  caution: 'info',
  clear: null,
};

/** One card per recognised modality ordered (a clear verdict gives none). */
export function verdictCards(
  a: Assessment,
  orders: RecognisedOrder[],
  ctx: CardContext,
  notRead: string[],
): { card: Card; note: CardNote }[] {
  const out: { card: Card; note: CardNote }[] = [];
  const seen = new Set<Modality>();
  for (const o of orders) {
    if (seen.has(o.modality)) continue;
    seen.add(o.modality);
    const m = a.modalities[o.modality];
    const indicator = VERDICT_INDICATOR[m.verdict];
    if (!indicator) continue;
    const label = modalityLabel(o.modality);
    const Label = label[0]!.toUpperCase() + label.slice(1);
    const summary =
      m.verdict === 'contraindicated'
        ? `${Label}: contraindicated. Do not proceed; consider referral.`
        : m.verdict === 'not-cleared'
          ? m.missing.length
            ? `${Label}: not cleared. ${m.missing.length} item(s) to answer before it can be cleared.`
            : `${Label}: not cleared. Consider referral before proceeding.`
          : `${Label}: caution. Review the precautions before proceeding.`;
    const detail =
      `**${label}: ${m.verdict}** (order "${md(o.label)}", recognised by \`${o.by}\`)` +
      section('Reasons', m.reasons.map(reasonLine)) +
      section(
        'Missing (answer to clear)',
        m.missing.map((x) => `- ${missingLabel(x)}`),
      ) +
      contextLines(a) +
      section(
        'Record entries not read',
        notRead.slice(0, 20).map((x) => `- ${md(x)}`),
      ) +
      footer();
    const card: Card = {
      uuid: randomUUID(),
      summary: summaryOf(summary),
      detail,
      indicator,
      source: source(ctx),
      overrideReasons: OVERRIDE_REASONS,
      links: links(ctx),
    };
    out.push({
      card: withSuggestions(card, orderSuggestions(a, ctx)),
      note: {
        service: ctx.service,
        kind: 'verdict',
        indicator,
        modality: o.modality,
        verdict: m.verdict,
        rules: m.reasons.map((r) => r.rule),
        rulesVersion: RULES_VERSION,
      },
    });
  }
  return out;
}

/** A draft order that reads like manual therapy but matches no code or phrase. */
export function unrecognisedCard(
  o: UnrecognisedOrder,
  ctx: CardContext,
): { card: Card; note: CardNote } {
  return {
    card: {
      uuid: randomUUID(),
      summary: summaryOf(
        `Order "${o.label}" not recognised as a checked modality: check it in the dashboard.`,
      ),
      detail:
        `The order "${md(o.label)}" reads like manual therapy, but its codes and text match none of ` +
        `the modalities this service checks (cervical manipulation, collar-zone massage, back ` +
        `massage, therapeutic exercise), so no contraindication check was made for it.` +
        footer(),
      indicator: 'info',
      source: source(ctx),
      links: links(ctx),
    },
    note: {
      service: ctx.service,
      kind: 'unrecognised',
      indicator: 'info',
      rules: [],
      rulesVersion: RULES_VERSION,
    },
  };
}

/** patient-view: the urgency screen and the suspicion level, each a card when not "none"/"low". */
export function patientCards(
  a: Assessment,
  ctx: CardContext,
  notRead: string[],
): { card: Card; note: CardNote }[] {
  const out: { card: Card; note: CardNote }[] = [];
  const suggestions = orderSuggestions(a, ctx);
  const tail =
    section(
      'Record entries not read',
      notRead.slice(0, 20).map((x) => `- ${md(x)}`),
    ) + footer();
  if (a.urgency.level !== 'none') {
    const indicator: Indicator = a.urgency.level === 'emergency' ? 'critical' : 'warning';
    const card: Card = {
      uuid: randomUUID(),
      summary:
        a.urgency.level === 'emergency'
          ? 'Vascular red flags: refer to emergency care now; no manual therapy.'
          : 'Vascular red flags: consider urgent neurologist review before any manual therapy.',
      detail: `**Urgency screen: ${a.urgency.level}**` + contextLines(a) + tail,
      indicator,
      source: source(ctx),
      overrideReasons: OVERRIDE_REASONS,
      links: links(ctx),
    };
    out.push({
      card: withSuggestions(card, suggestions),
      note: {
        service: ctx.service,
        kind: 'urgency',
        indicator,
        rules: a.urgency.reasons.map((r) => r.rule),
        rulesVersion: RULES_VERSION,
      },
    });
  }
  if (a.vas.level !== 'low') {
    const indicator: Indicator =
      a.vas.level === 'confirmed' || a.vas.level === 'high' ? 'warning' : 'info';
    const summary =
      a.vas.level === 'indeterminate'
        ? `VAS suspicion cannot be rated yet: ${a.vas.missing.length} triad item(s) unanswered.`
        : a.vas.level === 'confirmed'
          ? 'Vertebral artery syndrome on record: follow the neurologist’s plan; no neck manipulation or collar-zone massage.'
          : `Suspicion of vertebral artery syndrome: ${a.vas.level}. Consider work-up before neck manual therapy.`;
    const manual = (
      [
        'cervical-manipulation',
        'collar-zone-massage',
        'back-massage',
        'therapeutic-exercise',
      ] as const
    ).map((m) => `- ${modalityLabel(m)}: ${a.modalities[m].verdict}`);
    const card: Card = {
      uuid: randomUUID(),
      summary: summaryOf(summary),
      detail:
        `**Suspicion of vertebral artery syndrome: ${a.vas.level}** (score ${a.vas.score})` +
        section('Reasons', a.vas.reasons.map(reasonLine)) +
        section(
          'Missing',
          a.vas.missing.map((x) => `- ${missingLabel(x)}`),
        ) +
        section('Manual therapy check', manual) +
        section(
          'Recommendations',
          a.recommendations.map((r) => `- ${r}`),
        ) +
        tail,
      indicator,
      source: source(ctx),
      overrideReasons: OVERRIDE_REASONS,
      links: links(ctx),
    };
    // The orders go on the urgency card when there is one (one place to accept them).
    out.push({
      card: a.urgency.level === 'none' ? withSuggestions(card, suggestions) : card,
      note: {
        service: ctx.service,
        kind: 'suspicion',
        indicator,
        rules: a.vas.reasons.map((r) => r.rule),
        rulesVersion: RULES_VERSION,
      },
    });
  }
  return out;
}

/**
 * The record could not be read: no verdict is given, and the order is not cleared. A warning
 * either way: an unread record may hold the emergency the check exists for.
 */
export function recordCard(
  problems: string[],
  ctx: CardContext,
  ordering: boolean,
): { card: Card; note: CardNote } {
  const summary = ordering
    ? 'Manual therapy not cleared: the record could not be read, so no contraindication check was made.'
    : 'VAS check not made: the record could not be read.';
  return {
    card: {
      uuid: randomUUID(),
      summary: summaryOf(summary),
      detail:
        `**No assessment**: ${ordering ? 'the order is not cleared (fail-safe).' : 'nothing was assessed.'}` +
        section(
          'What could not be read',
          problems.slice(0, 20).map((p) => `- ${md(p)}`),
        ) +
        footer(),
      indicator: 'warning',
      source: source(ctx),
      overrideReasons: ordering ? OVERRIDE_REASONS : undefined,
      links: links(ctx),
    },
    note: {
      service: ctx.service,
      kind: 'record',
      indicator: 'warning',
      rules: ['FS-2'],
      rulesVersion: RULES_VERSION,
    },
  };
}
