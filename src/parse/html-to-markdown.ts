import { MarkdownWriter } from './html-writer.js';

/**
 * A saved web page (tags and all) → markdown that remark reads like any note,
 * with the source line of every markdown line, so facts still cite the page's
 * own lines. Not a browser: enough of HTML for pages people save (headings,
 * paragraphs, lists, tables, bold), and everything that is never content
 * (head, scripts, styles, navigation, footer) left out. Entities stay as
 * written: remark decodes them.
 */
export interface PageMarkdown {
  markdown: string;
  /** `lines[i]` is the page line that markdown line `i + 1` came from. */
  lines: number[];
  /** Page lines with text of their own on them; the others hold only markup. */
  textLines: Set<number>;
}

// A tag stops at the next `<`: scanning on to a `>` far away from each of a run of unclosed `<a ` would be quadratic.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?\/?>|<[!?][^<>]*>|[^<]+|</g;
/** Elements whose whole content is page machinery, never what the page says. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'footer', 'button', 'select', 'canvas']);
/** A link or element dressed as a button (`Apply now`, `Share`): a control, not content. */
const CONTROL = /\b(?:role\s*=\s*["']?button|class\s*=\s*["'][^"']*\b(?:btn|button|cta)\b)/i;
/** Elements that end a paragraph where they open and where they close. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'header', 'main', 'aside', 'figure', 'ul', 'ol', 'table', 'blockquote', 'pre', 'dl', 'form', 'body', 'html', 'address', 'details', 'summary', 'fieldset']);
/** Elements that start a line of their own but not a paragraph. */
const LINES = new Set(['li', 'br', 'hr', 'dt', 'dd', 'tr', 'caption']);
/** Elements with no closing tag. */
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source', 'area', 'col', 'embed', 'base', 'track']);
const INLINE_MARKS: Readonly<Record<string, string>> = { strong: '**', b: '**', em: '*', i: '*' };
// Each level indents every item under it: unbounded, 10 000 nested `<ul><li>` would write gigabytes of spaces.
const MAX_LIST_DEPTH = 16;

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Where a skipped element ends (after its closing tag, or the end of the page), counting same-name nesting. */
function skipEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^<>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    // Scripts and styles hold raw text: the first closing tag ends them.
    depth += match[1] === '/' ? -1 : name === 'script' || name === 'style' ? 0 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return html.length;
}

/** What one tag does to the markdown being written. */
function applyTag(writer: MarkdownWriter, closing: boolean, name: string, line: number, lists: string[]): void {
  if (/^h[1-6]$/.test(name)) {
    writer.blank(line);
    if (!closing) writer.prefix = `${'#'.repeat(Number(name[1]))} `;
  } else if (name === 'ul' || name === 'ol') {
    writer.blank(line);
    if (closing) lists.pop();
    else lists.push(name);
  } else if (name === 'li') {
    writer.flush();
    if (!closing) writer.prefix = `${'  '.repeat(Math.min(Math.max(0, lists.length - 1), MAX_LIST_DEPTH))}${lists.at(-1) === 'ol' ? '1.' : '-'} `;
  } else if (name === 'table') {
    if (writer.row) writer.endRow(line);
    writer.blank(line);
    writer.rows = 0;
  } else if (name === 'tr') {
    // An unclosed row ends where the next one starts; text before a row is a paragraph of its own.
    if (writer.row || closing) writer.endRow(line);
    if (!closing) {
      writer.flush();
      writer.row = [];
    }
  } else if ((name === 'td' || name === 'th') && writer.row && !closing) writer.row.push('');
  else if (INLINE_MARKS[name]) writer.mark(INLINE_MARKS[name], line, closing);
  else if (BLOCKS.has(name)) writer.blank(line);
  else if (LINES.has(name)) writer.flush();
}

/** The page as markdown, line by line mapped back to the page. */
export function htmlToMarkdown(html: string): PageMarkdown {
  const writer = new MarkdownWriter();
  const lists: string[] = [];
  const textLines = new Set<number>();
  let line = 1;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [token, slash, tag, attributes = ''] = match;
    const name = tag?.toLowerCase();
    if (name && slash === '' && (SKIPPED.has(name) || CONTROL.test(attributes)) && !token.endsWith('/>') && !VOID.has(name)) {
      const end = skipEnd(html, name, TOKEN.lastIndex);
      line += countNewlines(html.slice(match.index, end));
      TOKEN.lastIndex = end;
      continue;
    }
    if (name) applyTag(writer, slash === '/', name, line, lists);
    else if (!token.startsWith('<') || token === '<') {
      writer.text(token === '<' ? '&lt;' : token, line + countNewlines(/^\s*/.exec(token)?.[0] ?? ''));
      token.split('\n').forEach((part, i) => part.trim() !== '' && textLines.add(line + i));
    }
    line += countNewlines(token);
  }
  writer.flush();
  return { markdown: writer.out.join('\n'), lines: writer.map, textLines };
}
