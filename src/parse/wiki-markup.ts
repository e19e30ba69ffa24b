import { rewriteMarks } from './inline-marks.js';
import type { ChromeLine } from './types.js';

/**
 * Confluence and Jira wiki markup, as a page pasted or exported to text
 * shows it: `h2. Title`, `* item` / `** nested`, `# numbered`, `||head||`
 * table rows over `|cell|` rows, `{panel}`/`{code}` macros and `*bold*`.
 * Read as markdown it goes wrong (`# item` is a heading), so it is written
 * over into markdown first; `lineOf` takes each markdown line back to the
 * page's, since a table's header needs a delimiter row of its own.
 */
const HEADING = /^h([1-6])\.[ \t]+(\S.*)$/;
const HEADER_ROW = /^\s*\|\|.*\|\|\s*$/;
// A macro on a line of its own: `{toc}`, `{panel:title=x}`, `{code:language=yaml}`, `{panel}`.
const MACRO_LINE = /^\s*\{([a-z][\w-]*)(?::[^}]*)?\}\s*$/i;
const BLOCK_MACRO = /^\s*\{(?:code|noformat)(?::[^}]*)?\}/i;
const LIST = /^([*#]+)[ \t]+(\S.*)$/;
/**
 * An admonition panel, `{note}…{note}` on one line or its macro lines around
 * a body: an aside the author boxed off, written over as a callout
 * (`> [!note] title`), so it stays a block of its own and never runs on into
 * the list above it.
 */
const ADMONITION = /^\s*\{(note|info|warning|tip)(?::([^}]*))?\}(.*?)(\{\1\}\s*)?$/i;

/** Whether a document is wiki markup: a `h1.` … `h6.` heading and another sign of it (a heading more, a `||` row, a macro line). */
export function isWikiMarkup(body: string): boolean {
  let headings = 0;
  let others = 0;
  for (const line of body.split('\n')) {
    if (HEADING.test(line)) headings++;
    else if (HEADER_ROW.test(line) || MACRO_LINE.test(line)) others++;
  }
  return headings >= 1 && headings + others >= 2;
}

/** A document written over into markdown (wiki markup here, org-mode in org-mode.ts). */
export interface ConvertedMarkdown {
  text: string;
  /** The page's line of a markdown line (both 1-based). */
  lineOf: (line: number) => number;
  /** Macro lines (`{toc}`, `{panel}`, `----`): chrome, in the page's lines. */
  chrome: ChromeLine[];
}

/** `*bold*` → `**bold**`, `_it_` → `*it*`, `{{mono}}` → `` `mono` ``, `[~user]` → `@user`, `[text|url]` → `[text](url)`, inline `{macro}`s dropped. */
export function wikiInline(text: string): string {
  const linked = text
    .replace(/\{\{([^{}\n]+)\}\}/g, '`$1`')
    .replace(/\[~([^\]\s]+)\]/g, '@$1')
    .replace(/\[([^\]|\n]+)\|([^\]\s]+)\]/g, '[$1]($2)')
    .replace(/\{[a-z][\w-]*(?::[^}\n]*)?\}/gi, '');
  return rewriteMarks(rewriteMarks(linked, '*', '**'), '_', '*');
}

/** A table row `||a||b||` or `|a|b|` with markdown's single pipes. */
function row(line: string): string {
  const cells = line.trim().replace(/^\|\|?|\|\|?$/g, '').split(/\|\|?/);
  return `| ${cells.map((cell) => wikiInline(cell.trim())).join(' | ')} |`;
}

function rewrite(line: string, code: boolean): string {
  if (code) return line;
  const heading = HEADING.exec(line);
  if (heading) return `${'#'.repeat(Number(heading[1]))} ${wikiInline(heading[2] ?? '')}`;
  const item = LIST.exec(line);
  if (item) {
    const marks = item[1] ?? '';
    const indent = '   '.repeat(marks.length - 1);
    return `${indent}${marks.endsWith('#') ? '1.' : '-'} ${wikiInline(item[2] ?? '')}`;
  }
  if (/^\s*\|/.test(line)) return row(line);
  return wikiInline(line);
}

/** `title=Heads up|icon=false` → `Heads up`: the title a macro's parameters give it, if any. */
function titleOf(parameters: string | undefined): string {
  return /(?:^|\|)title=([^|]*)/.exec(parameters ?? '')?.[1]?.trim() ?? '';
}

/**
 * The callout lines of an admonition's line: its opening (`> [!note] title`)
 * with the body when that is on the same line, a body line, or the closing
 * macro's blank line; undefined for a line outside any. `inside` is the kind
 * of the admonition a line is in; a heading ends one left open.
 */
function admonition(line: string, inside: string | undefined): { lines: string[]; inside: string | undefined } | undefined {
  const match = ADMONITION.exec(line);
  if (!match) {
    if (inside === undefined || HEADING.test(line)) return undefined;
    return { lines: [line.trim() === '' ? '>' : `> ${rewrite(line, false)}`], inside };
  }
  const [, written = '', parameters, rest = '', closing] = match;
  const kind = written.toLowerCase();
  if (kind === inside && rest.trim() === '') return { lines: [''], inside: undefined };
  const opening = `> [!${kind}] ${wikiInline(titleOf(parameters))}`.trimEnd();
  const body = rest.trim() === '' ? [] : [`> ${wikiInline(rest.trim())}`];
  return { lines: [opening, ...body], inside: closing === undefined ? kind : undefined };
}

/** The page as markdown, line for line but for a delimiter row under each header row and a callout's opening line. */
export function wikiToMarkdown(body: string): ConvertedMarkdown {
  const out: string[] = [];
  const origin: number[] = [];
  const chrome: ChromeLine[] = [];
  let code = false;
  let aside: string | undefined;
  body.split('\n').forEach((line, index) => {
    const push = (text: string): void => void (out.push(text), origin.push(index + 1));
    if (BLOCK_MACRO.test(line)) {
      code = !code;
      return push('```');
    }
    const boxed = code ? undefined : admonition(line, aside);
    // The closing macro is markup, like the other macro lines: chrome.
    if (boxed && aside !== undefined && boxed.inside === undefined && MACRO_LINE.test(line)) chrome.push({ line: index + 1, text: line.trim() });
    aside = boxed?.inside;
    if (boxed) return boxed.lines.forEach(push);
    if (!code && (MACRO_LINE.test(line) || /^\s*-{4,}\s*$/.test(line))) {
      chrome.push({ line: index + 1, text: line.trim() });
      return push('');
    }
    push(rewrite(line, code));
    if (!code && HEADER_ROW.test(line)) push(`|${' --- |'.repeat(row(line).split(' | ').length)}`);
  });
  return { text: out.join('\n'), lineOf: (line) => origin[line - 1] ?? line, chrome };
}
