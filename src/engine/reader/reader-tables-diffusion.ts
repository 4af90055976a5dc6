/**
 * Diffusion rows of a sequence table (reader-tables.ts): a DWI or ADC row whose cell says an
 * acute infarct's diffusion sign in a brain place ("| DWI | restriction, left cerebellum |"),
 * not an answer column's "no", a prior study's column, another cause (abscess, tumour,
 * encephalitis, T2 shine-through) or a table whose ADC row says the diffusion is free.
 * Plain TypeScript, no Angular.
 */

/** A diffusion row ("| DWI | restriction, left cerebellum |", "| ADC | low |"). */
const B_VALUE = '(?:\\s*\\(?b\\s*[=-]?\\s*\\d+\\)?)?';
const DWI_ROW = new RegExp(
  `^(?:dwi|diffusion(?:[- ]weighted)?(?: imaging)?|dwi\\s*[/&]\\s*adc)${B_VALUE}$`,
  'i',
);
const ADC_ROW = /^adc(?: map)?$/i;
/** A place first ("Left cerebellum: restricted"). */
const PLACE_FIRST = '(?:[^:|]{0,40}:\\s*)?';
const DIFFUSION_CELL = new RegExp(
  `^${PLACE_FIRST}(?:(?:new|acute|fresh)\\s+)?(?:(?:(?:multiple|several|small|tiny|a few|few|one|two|an?)\\s+)?(?:foc(?:i|us|al)|areas?|spots?|regions?)\\s+of\\s+)?(?:(?:focal|marked|true)\\s+)?(?:restrict(?:ed|ion|s)|hyperintens\\w*|high signal|bright|positive|\\+)(?![^,;]*\\b(?:absent|none|no|without|shine)\\b)`,
  'i',
);
const ADC_CELL = new RegExp(
  `^${PLACE_FIRST}(?:low|reduced|decreased|restricted|hypointens\\w*|dark)(?![^,;]*\\b(?:absent|none|no|sinus|cyst|abscess)\\b)`,
  'i',
);

/** Another cause of the signal, anywhere in the cell ("restriction, left cerebellum; abscess"). */
const NOT_RESTRICTED =
  /shine[- ]?through|t2 effect|high adc|adc (?:normal|high|elevated|increased|unremarkable|iso\w*)|(?:isointense|normal|increased|elevated) on adc|facilitated|vasogenic|distortion|pres\b|(?:normal|unremarkable|increased|high|elevated|raised|bright)\s+(?:on\s+)?adc|adc\s+(?:is\s+)?not\s+(?:reduced|low|restricted|dark)|no\s+(?:corresponding\s+)?adc\s+(?:correlate|change|drop|reduction|restriction)|not\s+(?:seen|confirmed|restricted)\s+on\s+adc|enhanc\w*|encephalitis|hsv|cjd|creutzfeldt|tumefactive|\bms\b|migraine|myelinolysis|resection|post-?operative|cavity|ha?ematoma|hypoglyc\w*|status epilepticus|seizure|epilep\w*|(?:post-?)?ictal|encephalopathy|posterior reversible|lesion|\b(?:artefact\w*|artifact\w*|r?fov|physiolog\w*|chronic|old|mass|tumou?r|lymphoma|medulloblastoma|epidermoid|abscess|empyema|pus|sinus|secretions?|haemosiderin|hemosiderin|choroid|demyelinat\w*|disc|modic|cyst\w*|metasta\w*)\b/i;
/**
 * Words that take the sign back in its own part of the cell, up to a comma, a semicolon or
 * "with" ("restriction not seen", "normal"; not "…, no haemorrhage"), or a part that is only a
 * denial ("restriction, none").
 */
const NOT_RESTRICTED_OWN =
  /\bnot\b(?! (?:present|seen|visible) on (?:the )?(?:prior|previous))|\b(?:no|nil|none|negative|excluded|absent|normal|quality|susceptibility|wall)\b/i;
const DENIAL_PART = /^\s*(?:no|nil|none|negative|absent|excluded|not seen|not present)\.?\s*$/i;
function takenBack(cell: string): boolean {
  const parts = cell.split(/[,;]|\s+with\s+/i);
  return (
    NOT_RESTRICTED.test(cell) ||
    NOT_RESTRICTED_OWN.test(parts[0]!) ||
    parts.some((p) => DENIAL_PART.test(p))
  );
}
/** A mass, a tumour, an abscess: another lesion that restricts diffusion (not one denied). */
const OTHER_LESION =
  /(?<!\b(?:no|not|nil|without|negative for)\s+(?:[\w-]+\s+){0,2})\b(?:mass|tumou?r|abscess|empyema|epidermoid|lymphoma|metasta\w*|medulloblastoma|glioma|neoplas\w*|ring[- ]enhanc\w*|rim[- ]enhanc\w*|encephalitis|demyelinat\w*|cyst)\b/i;
/** Rows that say what the lesion is ("Impression", "Diagnosis", "Lesion", "Finding", the place). */
const LESION_ROW =
  /^(?:impression|diagnosis|conclusion|lesion|findings?|location|site|territory|dwi|adc|post-?contrast|post-?gad\w*|t1\b|contrast|gadolinium|enhancement)/i;
/** A row that names the place of the table's finding ("| Location | left cerebellar hemisphere |"). */
const PLACE_ROW = /^(?:location|site|territory|region|locali[sz]ation|distribution)$/i;
/** A brain place named in a diffusion cell ("left cerebellum", "PICA territory"). */
const BRAIN_PLACE =
  /\b(?:posterior (?:fossa|circulation)|cerebell\w*|pons|pontine|medull\w*|brain ?stem|thalam\w*|occipital|vermis|midbrain|pica|aica|sca|pca|mca|aca|territor\w*|hemispher\w*|cortex|cortical|white matter|basal ganglia|capsule|lobe|parietal|frontal|temporal|insula\w*|corona radiata|centrum semiovale|caudate|putamen|lentiform)\b/i;
/** A checklist's answer cell saying no ("| DWI | restriction | N |"). */
const ANSWERED_NO =
  /^(?:n|no|none|nil|absent|negative|not seen|not present|[-\u2013\u2014]|0)\.?$/i;

/** An answer column ("Y/N", "Present", "Result"): its "no" answers the row. */
const ANSWER_COLUMN =
  /^(?:y\s*\/\s*n|yes\s*\/\s*no|present\??|result|answer|\+\s*\/\s*-|finding present)$/i;
/** A column of a time point ("Today", "Prior (2024)", "20/11/2026"): a comparison table. */
const TIME_COLUMN =
  /\b(?:today|current|now|prior|previous|before|baseline|follow-?up)\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b(?:19|20)\d\d\b/i;

/** A header's date as yyyy-mm-dd ("20/11/2026", "10/2026", "2024"), '' when none. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
function dateOf(h: string): string {
  const iso = /\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b/.exec(h);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const d = /(\d{1,2})[./](\d{1,2})[./](\d{2,4})/.exec(h);
  if (d)
    return `${d[3]!.length === 2 ? `20${d[3]}` : d[3]}-${d[2]!.padStart(2, '0')}-${d[1]!.padStart(2, '0')}`;
  // "20 Nov 2026", "Oct 2026", "Nov 20, 2026", "20-Nov-2026"
  const named =
    /(?:\b(\d{1,2})[\s-]+)?\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[\s-]+(\d{1,2}))?,?[\s-]+((?:19|20)\d\d)\b/i.exec(
      h,
    );
  if (named) {
    const month = String(MONTHS.indexOf(named[2]!.toLowerCase()) + 1).padStart(2, '0');
    return `${named[4]}-${month}-${(named[1] ?? named[3] ?? '00').padStart(2, '0')}`;
  }
  const slash = /\b((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})\b/.exec(h);
  if (slash) return `${slash[1]}-${slash[2]!.padStart(2, '0')}-${slash[3]!.padStart(2, '0')}`;
  const m = /(\d{1,2})[./]((?:19|20)\d\d)/.exec(h);
  if (m) return `${m[2]}-${m[1]!.padStart(2, '0')}-00`;
  const y = /\b((?:19|20)\d\d)\b/.exec(h);
  return y ? `${y[1]}-00-00` : '';
}
const PRIOR_COLUMN = /\b(?:prior|previous|before|baseline|old|earlier)\b/i;
const TODAY_COLUMN = /\b(?:today|current|now|this study)\b/i;
/**
 * In a comparison table (two or more time-point columns): today's columns ("Today", "Current",
 * else those not named prior; with dates alone, the first). Null when it is no comparison.
 */
export function todayColumns(header: readonly string[] | null): Set<number> | null {
  if (!header) return null;
  const times = header.map((h, k) => (k > 0 && TIME_COLUMN.test(h) ? k : -1)).filter((k) => k > 0);
  if (times.length < 2) return null;
  const named = times.filter((k) => TODAY_COLUMN.test(header[k]!));
  if (named.length > 0) return new Set(named);
  const notPrior = times.filter((k) => !PRIOR_COLUMN.test(header[k]!));
  if (notPrior.length > 0 && notPrior.length < times.length) return new Set(notPrior);
  // Dates alone: the latest ("| 12/10/2026 | 20/11/2026 |"); when they cannot be told apart,
  // no comparison (every column read: a prior finding read as today's, not today's lost).
  let latest = times[0]!;
  for (const k of times) if (dateOf(header[k]!) > dateOf(header[latest]!)) latest = k;
  const last = dateOf(header[latest]!);
  if (last === '' || times.some((k) => k !== latest && dateOf(header[k]!) === last)) return null;
  return new Set([latest]);
}

/** Today's cell says the earlier one's finding goes on ("unchanged", "stable", "idem"). */
const GOES_ON =
  /^\s*(?:(?:essentially|largely|grossly)\s+)?(?:unchanged|stable|persist\w*|as before|as previously|no (?:significant |interval |definite )?change|idem|same|similar|no different)\b/i;
/** …unless it says what changed ("stable size, no longer restricting", "same, now recanalised"). */
const CHANGED =
  /\b(?:no longer|resolved|recanali[sz]ed|normali[sz]ed|pseudo-?normali[sz]ed|no (?:restriction|flap(?! (?:extension|propagation|progression))|occlusion)|healed|patent|chronic|now normal|normal flow|not restricted)\b/i;
/** A part of today's cell about another vessel ("…; contralateral VA patent", "basilar normal flow"). */
const OTHER_VESSEL =
  /\b(?:contralateral|other|opposite|basilar|collaterals?|muscular|distal vessel|(?:left|right|lt|rt|l|r)\s+(?:ica|cca|pca))\b/i;
const SIDE_VA = /\b(left|right|lt|rt|l|r)\s+(?:va|vertebral|v[0-4])\b/i;
const sideOf = (s: string): string | undefined => SIDE_VA.exec(s)?.[1]?.[0]?.toLowerCase();
/** Whether a part of today's cell says the row's finding changed (not another vessel's). */
function changed(cell: string, row: string): boolean {
  const own = sideOf(row) ?? /\b(left|right)\b/i.exec(row)?.[1]?.[0]?.toLowerCase();
  return cell.split(/[,;]/).some((part) => {
    const side = sideOf(part);
    const other =
      OTHER_VESSEL.test(part) || (side !== undefined && own !== undefined && side !== own);
    return !other && CHANGED.test(part);
  });
}
/**
 * The earlier time-point columns of a comparison table whose words are of a past study only:
 * not a column of comments or changes, nor one whose finding today's cell says goes on.
 */
export function priorColumns(header: readonly string[] | null, row: readonly string[]): number[] {
  const today = todayColumns(header);
  if (!today || !header) return [];
  if ([...today].some((k) => GOES_ON.test(row[k] ?? '') && !changed(row[k] ?? '', row[0] ?? '')))
    return [];
  return header
    .map((h, k) => (k > 0 && TIME_COLUMN.test(h) && !today.has(k) ? k : -1))
    .filter((k) => k > 0);
}

/**
 * The column of a DWI / ADC row's acute diffusion sign, or null. In a comparison table (two
 * or more time-point columns) only the first, today's, counts.
 */
type Lines = readonly { row: { cells: readonly { text: string }[] } | null }[];
/**
 * The table's finding has a brain place though its cell names none: the column's header names
 * it ("| Seq | Right cerebellum | Left cerebellum |"), a place row does, or (for a DWI row) the
 * table's ADC row is low in the same column: a true restriction.
 */
function placedElsewhere(
  header: readonly string[] | null,
  lines: Lines,
  k: number,
  dwi: boolean,
): boolean {
  // (Not when the table's header or its lesion's rows name another cause: a mass, an
  // epidermoid, an abscess; not "no mass lesion", nor an old lacune in a row of its own.)
  if ((header ?? []).some((h) => OTHER_LESION.test(h))) return false;
  if (
    lines.some(
      (l) =>
        LESION_ROW.test(l.row?.cells[0]?.text ?? '') &&
        l.row!.cells.some((c, j) => j > 0 && OTHER_LESION.test(c.text)),
    )
  )
    return false;
  if (header && BRAIN_PLACE.test(header[k] ?? '')) return true;
  const cellOf = (l: Lines[number]) => l.row?.cells[k]?.text ?? '';
  // A place row decides ("| Location | mastoid |" is no brain place).
  const place = lines.find((l) => PLACE_ROW.test(l.row?.cells[0]?.text ?? ''));
  if (place) return BRAIN_PLACE.test(cellOf(place)) && !takenBack(cellOf(place));
  return (
    dwi &&
    lines.some(
      (l) =>
        ADC_ROW.test(l.row?.cells[0]?.text ?? '') &&
        ADC_CELL.test(cellOf(l)) &&
        !takenBack(cellOf(l)),
    )
  );
}

export function diffusionColumn(
  row: readonly string[],
  header: readonly string[] | null,
  lines: Lines = [],
): number | null {
  const label = row[0] ?? '';
  const diffusion = DWI_ROW.test(label) ? DIFFUSION_CELL : ADC_ROW.test(label) ? ADC_CELL : null;
  if (!diffusion) return null;
  const answered = row.some(
    (c, k) => k > 0 && ANSWERED_NO.test(c) && (!header || ANSWER_COLUMN.test(header[k] ?? '')),
  );
  if (answered) return null;
  const today = todayColumns(header);
  for (let k = 1; k < row.length; k++) {
    if (today && !today.has(k)) continue;
    const c = row[k]!;
    if (
      diffusion.test(c) &&
      !takenBack(c) &&
      (BRAIN_PLACE.test(c) || placedElsewhere(header, lines, k, diffusion === DIFFUSION_CELL))
    )
      return k;
  }
  return null;
}

/** An ADC cell that says so first ("not reduced", "bright (facilitated diffusion)", "raised"). */
const ADC_NOT_RESTRICTED =
  /^\s*(?:not (?:restricted|reduced|low)|no (?:reduction|restriction|corresponding low)|increased|elevated|high|raised|normal|unremarkable|iso\w*|bright|facilitated|hyperintense)/i;
/** Another cause of the signal, said in the ADC row ("restricted; HSV encephalitis"). */
const OTHER_CAUSE =
  /\b(?:encephalitis|hsv|cjd|creutzfeldt|abscess|empyema|tumou?r|lymphoma|pres|posterior reversible|seizure|status epilepticus|demyelinat\w*|ha?ematoma)\b/i;
/** The table's ADC row says, in the DWI finding's column, that diffusion is not restricted. */
export function adcAgainst(
  lines: readonly { row: { cells: readonly { text: string }[] } | null }[],
  column: number,
): boolean {
  return lines.some((l) => {
    if (l.row === null || !ADC_ROW.test(l.row.cells[0]?.text ?? '')) return false;
    const cell = l.row.cells[column]?.text ?? '';
    // (Not when a later part is low in a brain place: "increased in the old right frontal
    // infarct, reduced in the right cerebellum".)
    const lowPart = cell
      .split(/[,;]/)
      .slice(1)
      .some((p) => ADC_CELL.test(p.trim()) && BRAIN_PLACE.test(p));
    return (ADC_NOT_RESTRICTED.test(cell) && !lowPart) || OTHER_CAUSE.test(cell);
  });
}
