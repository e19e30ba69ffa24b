import type { TextLine } from './text-lines.js';
import type { ChromeLine } from './types.js';

/**
 * An encyclopedia article copied as text (Wikipedia and its mirrors): its
 * citation marks (`[12]`, `[citation needed]`), `[edit]` links after
 * headings and the infobox's computed age (`1987; 38 years ago`) are the
 * site's, not the article's; so are its navigation, contents and footer.
 */
const CITATION = /(?<=\S)\[(?:\d{1,3}|citation needed|clarification needed|better source needed|according to whom\?|when\?|who\?|which\?|dubious(?: – discuss)?)\]/gi;
const EDIT_LINK = /\s*\[edit(?: source)?\]$/i;
const COMPUTED_AGE = /\b((?:1[0-9]|20)\d{2}); \d{1,4} years? ago\b/g;

/** A line's text without the site's marks; a line with an `[edit]` link is a section heading, all at one level. */
export function withoutEncyclopediaMarks(line: TextLine): TextLine {
  if (!line.text.includes('[') && !line.text.includes(' ago')) return line;
  const text = line.text.replace(CITATION, '').replace(COMPUTED_AGE, '$1');
  return EDIT_LINK.test(text) ? { ...line, text: text.replace(EDIT_LINK, ''), heading: 2 } : { ...line, text };
}

const SITE_PATTERNS: readonly RegExp[] = [
  /^from wikipedia, the free encyclopedia$/i,
  /^jump to (?:navigation|search|content)$/i,
  /^this (?:page|article) was last (?:edited|modified) on\b/i,
  /^text is available under the creative commons\b/i,
  /^(?:about wikipedia|disclaimers|contact wikipedia|code of conduct|mobile view|developers|statistics|cookie statement|privacy policy)$/i,
  /^categories?:\s/i,
  /^(?:hidden categories|authority control(?: databases)?)\b/i,
  /^\^\s/, // a reference's backlink: `^ "Annual report 2023" (PDF). …`
];

/**
 * The lines under a line that opens a block, while they look like its
 * entries: the table of contents' numbered entries under `Contents`, the
 * category names under `Categories:`.
 */
function blockUnder(lines: readonly TextLine[], opens: RegExp, entry: RegExp): number[] {
  const found: number[] = [];
  let inside = false;
  for (const { line, text } of lines) {
    if (opens.test(text)) inside = true;
    else if (inside && text !== '' && entry.test(text) && !SITE_PATTERNS.some((pattern) => pattern.test(text))) found.push(line);
    else inside = false;
  }
  return found;
}

export function encyclopediaChrome(lines: readonly TextLine[]): ChromeLine[] {
  const toc = new Set([
    ...blockUnder(lines, /^contents$/i, /^\d{1,2}(?:\.\d{1,2})*\s+\S.{0,60}$/),
    ...blockUnder(lines, /^categories?:\s/i, /^\p{Lu}[^.!?]{0,80}$/u),
  ]);
  return lines.filter(({ line, text }) => toc.has(line) || SITE_PATTERNS.some((pattern) => pattern.test(text))).map(({ line, text }) => ({ line, text }));
}
