import { literalHash } from './literal-hash.js';
import { ADMONITION_WORDS } from './bold-callout.js';
import { rstInline } from './rst-inline.js';
import type { ChromeLine } from './types.js';
import type { ConvertedMarkdown } from './wiki-markup.js';

/**
 * A reStructuredText page saved as text (a Sphinx or docs-site page):
 * titles underlined (and perhaps overlined) with `====` or `----`, levels in
 * the order the styles first appear; `.. note::` admonitions; `:Field:
 * value` lists; `#.` items; and directives, comments, targets and literal
 * blocks, which a reader of the built page never sees as text. Read as
 * markdown, its titles and directives are paragraphs, so it is written over
 * into markdown, line for line.
 */
const ADORNMENT = /^([=\-~^"'`#*+:._])\1{2,}\s*$/;
const EXPLICIT = /^\.\.(?:\s|$)/;
const DIRECTIVE = /^\.\.\s+([\w-]+)::\s*(.*)$/;
const FIELD = /^:([^:\n]+):\s+(\S.*)$/;
const AUTO_NUMBERED = /^(\s*)#\.\s+(\S.*)$/;

/** Whether a document is reStructuredText: an explicit markup line (`.. note::`, `.. _target:`) and an underlined title. */
export function isRestructuredText(body: string): boolean {
  const lines = body.split('\n');
  const explicit = lines.some((line) => DIRECTIVE.test(line) || /^\.\. _[\w-]+:/.test(line));
  return explicit && lines.some((_, i) => underlines(lines, i));
}

const isText = (line: string | undefined): line is string => line !== undefined && /^\S/.test(line) && !ADORNMENT.test(line) && !EXPLICIT.test(line);

/** Whether line `i` is a title underlined by the next line, at least as long. */
function underlines(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1];
  return isText(lines[i]) && next !== undefined && ADORNMENT.test(next) && next.trim().length >= lines[i]!.trim().length;
}

type Out = (string | undefined)[];

/** Titles as `#` headings, at the level of their adornment style; the adornments are chrome (left `undefined`). */
function writeTitles(lines: readonly string[], out: Out, done: Set<number>): void {
  const styles: string[] = [];
  const level = (style: string): number => {
    if (!styles.includes(style)) styles.push(style);
    return styles.indexOf(style) + 1;
  };
  for (let i = 0; i < lines.length; i++) {
    const over = lines[i]!;
    const overlined = ADORNMENT.test(over) && isText(lines[i + 1]) && lines[i + 2]?.trim() === over.trim();
    const title = overlined ? i + 1 : underlines(lines, i) && !done.has(i) ? i : -1;
    if (title < 0) continue;
    const under = lines[title + 1]!.trim();
    out[title] = `${'#'.repeat(Math.min(level(`${under[0]}${overlined ? 'o' : ''}`), 6))} ${rstInline(lines[title]!.trim())}`;
    for (const used of overlined ? [i, i + 1, i + 2] : [i, i + 1]) done.add(used);
    i = title + 1;
  }
}

/** The indented body under line `start`: up to the first line that is neither blank nor indented, less trailing blank lines. */
function bodyEnd(lines: readonly string[], start: number): number {
  let end = start;
  for (let i = start + 1; i < lines.length && (lines[i]!.trim() === '' || /^\s/.test(lines[i]!)); i++) if (lines[i]!.trim() !== '') end = i;
  return end;
}

/** `.. note:: text` and its body as a quote (`> **Note:** text`); any other explicit block, its options and body are chrome. */
function writeExplicit(lines: readonly string[], i: number, out: Out, done: Set<number>): number {
  const end = bodyEnd(lines, i);
  const directive = DIRECTIVE.exec(lines[i]!);
  const name = directive?.[1]?.toLowerCase() ?? '';
  for (let j = i; j <= end; j++) done.add(j);
  if (!ADMONITION_WORDS.has(name)) return end;
  const label = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  out[i] = `> **${label}:** ${rstInline(directive?.[2] ?? '')}`.trimEnd();
  for (let j = i + 1; j <= end; j++) {
    const text = lines[j]!.trim();
    if (!FIELD.test(text)) out[j] = text === '' ? '>' : `> ${rstInline(text)}`;
  }
  return end;
}

/** A paragraph ending in `::` introduces a literal block: a code sample, chrome; the paragraph keeps one colon. */
function writeLiteral(lines: readonly string[], i: number, out: Out, done: Set<number>): number {
  const line = lines[i]!;
  out[i] = line.trim() === '::' ? '' : rstInline(line.replace(/::\s*$/, ':'));
  done.add(i);
  const end = bodyEnd(lines, i);
  for (let j = i + 1; j <= end; j++) done.add(j);
  return end;
}

function writeLine(line: string): string {
  const field = FIELD.exec(line);
  if (field) return `- **${field[1]!.trim()}**: ${rstInline(field[2]!)}`;
  const numbered = AUTO_NUMBERED.exec(line);
  if (numbered) return `${numbered[1]}1. ${rstInline(numbered[2]!)}`;
  return literalHash(rstInline(line));
}

/** The page as markdown, line for line; adornments, directives, comments, targets and literal blocks are chrome. */
export function rstToMarkdown(body: string): ConvertedMarkdown {
  const lines = body.split('\n');
  const out: Out = lines.map(() => undefined);
  const done = new Set<number>();
  writeTitles(lines, out, done);
  for (let i = 0; i < lines.length; i++) {
    if (done.has(i)) continue;
    const line = lines[i]!;
    if (EXPLICIT.test(line)) i = writeExplicit(lines, i, out, done);
    else if (/::\s*$/.test(line) && !/^\s/.test(line)) i = writeLiteral(lines, i, out, done);
    else out[i] = writeLine(line);
  }
  const chrome: ChromeLine[] = [];
  out.forEach((written, i) => written === undefined && lines[i]!.trim() !== '' && chrome.push({ line: i + 1, text: lines[i]!.trim() }));
  return { text: out.map((written) => written ?? '').join('\n'), lineOf: (line) => line, chrome };
}
