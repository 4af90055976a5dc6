/**
 * A form's answers made plain before a report is read, each rewrite the same length as what
 * it replaces (offsets stay those of the text as given): a line of check boxes or radio
 * buttons becomes the label ticked, whether the labels stand after their boxes ("Dissection:
 * [ ] yes [x] no", "( ) yes (•) no") or before them ("Yes [ ] No [x]", "occluded [ ] normal
 * [x]"); an empty box alone is "no"; a cross before a name denies it ("✗ occlusion", unless
 * the form marks what applies with a cross); leader dots before an answer are a colon ("VA
 * dissection ... N"); a question answered on its line is a label ("Acute lesion on DWI?  NO");
 * a form's title line that names no finding is blank ("ACUTE STROKE MRI PROTOCOL"). Plain
 * TypeScript, no Angular.
 */

/** A check box or a radio button, ticked or not. */
const BOX = String.raw`(?:\[\s?[xX\u2713\u2714 ]?\s?\]|\(\s?[xX\u2022\u25cf* ]?\s?\)|[\u2610\u2612\u2611\u25cb\u25cf\u25c9\u25ef])`;
const TICKED =
  /^(?:\[\s?[xX\u2713\u2714]\s?\]|\(\s?[xX\u2022\u25cf*]\s?\)|[\u2612\u2611\u25cf\u25c9])$/;
const LABEL = String.raw`[A-Za-z>][\w%<>.-]*(?: [a-z][\w%<>.-]*)?`;
/** Boxes each with its label after it ("[ ] yes [x] no") or before it ("Yes [ ] No [x]"). */
const BOX_FIRST = new RegExp(String.raw`${BOX}[ \t]*${LABEL}(?:[ \t]+${BOX}[ \t]*${LABEL})+`, 'g');
const LABEL_FIRST = new RegExp(
  String.raw`${LABEL}[ \t]*${BOX}(?:[ \t]+${LABEL}[ \t]*${BOX})+`,
  'g',
);
const PAIR_BOX_FIRST = new RegExp(String.raw`(${BOX})[ \t]*(${LABEL})`, 'g');
const PAIR_LABEL_FIRST = new RegExp(String.raw`(${LABEL})[ \t]*(${BOX})`, 'g');
const BOX_OPENS = new RegExp(String.raw`^[ \t]*(?:[^:\n]{0,40}:[ \t]*)?${BOX}`);
const BOX_AT_END = new RegExp(String.raw`${BOX}[ \t]*$`);
/** An empty box left alone after a label ("Right VA: [ ]"): not ticked, no. */
const LONE_BOX = /(?<=:[ \t]*)(?:\[ ?\]|\( ?\)|\u2610|\u25cb)(?=[ \t]*(?:\n|$))/g;
const LEADER = /(?<=\w)[ \t]*\.{3,}[ \t]*(?=(?:y|n|yes|no)\b)/gi;
/** An item said present whatever its mark ("✘ left VA occlusion confirmed"). */
const SAID_PRESENT = /\b(?:confirmed|present|seen|noted|identified|demonstrated)\b/i;
/** A cross before an item, the item up to two spaces, another mark or the line's end. */
const CROSS_BEFORE =
  /[\u2717\u2718][ \t]+([a-z][^\n\u2713\u2714\u2717\u2718]*?)([ \t]{2,}(?=\S)|(?=[\u2713\u2714\u2717\u2718])|[ \t]*(?=\n|$))/gi;
const TICK_BEFORE = /[\u2713\u2714][ \t](?=[a-z])/gi;
const CROSS_ALONE = /(?<=:[ \t]*)[\u2717\u2718](?=[ \t]*(?:\n|$))/g;
/** A legend that makes a cross the form's tick ("mark all that apply with ✗", "✗ = yes"). */
const CROSS_TICKS =
  /\b(?:mark|tick|check)\w*[^\n\u2713\u2714]{0,30}?\b(?:with|using|by)\s+(?:an?\s+)?[\u2717\u2718]|[\u2717\u2718]\s*(?:=|if|for|:|denotes|means|indicates|marks)\s*(?:(?:an?\s+)?(?:finding|item)\s+)?(?:an?\s+)?(?:yes|present|positive|abnormal|applies|seen)\b|\b(?:mark|tick|check|place|put|enter|use|please)\w*\s+(?:an?\s+)?[\u2717\u2718]\s+(?:where|if|for|against|to indicate|on|next to|beside|the|all|any|each)\b(?![^\n]{0,30}\b(?:absent|not|no|negative|normal)\b)/i;
/** A legend that makes a cross a "no" ("Key: ✓ = yes, ✗ = no", "✗ = does not apply"). */
const CROSS_DENIES =
  /[\u2717\u2718]\s*(?:=|:|denotes|means|indicates|if)\s*(?:no|absent|not present|not seen|does not apply|negative|normal)\b/i;
const ANSWERED = /\?(?=[ \t]+(?:yes|no|y|n)[ \t]*(?:[.,;)]|\n|$))/gi;
const FORM_WORD = '(?:protocol|template|form|registry|checklist|worksheet|proforma|tick[- ]sheet)';
/**
 * A form's title: a short line without a sentence's marks, the form's word first or last or
 * in capitals, that names no finding but a stroke ("ACUTE STROKE MRI PROTOCOL", "Vascular
 * checklist"; not "Acute infarct in the right cerebellum per stroke protocol", "LEFT VA
 * DISSECTION - CRITICAL RESULT PROTOCOL").
 */
const TITLE_LINE = /^[^:?.\n]{1,60}$/gm;
const FORM_FIRST_OR_LAST = new RegExp(
  `^\\s*${FORM_WORD}\\b|\\b${FORM_WORD}\\s*(?:\\([^)]*\\))?\\s*$`,
  'i',
);
const FORM_IN_CAPITALS = new RegExp(`\\b${FORM_WORD.toUpperCase()}\\b`);
const PLACE_OR_SAID =
  /\b(?:left|right|bilateral|both|lt|rt|v[0-4]|c[1-7]|pica|aica|sca|pca|mca|cerebell\w*|pons|pontine|thalam\w*|territory|segment|origin|per|as per|according|notified|informed|team|result|in keeping|with|seen|entered)\b/i;
/** A finding named, then a separator before the form's words ("Acute infarct on DWI - see registry form"). */
const FINDING_THEN_FORM =
  /\b(?:infarct\w*|isch(?:a)?emi\w*|occlu\w*|occluded|dissect\w*|thromb\w*|restrict\w*|ha?emorrhag\w*|stenos[ie]s|flap|aneurysm\w*)\b[^\n]*?(?:\s[-\u2013\u2014]\s|,\s)/i;
const isTitle = (line: string): boolean =>
  !PLACE_OR_SAID.test(line) &&
  !FINDING_THEN_FORM.test(line) &&
  (FORM_FIRST_OR_LAST.test(line) || (line === line.toUpperCase() && FORM_IN_CAPITALS.test(line)));

const pad = (s: string, n: number): string =>
  s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);

/**
 * What a line's label asks of a vessel: its flow (flow, signal, filling, opacification,
 * visualisation) or its patency. There an absence ticked is an absent flow or an occlusion,
 * not a "no" ("Left VA flow: present [ ] absent [x]", "Left VA patent: yes [ ] no [x]").
 */
const FLOW_LABEL =
  /(?<!\b(?:reversed?|retrograde|turbulent|abnormal|accelerated|increased|reduced|diminished|high|collateral|disturbed|oscillating|alternating|steal|to-and-fro|delayed)[ \t]+(?:[\w-]+[ \t]+)?)\b(?:flow|signal|filling|opacifi\w*|visuali[sz]\w*|insonat\w*)\b(?![^\n]*\b(?:patent|patency|reversal|steal|turbulen\w*|acceleration)\b)/i;
/** A label that asks of a flow's kind or a lesion, not of flow itself ("Reversal of flow", "Filling defect", "Flow-limiting stenosis", "Loss of flow void"). */
const NOT_FLOW_ITSELF =
  /\b(?:revers\w*|retrograde|turbulen\w*|steal|accelerat\w*|limiting|defects?|voids?|wall|enhancement)\b/i;
const PATENT_LABEL = /\b(?:patent|patency)\b/i;
const ABSENCE = /^(?:no|n|absent|negative|none|nil|not seen|not present|not detected|zero)$/i;
const PRESENCE = /^(?:yes|y|present|positive|seen|detected|normal)$/i;

/** A ticked answer said as yes or no ("absent" → "no": "VA … absent" is no absent artery). */
function answerWord(label: string, asks: Asks): string {
  if (asks === 'flow' && ABSENCE.test(label)) return 'absent flow';
  if (asks === 'flow' && PRESENCE.test(label)) return 'flow present';
  if (asks === 'patent' && ABSENCE.test(label)) return 'occluded';
  if (asks === 'patent' && PRESENCE.test(label)) return 'patent';
  if (/^(?:no|n|absent|negative|none|normal|not seen|not present)$/i.test(label)) return 'no';
  if (/^(?:yes|y|present|positive|seen)$/i.test(label)) return 'yes';
  return label;
}
type Asks = 'flow' | 'patent' | undefined;
/** The labels ticked in a group, else "no". */
function ticked(group: string, pair: RegExp, box: 1 | 2, asks: Asks): string {
  const labels = [...group.matchAll(pair)]
    .filter((m) => TICKED.test(m[box]!))
    .map((m) => answerWord(m[box === 1 ? 2 : 1]!, asks));
  // (After its name, a yes or no is its answer: "Acute infarct on DWI   present [ ] absent [x]".)
  const said = labels.length ? labels.join(' ') : asks ? '' : 'no';
  // (An answer longer than the group keeps the group as given.)
  if (said.length + 1 > group.length) return group;
  return pad(box === 2 && /^(?:yes|no)$/.test(said) ? `:${said}` : said, group.length);
}

/** A line's boxes: labels after them unless the line ends in a box ("normal [x]"). */
function answerBoxes(line: string): string {
  // (What the line's label asks, or its boxes' own labels: "Left VA: patent [ ] not seen [x]".)
  const asks = (before: string, group: string): Asks =>
    PATENT_LABEL.test(before) || PATENT_LABEL.test(group)
      ? 'patent'
      : (FLOW_LABEL.test(before) || FLOW_LABEL.test(group)) && !NOT_FLOW_ITSELF.test(before)
        ? 'flow'
        : undefined;
  // (A line that opens with a box after its label, if any, is box first: "[x] Occlusion
  // [ ] Dissection  Other [ ]".)
  if (BOX_AT_END.test(line) && !BOX_OPENS.test(line)) {
    const out = line.replace(LABEL_FIRST, (g, at: number) =>
      ticked(g, PAIR_LABEL_FIRST, 2, asks(line.slice(0, at), g)),
    );
    if (out !== line) return out;
  }
  return line.replace(BOX_FIRST, (g, at: number) =>
    ticked(g, PAIR_BOX_FIRST, 1, asks(line.slice(0, at), g)),
  );
}

/** What any rewrite needs: a box, a tick or cross, leader dots, an answered question, a form's word. */
const MAY_BE_FORM = new RegExp(
  [
    BOX,
    '[\\u2713\\u2714\\u2717\\u2718]',
    '\\.{3,}[ \\t]*(?:y|n|yes|no)\\b',
    ANSWERED.source,
    `\\b${FORM_WORD}\\b`,
  ].join('|'),
  'i',
);

/**
 * A form's answers made plain, as long as the text given. Repeated until nothing changes: one
 * rewrite can leave a mark another then answers (" yes no\u2717\u2713 present"); each pass
 * removes marks and adds none, so it ends (the cap is a guard).
 */
export function answerForms(text: string): string {
  for (let pass = 0; pass < 16; pass++) {
    const next = answerOnce(text);
    if (next === text) break;
    text = next;
  }
  return text;
}

function answerOnce(text: string): string {
  if (!MAY_BE_FORM.test(text)) return text;
  const crossTicks = CROSS_TICKS.test(text);
  const crossDenies = CROSS_DENIES.test(text);
  return (
    text
      .split('\n')
      .map(answerBoxes)
      .join('\n')
      .replace(LONE_BOX, (box) => pad('no', box.length))
      .replace(LEADER, (dots) => pad(':', dots.length))
      // ("✗ Acute infarct" reads "Acute infarct:N", as long.)
      .replace(CROSS_BEFORE, (m: string, item: string, tail: string) =>
        pad(
          crossTicks || (!crossDenies && SAID_PRESENT.test(item))
            ? ' '.repeat(m.length - item.length - tail.length) + item
            : // (Another item after it on the line: "stenosis:N; occlusion:N".)
              `${item}:N${tail.length >= 2 ? ';' : ''}`,
          m.length,
        ),
      )
      .replace(TICK_BEFORE, '  ')
      .replace(CROSS_ALONE, () => (crossTicks ? 'Y' : 'N'))
      .replace(ANSWERED, ':')
      .replace(TITLE_LINE, (line) => (isTitle(line) ? ' '.repeat(line.length) : line))
  );
}
