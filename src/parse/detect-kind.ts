export type DocumentKind = 'markdown' | 'text';

/**
 * Line-level evidence, each worth its weight. Every pattern is anchored and
 * free of nested quantifiers, so a pathological line costs linear time.
 */
const MARKDOWN_SIGNALS: readonly { pattern: RegExp; weight: number; syntax: boolean }[] = [
  { pattern: /^ {0,3}#{1,6}[ \t]+\S/, weight: 3, syntax: true }, // ATX heading
  { pattern: /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/, weight: 1, syntax: false }, // list item
  { pattern: /(?:\*\*|__)[^*_\s][^*_]{0,200}(?:\*\*|__)/, weight: 2, syntax: true }, // strong
  { pattern: /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*\|[-:| \t]*$/, weight: 4, syntax: true }, // table delimiter row
  { pattern: /\[[^\]\n[]{1,200}\]\([^)\s]{1,500}\)/, weight: 2, syntax: true }, // link
  { pattern: /^ {0,3}(?:```|~~~)/, weight: 2, syntax: true }, // code fence
  { pattern: /^ {0,3}>[ \t]/, weight: 1, syntax: false }, // block quote
];

const TEXT_BULLET = /^[ \t]*[•·▪◦‣●○■□➢➤►][ \t]*\S/u;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-{2,})[ \t]*$/;

interface Score {
  markdown: number;
  text: number;
  /** Lines with syntax only markdown gives meaning to (headings, bold, tables, links, fences). */
  syntax: number;
}

function scoreLine(line: string, previous: string): Score {
  const score: Score = { markdown: 0, text: TEXT_BULLET.test(line) ? 1 : 0, syntax: 0 };
  for (const { pattern, weight, syntax } of MARKDOWN_SIGNALS) {
    if (!pattern.test(line)) continue;
    score.markdown += weight;
    if (syntax) score.syntax = 1;
  }
  if (SETEXT_UNDERLINE.test(line) && previous.trim() !== '') {
    score.markdown += 2;
    score.syntax = 1;
  }
  return score;
}

// A short bare line between blank lines: how scraped pages and plain notes show a heading.
const BARE_SHORT = /^[\p{L}\p{N}][^#*_|[\]`>]{0,59}$/u;

function isBareHeading(line: string, previous: string, next: string): boolean {
  return previous.trim() === '' && next.trim() === '' && BARE_SHORT.test(line.trim()) && !/[.!?:;,]$/.test(line.trim());
}

/** Score the markdown and plain-text evidence of a document (front matter already blanked). */
export function scoreKind(body: string): Score {
  const total: Score = { markdown: 0, text: 0, syntax: 0 };
  const lines = body.split('\n');
  lines.forEach((line, index) => {
    const previous = lines[index - 1] ?? '';
    const score = scoreLine(line, previous);
    total.markdown += score.markdown;
    total.syntax += score.syntax;
    total.text += score.text + (isBareHeading(line, previous, lines[index + 1] ?? '') ? 0.5 : 0);
  });
  return total;
}

/**
 * Kind from content, never from the extension: a `.txt` can hold markdown and
 * a `.md` can be a pasted web page. Markdown must use syntax only markdown
 * gives meaning to (list items alone are not enough: the text reader reads
 * them too, and infers the headings remark would not) and outweigh the
 * plain-text evidence.
 */
export function detectKind(body: string): DocumentKind {
  const { markdown, text, syntax } = scoreKind(body);
  return syntax > 0 && markdown >= 3 && markdown > text ? 'markdown' : 'text';
}
