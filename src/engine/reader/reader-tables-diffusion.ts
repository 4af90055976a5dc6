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
  `^${PLACE_FIRST}(?:(?:focal|marked|true)\\s+)?(?:restrict(?:ed|ion|s)|hyperintens\\w*|high signal|bright|positive|\\+)(?![^,;]*\\b(?:absent|none|no|without|shine)\\b)`,
  'i',
);
const ADC_CELL = new RegExp(
  `^${PLACE_FIRST}(?:low|reduced|decreased|restricted|hypointens\\w*|dark)(?![^,;]*\\b(?:absent|none|no|sinus|cyst|abscess)\\b)`,
  'i',
);

const NOT_RESTRICTED =
  /shine[- ]?through|t2 effect|high adc|adc (?:normal|high|elevated|increased|unremarkable|iso\w*)|(?:isointense|normal|increased|elevated) on adc|facilitated|vasogenic|susceptibility|distortion|pres\b|encephalitis|hsv|cjd|creutzfeldt|tumefactive|\bms\b|migraine|myelinolysis|resection|post-?operative|cavity|ha?ematoma|hypoglyc\w*|status epilepticus|seizure|epilep\w*|(?:post-?)?ictal|encephalopathy|posterior reversible|lesion|\bnot\b(?! (?:present|seen|visible) on (?:the )?(?:prior|previous))|\b(?:no|nil|none|negative|excluded|absent|artefact\w*|artifact\w*|normal|quality|r?fov|physiolog\w*|chronic|old|mass|tumou?r|lymphoma|medulloblastoma|epidermoid|abscess|empyema|pus|sinus|secretions?|haemosiderin|hemosiderin|choroid|demyelinat\w*|wall|disc|modic|cyst\w*|metasta\w*)\b/i;
/** A brain place named in a diffusion cell ("left cerebellum", "PICA territory"). */
const BRAIN_PLACE =
  /\b(?:cerebell\w*|pons|pontine|medull\w*|brain ?stem|thalam\w*|occipital|vermis|midbrain|pica|aica|sca|pca|mca|aca|territor\w*|hemispher\w*|cortex|cortical|white matter|basal ganglia|capsule|lobe|parietal|frontal|temporal|insula\w*|corona radiata|centrum semiovale|caudate|putamen|lentiform)\b/i;
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
function dateOf(h: string): string {
  const d = /(\d{1,2})[./](\d{1,2})[./](\d{2,4})/.exec(h);
  if (d)
    return `${d[3]!.length === 2 ? `20${d[3]}` : d[3]}-${d[2]!.padStart(2, '0')}-${d[1]!.padStart(2, '0')}`;
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
function todayColumns(header: readonly string[] | null): Set<number> | null {
  if (!header) return null;
  const times = header.map((h, k) => (k > 0 && TIME_COLUMN.test(h) ? k : -1)).filter((k) => k > 0);
  if (times.length < 2) return null;
  const named = times.filter((k) => TODAY_COLUMN.test(header[k]!));
  if (named.length > 0) return new Set(named);
  const notPrior = times.filter((k) => !PRIOR_COLUMN.test(header[k]!));
  if (notPrior.length > 0 && notPrior.length < times.length) return new Set(notPrior);
  // Dates alone: the latest ("| 12/10/2026 | 20/11/2026 |"); none read, the first.
  let latest = times[0]!;
  for (const k of times) if (dateOf(header[k]!) > dateOf(header[latest]!)) latest = k;
  return new Set([latest]);
}

/**
 * The column of a DWI / ADC row's acute diffusion sign, or null. In a comparison table (two
 * or more time-point columns) only the first, today's, counts.
 */
export function diffusionColumn(
  row: readonly string[],
  header: readonly string[] | null,
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
    if (diffusion.test(c) && BRAIN_PLACE.test(c) && !NOT_RESTRICTED.test(c)) return k;
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
  return lines.some(
    (l) =>
      l.row !== null &&
      ADC_ROW.test(l.row.cells[0]?.text ?? '') &&
      (ADC_NOT_RESTRICTED.test(l.row.cells[column]?.text ?? '') ||
        OTHER_CAUSE.test(l.row.cells[column]?.text ?? '')),
  );
}
