import {
  ALL_RULES,
  buildFacts,
  isFindingId,
  MODALITIES,
  type CaseFile,
  type FindingId,
  type Modality,
} from '../../../engine';

/** Precaution findings of each modality, read from the engine's own rule data. */
const PRECAUTIONS: ReadonlyMap<Modality, readonly FindingId[]> = new Map(
  MODALITIES.map((m) => [
    m,
    [
      ...new Set(
        ALL_RULES.filter((r) => r.modality === m && r.effect === 'caution')
          .flatMap((r) => r.reads)
          .filter(isFindingId),
      ),
    ],
  ]),
);

/**
 * Precautions of a modality still unknown (not asked, not read from imaging): a clear verdict
 * says "Clear — N precautions not asked" rather than a bare green (issue 10).
 */
export function unaskedPrecautions(c: CaseFile, modality: Modality): string[] {
  const facts = buildFacts(c);
  const ids: string[] = (PRECAUTIONS.get(modality) ?? []).filter(
    (id) => facts.state(id) === 'unknown',
  );
  // The age precaution (under 18 or over 55) needs the date of birth.
  if (modality === 'cervical-manipulation' && !c.patient?.birthDate) ids.push('birth-date');
  return ids;
}
