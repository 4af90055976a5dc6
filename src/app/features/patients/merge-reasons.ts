import type { Reason } from '../../../engine';

const DETAIL = /^(.*) \(([^()]*)\)$/;

/**
 * One line for several reasons of the same rule that differ only in their trailing detail:
 * "… (Diplopia)" and "… (Dysarthria)" read "… (Diplopia; Dysarthria)". Order is kept; reasons
 * with points, or whose texts differ otherwise, stay as they are. Display only.
 */
export function mergeReasons(reasons: readonly Reason[]): Reason[] {
  const out: Reason[] = [];
  const at = new Map<string, { index: number; base: string; details: string[] }>();
  for (const r of reasons) {
    const m = r.points ? null : DETAIL.exec(r.text);
    const key = m ? `${r.rule}\u0000${m[1]}` : null;
    const hit = key ? at.get(key) : undefined;
    if (m && hit) {
      hit.details.push(m[2]!);
      const prev = out[hit.index]!;
      out[hit.index] = {
        ...prev,
        text: `${hit.base} (${hit.details.join('; ')})`,
        findings: [...(prev.findings ?? []), ...(r.findings ?? [])],
      };
      continue;
    }
    if (m && key) at.set(key, { index: out.length, base: m[1]!, details: [m[2]!] });
    out.push(r);
  }
  return out;
}
