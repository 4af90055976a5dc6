/**
 * Worksheets written as tables ("| VA PSV, cm/s | 52 | 0 |", cells between tabs, or columns
 * aligned with spaces): a side of no flow in a row of peak velocities or of flow; a VA row's
 * stenosis under a stenosis column; a reduction in a head-rotation row; uncovertebral
 * degeneration under its column in a level table. A value cell is read with its row's first
 * cell and its column's header, which the clause reader never brings together. The header's
 * own words ("Stenosis (NASCET)", "Plaque") are column names, not findings (`headers`).
 * Plain TypeScript, no Angular.
 */
import type { FindingId } from '../finding-ids';
import { adcAgainst, diffusionColumn, priorColumns } from './reader-tables-diffusion';

export interface TableReading {
  finding: FindingId;
  start: number;
  end: number;
  /** No flow at all (an occlusion, brief §9); else a narrowing or a finding of its own. */
  occlusion: boolean;
  /** An acute finding (a DWI row's restriction). */
  acute?: boolean;
}

/** A header row of a table and its cells' spans (column names, not findings). */
export interface TableHeader {
  start: number;
  end: number;
  cells: readonly { text: string; start: number; end: number }[];
}

/** What may name the artery or side before a label ("VA", "left vertebral artery", "V2"). */
const WHERE = '(?:(?:va|vertebral(?: artery)?|verts?|v[1-4]|left|right|lt|rt|l|r|in|the)\\s+)*';
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
  `^${WHERE}(?:(?:(?:blood|colou?r|doppler|spectral)\\s+)?flow(?:\\s+(?:signal|direction|in\\s+(?:the\\s+)?(?:va|vertebral artery|v[1-4])))?|waveform|(?:doppler|spectral)\\s+signal)${UNIT}$`,
  'i',
);
const ZERO = /^0(?:[.,]0+)?(?:\s*(?:cm|m)\/s(?:ec)?)?$/i;
const NO_FLOW =
  /^(?:absent|none|nil|no|no flow|0(?:[.,]0+)?|not (?:registered|detected|seen|recorded|obtained|found|located|visuali[sz]ed|identified)|undetectable|occluded)$/i;

/** Another artery named by a column's header ("| | ICA | VA |"): not the VA's column. */
const OTHER_ARTERY =
  /\b(?:carotid|ica|eca|cca|subclavian|jugular|basilar|aort\w*|innominate|mca|pca|aca)\b/i;

/** A VA row ("L VA origin", "Left vertebral V2"), not another artery's. */
const VA_ROW = /\b(?:va|vas|vertebral|verts?|v[0-4])\b/i;
/** A stenosis column ("Stenosis (NASCET)", "% stenosis", "Narrowing"). */
const STENOSIS_COLUMN = /\b(?:stenos[ie]s|narrowing|grade)\b|%/i;
/** A value of stenosis: a percentage above 0, a range, a grade, an occlusion. */
const STENOSIS_VALUE =
  /(?:^|[^\d.,])(?:[1-9]\d?(?:[.,]\d+)?|100)\s*(?:[-\u2013]\s*\d+\s*)?%|^[<>\u2264\u2265]\s*\d+\s*%|\b(?:mild|moderate|severe|significant|critical|high-?grade|subtotal|near-?occlu\w*|occlu\w*|string)\b/i;
/** A plaque column ("Plaque", "Atheroma"). */
const PLAQUE_COLUMN = /\b(?:plaques?|atheroma\w*|atheroscl\w*)\b/i;
/** A head position (a dynamic duplex: rotation, extension). */
const POSITION_ROW = /\b(?:rotat\w*|turn\w*|extension|flexion|provocation|tilt\w*)\b/i;
const REDUCED_CELL =
  /\b(?:reduc\w*|decreas\w*|diminish\w*|drop\w*|dampen\w*|loss|lost|absent|no (?:detectable )?flow|not detected|undetectable|occlu\w*|cessation|ceas\w*)\b/i;
/** The uncovertebral joints' column of a level table. */
const UNCOVERTEBRAL_COLUMN = /\b(?:unco-?vertebral|uncinate|luschka|uv)\b/i;
const DEGENERATION_CELL =
  /\b(?:spur\w*|osteophyt\w*|arthro\w*|hypertroph\w*|degenerat\w*|sclero\w*|mild|moderate|severe|marked|advanced)\b/i;
/** A first cell naming a side's VA ("Left VA", "Rt vert"): a data row's label. */
const sideVa = (label: string | undefined): boolean =>
  VA_ROW.test(label ?? '') &&
  /\b(?:left|right|lt|rt|l|r)\b/i.test(
    (label ?? '').replace(
      /\b(?:r\s*\/\s*l|l\s*\/\s*r|left\s*\/\s*right|right\s*\/\s*left)\b/gi,
      '',
    ),
  );
/** A cell that holds a value, not a column's name ("45", "none", "70%", "mild"). */
const VALUE_CELL =
  /\d|%|\b(?:none|nil|normal|occlu\w*|mild|moderate|severe|absent|present|yes|no|patent)\b/i;
/** A cell that says nothing is there. */
const NOTHING =
  /^(?:(?:normal|none|nil|no|not|absent|negative|unremarkable)(?:\s+(?:seen|detected|identified|present|assessable|plaque|spurring|stenosis|occlu\w*|degeneration|sclerosis|arthrosis|changes?|osteophytes?|hypertrophy|abnormality|significant(?:\s+\w+)?))?\.?(?:\s*\((?:<\s*50|0\s*[-\u2013]\s*49)\s*%\))?|n|[-\u2013\u2014]+|0\s*%?|<\s*50\s*%|0\s*[-\u2013]\s*49\s*%|n\/?a|patent|preserved)$/i;
/** A VA row's cell of no flow, under any column ("| Left VA | no flow |" under Stenosis). */
const NO_FLOW_CELL =
  /^(?:no (?:detectable |colou?r |doppler |spectral )?(?:flow|signal)(?: signal)?|absent (?:colou?r )?flow|flow absent|not visuali[sz]ed|non-?visuali[sz]ed|occluded|occlusion)\.?$/i;
/** A row at rest, the baseline of a dynamic duplex ("Neutral", "Baseline", "Head straight"). */
const NEUTRAL_ROW =
  /^(?:neutral|baseline|rest|resting|at rest|pre-?rotation|supine|sitting|midline|(?:head|neck)\s+(?:in\s+)?(?:straight|neutral|midline)|0\s*(?:deg|°))/i;
/** A rest row that is not a head position ("Supine, rotation left" is one). */
const isRest = (label: string): boolean =>
  NEUTRAL_ROW.test(label) &&
  (!POSITION_ROW.test(label) || /\b(?:before|pre|after|post)[- ]?rotat\w*/i.test(label));
/** The number a cell starts with ("47", "21 cm/s, no loss of signal"). */
const leadingNumber = (cell: string): number | null => {
  const m = /^(\d+(?:[.,]\d+)?)\b/.exec(cell);
  return m ? Number(m[1]!.replace(',', '.')) : null;
};
/** A measure naming the peak velocity. */
const PEAK_WORD = /^(?:psv|vps|vmax|peak|max|systolic|ps)$/i;
/**
 * Which figure of a column's cells is the peak velocity: "PSV" 0, "EDV/PSV" 1, "max/mean" 0;
 * a column naming no measure (a VA column) 0; null when the column has no peak figure ("RI
 * (PSV-EDV)/PSV" is a ratio).
 */
function peakIndex(column: string): number | null {
  const measures = column
    .replace(/\((?![^)]*\/)[^)]*\)/g, ' ')
    .match(
      /\b(?:psv|vps|vmax|peak|max|systolic|ps|edv|ed|end[- ]?diastolic|ri|resistive|pi|pulsatility|mean|vmean|vmin|min|tamv|tamax|volume|diameter)\b/gi,
    );
  if (!measures) return 0;
  if (/^(?:ri|resistive|pi|pulsatility)$/i.test(measures[0]!)) return null;
  const i = measures.findIndex((w) => PEAK_WORD.test(w));
  return i === -1 ? null : i;
}
/** A peak velocity on rotation half of the same column's at rest, or less: a narrowing. */
const ROTATION_DROP = 0.5;

/** Cells of a table row with their offsets in the line: null when it is not one. */
function cells(line: string): { kind: string; cells: { text: string; at: number }[] } | null {
  const split = (re: RegExp, kind: string) => {
    const out: { text: string; at: number }[] = [];
    let from = 0;
    for (const m of line.matchAll(re)) {
      out.push({ text: line.slice(from, m.index), at: from });
      from = m.index + m[0].length;
    }
    out.push({ text: line.slice(from), at: from });
    return {
      kind,
      cells: out
        .map((c) => ({
          text: c.text.trim(),
          at: c.at + (c.text.length - c.text.trimStart().length),
        }))
        .filter((c, i, all) => kind !== 'pipe' || (i > 0 && i < all.length - 1) || c.text !== ''),
    };
  };
  // A table pasted with tabs between its cells ("PSV, cm/s\t45\t0").
  if (!line.includes('|') && (line.match(/\t/g)?.length ?? 0) >= 2) return split(/\t+/g, 'tab');
  if ((line.match(/\|/g)?.length ?? 0) >= 2) return split(/\|/g, 'pipe');
  // A diffusion row without borders ("DWI | restriction, left cerebellum").
  if (/^\s*(?:dwi|adc|diffusion)\b[^|]{0,20}\|[^|]/i.test(line)) return split(/\|/g, 'pipe');
  // Columns aligned with spaces: three cells or more, short, none a sentence.
  if (!line.includes('\t') && / {2,}/.test(line.trim())) {
    const row = split(/ {2,}/g, 'space');
    row.cells = row.cells.filter((c) => c.text !== '');
    if (
      row.cells.length >= 3 &&
      row.cells.every((c) => c.text.length <= 40 && !/[.!?]\s|[.!?]$/.test(c.text))
    )
      return row;
  }
  return null;
}

/** Tables in `text`: the readings of their rows and their header rows. */
export function readTableBlocks(text: string): {
  rows: TableReading[];
  headers: TableHeader[];
  /** Cells of a comparison table's earlier columns ("| DWI | restricted … | no restriction |"
   * under "| Sequence | Prior | Current |"): what they say is of a past study. */
  prior: { start: number; end: number }[];
} {
  const prior: { start: number; end: number }[] = [];
  const rows: TableReading[] = [];
  const headers: TableHeader[] = [];
  if (!text.includes('|') && !text.includes('\t') && !/\S {2,}\S/.test(text))
    return { rows, headers, prior };
  const lines: { start: number; line: string; row: ReturnType<typeof cells> }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, line, row: cells(line) });
    at += line.length + 1;
  }
  let header: string[] | null = null;
  let headerless = false;
  let headerKind = '';
  let pending: TableHeader | null = null;
  /** The values of the table's row at rest (a dynamic duplex's baseline). */
  let baseline: readonly string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const { start, line, row: parsed } = lines[i]!;
    if (!parsed) {
      header = null;
      pending = null;
      continue;
    }
    const row = parsed.cells.map((c) => c.text);
    if (row.every((c) => /^[-:\s]*$/.test(c))) continue; // a markdown rule "|---|---|"
    // A new table when the kind of row or the number of cells changes.
    // (A row of a table aligned with spaces with an empty cell cannot be placed: skipped.)
    if (
      header &&
      parsed.kind === 'space' &&
      headerKind === 'space' &&
      row.length !== header.length
    ) {
      // Still a row under the header: the header is one.
      if (pending) headers.push(pending);
      pending = null;
      continue;
    }
    if (header && (parsed.kind !== headerKind || row.length !== header.length)) {
      header = null;
      pending = null;
    }
    if (!header) {
      // A table aligned with spaces needs a row under its header with as many cells.
      const next = lines[i + 1]?.row;
      if (parsed.kind === 'space' && (next?.kind !== 'space' || next.cells.length !== row.length))
        continue;
      header = row;
      headerKind = parsed.kind;
      // A first row that is data ("| Left VA origin | 80% stenosis |", or two rows of sides):
      // the table has no header; its cells are read alone.
      headerless =
        sideVa(parsed.cells[0]?.text) &&
        (row.slice(1).some((c) => VALUE_CELL.test(c)) || sideVa(lines[i + 1]?.row?.cells[0]?.text));
      pending = {
        start,
        end: start + line.length,
        // Only columns whose values this reads: their name is no finding of its own.
        cells: (headerless ? [] : parsed.cells)
          .filter(
            (c) =>
              (STENOSIS_COLUMN.test(c.text) || PLAQUE_COLUMN.test(c.text)) && !/\d/.test(c.text),
          )
          .map((c) => ({ text: c.text, start: start + c.at, end: start + c.at + c.text.length })),
      };
      // A header row can itself be a data row ("| VA PSV, cm/s | 52 | 0 |" with no header).
    } else if (pending) {
      // A header is a header once a row stands under it.
      headers.push(pending);
      pending = null;
    }
    // A new header starts a new table; its row at rest (above or below the position rows)
    // is their baseline.
    if (header === row) baseline = restRow(lines, i, parsed.kind, row.length);
    else if (isRest(row[0] ?? '')) baseline = row;
    // The table's own rows: the lines of rows around this one ("Previous MRI 2023:\n| ADC |
    // normal |" after a blank line is another table).
    let from = i;
    let to = i + 1;
    while (from > 0 && lines[from - 1]!.row) from--;
    while (to < lines.length && lines[to]!.row) to++;
    const table = lines.slice(from, to);
    if (header && header !== row && !headerless)
      for (const k of priorColumns(header, row)) {
        const c = parsed.cells[k];
        if (c) prior.push({ start: start + c.at, end: start + c.at + c.text.length });
      }
    const found = readRow(row, header === row || headerless ? null : header, baseline, table);
    // A DWI row's signal the table's own ADC row explains ("| ADC | increased (no restriction) |").
    if (found?.column !== undefined && adcAgainst(table, found.column)) continue;
    if (found)
      rows.push({
        finding: found.finding,
        occlusion: found.occlusion,
        ...(found.acute ? { acute: true } : {}),
        start,
        end: start + line.length,
      });
  }
  return { rows, headers, prior };
}

/** The values of the rest row among the rows under a header at line `i`, else null. */
function restRow(
  lines: readonly { row: ReturnType<typeof cells> }[],
  i: number,
  kind: string,
  width: number,
): string[] | null {
  for (let j = i + 1; j < lines.length && j < i + 30; j++) {
    const r = lines[j]!.row;
    if (!r || r.kind !== kind || r.cells.length !== width) return null;
    if (isRest(r.cells[0]?.text ?? '')) return r.cells.map((c) => c.text);
  }
  return null;
}

/** What one row says, read with its label (first cell) and its columns' headers. */
function readRow(
  row: readonly string[],
  header: readonly string[] | null,
  baseline: readonly string[] | null,
  lines: readonly { row: { cells: readonly { text: string }[] } | null }[],
): { finding: FindingId; occlusion: boolean; acute?: boolean; column?: number } | null {
  const label = row[0] ?? '';
  // "| DWI | restriction, left cerebellum |": an acute infarct's diffusion sign.
  const column = diffusionColumn(row, header, lines);
  if (column !== null) return { finding: 'stroke', occlusion: false, acute: true, column };
  const side = SIDE_LABEL.test(`${label} `);
  const position = POSITION_ROW.test(label);
  // A row whose cells are values of its columns: a side, a head position, the rest position.
  const values = side || position || isRest(label);
  for (let k = 1; k < row.length; k++) {
    const cell = row[k]!;
    const column = header?.[k] ?? '';
    if (OTHER_ARTERY.test(column) || OTHER_ARTERY.test(label)) continue;
    const peak = PEAK.test(label) || (values && PEAK.test(column));
    const flow = FLOW.test(label) || (values && FLOW.test(column));
    // A peak velocity of zero, or "not detected" / "absent" / "no flow" in its place.
    if ((peak && (ZERO.test(cell) || NO_FLOW.test(cell))) || (flow && NO_FLOW.test(cell)))
      return { finding: 'vertebral-artery-narrowing', occlusion: true };
    // "Rotation left | 46 | 12 (marked reduction)" in a VA study.
    const vaColumn = VA_ROW.test(column) || !header || SIDE_LABEL.test(`${column} `);
    if (
      position &&
      vaColumn &&
      REDUCED_CELL.test(cell) &&
      !/\b(?:no|without)\s+(?:significant\s+)?(?:reduction|change|decrease|drop|loss)|\bnot\s+(?:reduced|decreased|significant)/i.test(
        cell,
      )
    )
      return {
        finding: 'vertebral-artery-narrowing',
        // "0 (flow ceased)" on rotation: no flow at all.
        occlusion:
          /\b(?:ceas\w*|cessation|no (?:detectable )?flow|not detected|undetectable|absent|occlu\w*)\b|^0\b/i.test(
            cell,
          ),
      };
    // "Rotation left | 47 | 12" against "Neutral | 48 | 46": half the velocity at rest or less.
    const at = position && (vaColumn || PEAK.test(column)) ? peakIndex(column) : null;
    const now = at === null ? null : leadingNumber(cell.split('/')[at] ?? '');
    const before = at === null ? null : leadingNumber(baseline?.[k]?.split('/')[at] ?? '');
    if (now !== null && before !== null && before > 0 && now <= before * ROTATION_DROP)
      return { finding: 'vertebral-artery-narrowing', occlusion: now === 0 };
    // "| Left VA | no flow |" under any column.
    if (VA_ROW.test(label) && NO_FLOW_CELL.test(cell))
      return { finding: 'vertebral-artery-narrowing', occlusion: true };
    if (NOTHING.test(cell)) continue;
    // "L VA origin | 265 | 82 | 70-99%" under "Stenosis"; "60" under "% stenosis".
    const percent = column.includes('%') && /^(?:[1-9]\d?(?:[.,]\d+)?|100)$/.test(cell);
    if (
      VA_ROW.test(label) &&
      STENOSIS_COLUMN.test(column) &&
      (STENOSIS_VALUE.test(cell) || percent)
    )
      return {
        finding: 'vertebral-artery-narrowing',
        occlusion: /\b(?:occlu\w*|100\s*%?$)/i.test(cell),
      };
    // "L VA | calcified" under "Plaque".
    if (VA_ROW.test(label) && PLAQUE_COLUMN.test(column))
      return { finding: 'vertebral-artery-atherosclerosis', occlusion: false };
    // "C5-C6 | mild bulge | bilateral spurring" under "Uncovertebral joints".
    if (UNCOVERTEBRAL_COLUMN.test(column) && DEGENERATION_CELL.test(cell))
      return { finding: 'uncovertebral-arthrosis', occlusion: false };
  }
  return null;
}

/** Rows of tables in `text` that read as a finding (see readTableBlocks). */
export function readTables(text: string): TableReading[] {
  return readTableBlocks(text).rows;
}
