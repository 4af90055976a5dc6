/**
 * Duplex worksheets written as tables ("| VA PSV, cm/s | 52 | 0 |", "| VA flow | antegrade |
 * not registered |", or cells between tabs): a side of no flow in a row of peak velocities or of flow, named by the
 * row's first cell or by its column's header. The clause reader splits a table at its pipes,
 * so a value cell never meets its label there; this reads the rows whole. It only adds
 * occlusion readings (FS-7: text only warns). Plain TypeScript, no Angular.
 */
import type { FindingId } from '../finding-ids';

export interface TableReading {
  finding: FindingId;
  start: number;
  end: number;
}

/** What may name the artery or side before a label ("VA", "left vertebral artery", "V2"). */
const WHERE = '(?:(?:va|vertebral(?: artery)?|v[1-4]|left|right|lt|rt|l|r|in|the)\\s+)*';
/** After a label: its unit or a note ("PSV, cm/s", "Flow (colour Doppler)"). */
const UNIT =
  '(?:,?\\s*[(\\[]?(?:cm|m)\\/s(?:ec)?[)\\]]?|\\s*\\((?:colou?r |spectral |pw )?doppler\\))?';
/** A row label that only names a side or the artery ("left", "R", "VA"). */
const SIDE_LABEL = new RegExp(`^${WHERE}$`, 'i');
/** A whole label of peak systolic velocity (not end-diastolic or mean). */
const PEAK = new RegExp(
  `^${WHERE}(?:psv|vps|vmax|v max|peak systolic velocity|peak velocity|systolic velocity)${UNIT}$`,
  'i',
);
/** A whole label of flow ("VA flow", "Blood flow", "Flow signal"): not flow limitation etc. */
const FLOW = new RegExp(
  `^${WHERE}(?:blood\\s+)?flow(?:\\s+(?:signal|in\\s+(?:the\\s+)?(?:va|vertebral artery|v[1-4])))?${UNIT}$`,
  'i',
);
const ZERO = /^0(?:[.,]0+)?(?:\s*(?:cm|m)\/s(?:ec)?)?$/i;
const NO_FLOW =
  /^(?:absent|none|nil|no|no flow|0(?:[.,]0+)?|not (?:registered|detected|seen|recorded|obtained|found|located|visuali[sz]ed|identified)|undetectable|occluded)$/i;
/** Another artery named by a column's header ("| | ICA | VA |"): not the VA's column. */
const OTHER_ARTERY =
  /\b(?:carotid|ica|eca|cca|subclavian|jugular|basilar|aort\w*|innominate|mca|pca|aca)\b/i;

/** Cells of a table row ("| a | b |", or "a | b | c"): null when it is not one. */
function cells(line: string): string[] | null {
  // A table pasted with tabs between its cells ("PSV, cm/s\t45\t0").
  if (!line.includes('|') && (line.match(/\t/g)?.length ?? 0) >= 2)
    return line.split(/\t+/).map((c) => c.trim());
  let s = line.trim();
  if ((s.match(/\|/g)?.length ?? 0) < 2) return null;
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|')) s = s.slice(0, -1);
  return s.split('|').map((c) => c.trim());
}

/** Rows of tables in `text` that show a side of no flow. */
export function readTables(text: string): TableReading[] {
  if (!text.includes('|') && !text.includes('\t')) return [];
  const out: TableReading[] = [];
  let header: string[] | null = null;
  let headerKind = '';
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const row = cells(line);
    if (!row) {
      header = null;
      continue;
    }
    if (row.every((c) => /^[-:\s]*$/.test(c))) continue; // a markdown rule "|---|---|"
    // A new table when the kind of row (tabs or pipes) or the number of cells changes.
    const kind = line.includes('|') ? 'pipe' : 'tab';
    if (header && (kind !== headerKind || row.length !== header.length)) header = null;
    if (!header) {
      header = row;
      headerKind = kind;
      // A header row can itself be a data row ("| VA PSV, cm/s | 52 | 0 |" with no header).
    }
    const label = row[0] ?? '';
    // The row's label, or its column's header under a side or artery row label.
    const side = SIDE_LABEL.test(`${label} `);
    for (let k = 1; k < row.length; k++) {
      const cell = row[k]!;
      const column = header === row ? '' : (header[k] ?? '');
      if (OTHER_ARTERY.test(column)) continue;
      const peak = PEAK.test(label) || (side && PEAK.test(column));
      const flow = FLOW.test(label) || (side && FLOW.test(column));
      // A peak velocity of zero, or "not detected" / "absent" / "no flow" in its place.
      if ((peak && (ZERO.test(cell) || NO_FLOW.test(cell))) || (flow && NO_FLOW.test(cell))) {
        out.push({ finding: 'vertebral-artery-narrowing', start, end: start + line.length });
        break;
      }
    }
  }
  return out;
}
