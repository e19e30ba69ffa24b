export type DocumentKind = 'markdown' | 'text';

/**
 * Line-level evidence, each worth its weight. Every pattern is anchored and
 * free of nested quantifiers, so a pathological line costs linear time.
 */
const MARKDOWN_SIGNALS: readonly { pattern: RegExp; weight: number }[] = [
  { pattern: /^ {0,3}#{1,6}[ \t]+\S/, weight: 3 }, // ATX heading
  { pattern: /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/, weight: 1 }, // list item
  { pattern: /(?:\*\*|__)[^*_\s][^*_]{0,200}(?:\*\*|__)/, weight: 2 }, // strong
  { pattern: /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*\|[-:| \t]*$/, weight: 4 }, // table delimiter row
  { pattern: /\[[^\]\n[]{1,200}\]\([^)\s]{1,500}\)/, weight: 2 }, // link
  { pattern: /^ {0,3}(?:```|~~~)/, weight: 2 }, // code fence
  { pattern: /^ {0,3}>[ \t]/, weight: 1 }, // block quote
];

const TEXT_BULLET = /^[ \t]*[•·▪◦‣●○■□➢➤►-][ \t]*\S/u;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-{2,})[ \t]*$/;

function scoreLine(line: string, previous: string): { markdown: number; text: number } {
  let markdown = 0;
  for (const { pattern, weight } of MARKDOWN_SIGNALS) if (pattern.test(line)) markdown += weight;
  if (SETEXT_UNDERLINE.test(line) && previous.trim() !== '') markdown += 2;
  const text = /^[ \t]*[-*+]/.test(line) ? 0 : TEXT_BULLET.test(line) ? 1 : 0;
  return { markdown, text };
}

// A short bare line between blank lines: how scraped pages and plain notes show a heading.
const BARE_SHORT = /^[\p{L}\p{N}][^#*_|[\]`>]{0,59}$/u;

function isBareHeading(line: string, previous: string, next: string): boolean {
  return previous.trim() === '' && next.trim() === '' && BARE_SHORT.test(line.trim()) && !/[.!?:;,]$/.test(line.trim());
}

/** Score the markdown and plain-text evidence of a document (front matter already blanked). */
export function scoreKind(body: string): { markdown: number; text: number } {
  let markdown = 0;
  let text = 0;
  const lines = body.split('\n');
  lines.forEach((line, index) => {
    const previous = lines[index - 1] ?? '';
    const score = scoreLine(line, previous);
    markdown += score.markdown;
    text += score.text + (isBareHeading(line, previous, lines[index + 1] ?? '') ? 0.5 : 0);
  });
  return { markdown, text };
}

/**
 * Kind from content, never from the extension: a `.txt` can hold markdown and
 * a `.md` can be a pasted web page. Markdown must show real syntax and outweigh
 * the plain-text bullets; a document without either reads best as plain text,
 * whose reader infers the headings markdown would not.
 */
export function detectKind(body: string): DocumentKind {
  const { markdown, text } = scoreKind(body);
  return markdown >= 3 && markdown > text ? 'markdown' : 'text';
}
