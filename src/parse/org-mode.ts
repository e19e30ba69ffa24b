import { rewriteMarks } from './inline-marks.js';
import type { ChromeLine } from './types.js';
import type { ConvertedMarkdown } from './wiki-markup.js';

/**
 * Emacs org-mode notes saved as text: `#+TITLE:`, `* Heading` / `** Sub`
 * with `TODO` keywords, `[1/3]` cookies and `:tags:`, `:PROPERTIES:`
 * drawers, `SCHEDULED:` lines, `- Term :: value`, `[[url][text]]`, `/it/`,
 * `=code=`, `#+BEGIN_QUOTE` blocks and `# comments`. Read as markdown, its
 * headings are bullets, so it is written over into markdown, line for line.
 */
const KEYWORD = /^\s*#\+([A-Za-z_]+):?(.*)$/;
const HEADLINE = /^(\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING|CANCELL?ED)\s+)?(?:\[#[A-C]\]\s+)?(.*?)(?:\s+\[\d*\/\d*\]|\s+\[\d*%\])?(?:\s+:[\w@#%:]+:)?\s*$/;
const DRAWER = /^\s*:[A-Z_]+:(?:\s.*)?$/;
const PLANNING = /^\s*(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<[].*)$/;
const COMMENT = /^\s*#(?:\s|$)/;

/** Whether a document is org-mode: an org heading, and a `#+` keyword or a property drawer. */
export function isOrgMode(body: string): boolean {
  const lines = body.split('\n');
  const headlines = lines.some((line) => /^\*+\s+\S/.test(line));
  const org = lines.some((line) => KEYWORD.test(line) || /^\s*:PROPERTIES:\s*$/.test(line));
  return headlines && org;
}

/** `[[url][text]]` → `[text](url)`, `[[url]]` → `url`, `/it/` → `*it*`, `*b*` → `**b**`, `=code=`/`~code~` → `` `code` ``, `Term :: value` → `Term: value`. */
export function orgInline(text: string): string {
  const linked = text.replace(/\[\[([^[\]\n]+)\]\[([^[\]\n]+)\]\]/g, '[$2]($1)').replace(/\[\[([^[\]\n]+)\]\]/g, '$1');
  const marked = rewriteMarks(rewriteMarks(rewriteMarks(linked, '=~', '`'), '*', '**'), '/', '*');
  return marked.replace(/^(\s*[-+]\s+(?:\[[ xX-]\]\s+)?)(.+?)\s+::\s+/, '$1$2: ').replace(/^(\s*[-+]\s+)\[X\]/, '$1[x]');
}

function rewrite(line: string): string | undefined {
  const keyword = KEYWORD.exec(line);
  if (keyword) {
    const name = (keyword[1] ?? '').toUpperCase();
    if (name === 'TITLE') return `# ${orgInline((keyword[2] ?? '').trim())}`;
    if (/^BEGIN_(?:SRC|EXAMPLE)$/.test(name)) return '```';
    if (/^END_(?:SRC|EXAMPLE)$/.test(name)) return '```';
    return undefined;
  }
  const headline = HEADLINE.exec(line);
  if (headline) return `${'#'.repeat(Math.min((headline[1] ?? '').length + 1, 6))} ${orgInline(headline[2] ?? '')}`;
  if (DRAWER.test(line) || PLANNING.test(line) || COMMENT.test(line)) return undefined;
  return orgInline(line);
}

/** The notes as markdown, line for line; keywords, drawers, planning lines and comments are chrome. */
export function orgToMarkdown(body: string): ConvertedMarkdown {
  const chrome: ChromeLine[] = [];
  const text = body.split('\n').map((line, index) => {
    const written = rewrite(line);
    if (written === undefined) chrome.push({ line: index + 1, text: line.trim() });
    return written ?? '';
  });
  return { text: text.join('\n'), lineOf: (line) => line, chrome };
}
