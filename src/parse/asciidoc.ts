import { literalHash } from './literal-hash.js';
import { classifyHeading } from '../classify/headings.js';
import { asciidocInline } from './asciidoc-inline.js';
import type { ChromeLine } from './types.js';
import type { ConvertedMarkdown } from './wiki-markup.js';

/**
 * An AsciiDoc page saved as text (a handbook, a docs-site page): `= Title`
 * and `== Section` headings, `* item` / `. item` lists, `Term:: text`,
 * `NOTE:` admonitions, `----` code blocks (chrome), `.Title` block titles
 * and a header of `:attribute:` lines. Read as markdown, its headings are
 * paragraphs and its code blocks setext headings, so it is written over
 * into markdown, line for line.
 */
const TITLE = /^(={1,6})\s+(\S.*?)(?:\s+=+)?\s*$/;
const ATTRIBUTE = /^:!?[\w-]+!?:(?:\s.*)?$/;
const BLOCK_ATTRIBUTES = /^\[[^\]\n]*\]$/;
const DIRECTIVE = /^(?:ifn?def|ifeval|endif|include|toc|image|video|audio)::/;
const LISTING = /^(?:-{4,}|\.{4,})$/;
const COMMENT_BLOCK = /^\/{4,}$/;
// Example, sidebar, quote, passthrough and open blocks: their delimiters are layout, their text content.
const DELIMITER = /^(?:={4,}|\*{4,}|_{4,}|\+{4,}|--|\+|'{3,}|<{3,})$/;
const COMMENT = /^\/\/(?!\/)/;
const ADMONITION = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+(\S.*)$/;
const BLOCK_TITLE = /^\.(\p{L}.*)$/u;
const UNORDERED = /^(\*{1,5}|-)\s+(\S.*)$/;
const ORDERED = /^(\.{1,5})\s+(\S.*)$/;
const TERM = /^([^\s:;][^:;]*?)(?::{2,4}|;;)(?:\s+(\S.*))?$/;

/** Whether a document is AsciiDoc: `== Section` titles (markdown has none), and a document title or a mark only AsciiDoc uses. */
export function isAsciiDoc(body: string): boolean {
  const lines = body.split('\n');
  const sections = lines.filter((line) => /^={2,6}\s+\S/.test(line)).length;
  const title = /^=\s+\S/.test(lines.find((line) => line.trim() !== '') ?? '');
  const marks = lines.some((line) => ATTRIBUTE.test(line) || /^\[(?:source|abstract|NOTE|TIP|quote|listing)\b/.test(line) || ADMONITION.test(line) || DIRECTIVE.test(line));
  return sections >= 1 && (title || (sections >= 2 && marks));
}

interface State {
  /** In a `----` code block, a `////` comment block or an `ifdef::` block. */
  block: 'code' | 'comment' | 'conditional' | undefined;
  /** Under the document title, before the first blank line: author and revision lines. */
  header: boolean;
  /** The level of the last section title, for a block title read as a heading under it. */
  level: number;
}

/** A line as markdown, or `undefined` for chrome. */
function rewrite(line: string, state: State): string | undefined {
  // A handbook's code sample shows how something is done; it states no fact about the company.
  if (state.block === 'code') return LISTING.test(line) ? ((state.block = undefined), undefined) : undefined;
  if (state.block === 'comment') return COMMENT_BLOCK.test(line) ? ((state.block = undefined), undefined) : undefined;
  // `ifdef::backend-html5[]` … `endif::[]`: text only some outputs show, its `{attributes}` filled in by the processor.
  if (state.block === 'conditional') return /^endif::/.test(line) ? ((state.block = undefined), undefined) : undefined;
  if (/^ifn?def::[^[\s]+\[\]\s*$/.test(line)) return (state.block = 'conditional'), undefined;
  if (line.trim() === '') return (state.header = false), '';
  if (state.header && !ATTRIBUTE.test(line)) return undefined;
  if (LISTING.test(line)) return (state.block = 'code'), undefined;
  if (COMMENT_BLOCK.test(line)) return (state.block = 'comment'), undefined;
  if (ATTRIBUTE.test(line) || BLOCK_ATTRIBUTES.test(line) || DIRECTIVE.test(line) || DELIMITER.test(line) || COMMENT.test(line)) return undefined;
  return heading(line, state) ?? item(line) ?? admonition(line) ?? literalHash(asciidocInline(line));
}

function heading(line: string, state: State): string | undefined {
  const title = TITLE.exec(line);
  if (title) {
    const level = (title[1] ?? '').length;
    state.header = level === 1;
    state.level = level;
    return `${'#'.repeat(level)} ${asciidocInline(title[2] ?? '')}`;
  }
  const block = BLOCK_TITLE.exec(line);
  if (!block) return undefined;
  // `.Responsibilities` over a list heads it; `.Languages and runtime` is only a caption.
  const text = block[1] ?? '';
  return classifyHeading(text) === undefined ? '' : `${'#'.repeat(Math.min(state.level + 1, 6))} ${asciidocInline(text)}`;
}

function item(line: string): string | undefined {
  const unordered = UNORDERED.exec(line);
  if (unordered) return `${'  '.repeat(Math.max((unordered[1] ?? '').length - 1, 0))}- ${asciidocInline(unordered[2] ?? '')}`;
  const ordered = ORDERED.exec(line);
  if (ordered) return `${'   '.repeat((ordered[1] ?? '').length - 1)}1. ${asciidocInline(ordered[2] ?? '')}`;
  const term = TERM.exec(line);
  if (!term) return undefined;
  const text = term[2] === undefined ? '' : `: ${asciidocInline(term[2])}`;
  return `- **${asciidocInline((term[1] ?? '').trim())}**${text}`;
}

/** `NOTE: text` as a reader sees it: the icon's word, then the text, set apart. */
function admonition(line: string): string | undefined {
  const found = ADMONITION.exec(line);
  if (!found) return undefined;
  return `> **${found[1] ?? ''}:** ${asciidocInline(found[2] ?? '')}`;
}

/** The page as markdown, line for line; its header, attributes, directives, comments, code and block delimiters are chrome. */
export function asciidocToMarkdown(body: string): ConvertedMarkdown {
  const chrome: ChromeLine[] = [];
  const state: State = { block: undefined, header: false, level: 1 };
  const text = body.split('\n').map((line, index) => {
    const written = rewrite(line, state);
    if (written === undefined || (written === '' && line.trim() !== '')) chrome.push({ line: index + 1, text: line.trim() });
    return written ?? '';
  });
  return { text: text.join('\n'), lineOf: (line) => line, chrome };
}
