import type { Heading, Root } from 'mdast';
import { TreeBuilder } from './build-tree.js';
import { findChrome } from './chrome.js';
import { assignRoles } from './line-roles.js';
import { EARLIER_MESSAGE, mailChrome, messageBreaks, unquote } from './mail.js';
import { pressChrome } from './press-chrome.js';
import { encyclopediaChrome, withoutEncyclopediaMarks } from './encyclopedia.js';
import { splitLines } from './text-lines.js';
import type { ChromeLine } from './types.js';
import { collectVocabulary } from './vocabulary.js';

/**
 * Plain text (a scraped page, a pasted note) → mdast, inferring headings,
 * bullets, chip lists and paragraphs; page chrome is set aside, never content.
 * Conventions: see `ParsedDocument` in ./types.ts.
 */
export function readText(body: string, extraVocabulary: ReadonlySet<string> = new Set()): { tree: Root; chrome: ChromeLine[] } {
  const lines = splitLines(body).map(unquote).map(withoutEncyclopediaMarks);
  const chrome = withMore(findChrome(lines), [...mailChrome(lines), ...pressChrome(lines), ...encyclopediaChrome(lines)]);
  const chromeLines = new Set(chrome.map((c) => c.line));
  const vocabulary = collectVocabulary(lines.filter((l) => !chromeLines.has(l.line)).map((l) => l.text), extraVocabulary);
  const roles = assignRoles(lines, chromeLines, vocabulary);
  const builder = new TreeBuilder();
  lines.forEach((line, index) => builder.add(line, roles[index] ?? { role: 'blank' }));
  markMessageBreaks(builder.root, messageBreaks(lines));
  // Like remark's root: from the first character to the end of the body.
  const last = lines.at(-1);
  builder.root.position = { start: { line: 1, column: 1 }, end: { line: lines.length, column: (last?.raw.length ?? 0) + 1 } };
  return { tree: builder.root, chrome };
}

/** Page chrome and a pasted mail's or press release's: once each, in line order. */
function withMore(chrome: ChromeLine[], more: readonly ChromeLine[]): ChromeLine[] {
  if (more.length === 0) return chrome;
  const seen = new Set(chrome.map((c) => c.line));
  const added = more.filter((c) => !seen.has(c.line) && (seen.add(c.line), true));
  return [...chrome, ...added].sort((a, b) => a.line - b.line);
}

/**
 * A heading where a mail quotes the message it answers (`On … wrote:`), so
 * the sections above end there and the quoted text is read as notes under
 * a name of its own, not as more of the requirements above it.
 */
function markMessageBreaks(root: Root, lines: readonly number[]): void {
  for (const line of lines) {
    const at = root.children.findIndex((node) => (node.position?.start.line ?? 0) > line);
    const position = { start: { line, column: 1 }, end: { line, column: 1 } };
    const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: EARLIER_MESSAGE, position }], position };
    root.children.splice(at === -1 ? root.children.length : at, 0, heading);
  }
}
