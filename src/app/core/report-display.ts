/**
 * How long a report may be and still be highlighted term by term on screen. Past the limit
 * the imaging panel should show the plain text (one text node): a 1 MB report highlighted
 * per term made 42k DOM nodes and froze the tab. Owned here so features read one number.
 */
import { LIMITS } from '../../engine/case-limits';

export { canHighlightReport } from '../../engine/case-limits';
/** 20,000 characters: about ten printed pages, far above a real report (1-10 kB). */
export const REPORT_HIGHLIGHT_CHARS: number = LIMITS.highlightChars;
