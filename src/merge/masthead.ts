import type { Draft } from '../extract/draft.js';
import { fileLines } from '../parse/file-text.js';

/**
 * Whether a document's line stands among page chrome: the lines with text
 * next to it, above and below, are chrome (or the page's edge), one at least.
 * A job board prints the company's name so, between `Skip to main content`
 * and `Search for Jobs`: a masthead, not a heading over content.
 */
export function standsInChrome(draft: Draft, line: number): boolean {
  const chrome = new Set(draft.doc.chrome.map((c) => c.line));
  const lines = fileLines(draft.doc.file);
  const above = neighbour(lines, line, -1);
  const below = neighbour(lines, line, 1);
  const inChrome = (at: number | undefined): boolean => at === undefined || chrome.has(at);
  return inChrome(above) && inChrome(below) && (above !== undefined || below !== undefined);
}

/** The 1-based number of the nearest line with text in one direction, if any. */
function neighbour(lines: readonly string[], line: number, step: 1 | -1): number | undefined {
  for (let at = line + step; at >= 1 && at <= lines.length; at += step) if (lines[at - 1]!.trim() !== '') return at;
  return undefined;
}

/** The words a careers site or a company's blog adds to its name (`Acme Careers`, `Acme Jobs`): the site's, not the company's. Generic data. */
const SITE_WORDS = /^(?:careers?|jobs|hiring|openings|vacancies|blog|newsroom|karriere|carrières|empleo)$/i;

/** Whether a masthead's last word names the site rather than the company. */
export const namesSite = (masthead: string): boolean => SITE_WORDS.test(masthead.split(/\s+/).at(-1) ?? '');
