/**
 * A matcher of medication names against a list (a name at the start of a word, any case,
 * Latin or Cyrillic: "Nurofen Forte", "ibuprofen 400 mg"), memoised per name (bounded): a
 * name recurs across sessions, cases and keystrokes. `patterns` are regular-expression
 * sources (plain names need no escaping beyond what they hold).
 */
export function nameMatcher(patterns: readonly string[]): (name: string) => boolean {
  const re = new RegExp(`(?:^|[^\\p{L}])(?:${patterns.join('|')})`, 'iu');
  const known = new Map<string, boolean>();
  return (name) => {
    let yes = known.get(name);
    if (yes === undefined) {
      // Accents folded ("Paracétamol", "Diclofénac"), digits parted from a name ("Ibu600").
      yes = re.test(
        name
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/(\p{L})(\d)/gu, '$1 $2'),
      );
      if (known.size >= 4096) known.clear();
      known.set(name, yes);
    }
    return yes;
  };
}

/** A literal name as a pattern source. */
export const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
