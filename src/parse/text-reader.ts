import type { Heading, Root } from 'mdast';
import { TreeBuilder } from './build-tree.js';
import { findChrome } from './chrome.js';
import { assignRoles } from './line-roles.js';
import { EARLIER_MESSAGE, mailChrome, messageBreaks, unquote } from './mail.js';
import { pressChrome } from './press-chrome.js';
import { filingChrome, withRegistrantTitle } from './filing-chrome.js';
import { withAlignedRows } from './aligned-rows.js';
import { callChrome } from './call-chrome.js';
import { CHAT_MESSAGES, isTranscript, transcriptChrome, transcriptStart, withoutSpeaker } from './chat-transcript.js';
import { encyclopediaChrome, withoutEncyclopediaMarks } from './encyclopedia.js';
import { slideChrome, withSlideTitles } from './slide-outline.js';
import { videoChrome } from './video-chrome.js';
import { commentLines, withoutCommentMarks } from './doc-comments.js';
import { withPageColumns } from './page-columns.js';
import { withDefinitionRows } from './definition-rows.js';
import { withTabbedTables } from './tabbed-table.js';
import { splitLines } from './text-lines.js';
import { withTabItems } from './tab-items.js';
import type { ChromeLine } from './types.js';
import { collectVocabulary } from './vocabulary.js';

/**
 * Plain text (a scraped page, a pasted note) → mdast, inferring headings,
 * bullets, chip lists and paragraphs; page chrome is set aside, never content.
 * Conventions: see `ParsedDocument` in ./types.ts.
 */
export function readText(body: string, extraVocabulary: ReadonlySet<string> = new Set()): { tree: Root; chrome: ChromeLine[] } {
  const raw = splitLines(body);
  // A document's comments are found by the marks that point to them, so in its lines as written.
  const comments = commentLines(raw);
  const split = withSlideTitles(withDefinitionRows(withAlignedRows(withRegistrantTitle(withTabbedTables(withoutCommentMarks(withPageColumns(raw), comments)).map(unquote).map(withoutEncyclopediaMarks)))));
  const chat = isTranscript(split) ? transcriptStart(split) : undefined;
  const lines = chat === undefined ? split : split.map(withoutSpeaker);
  const shapes = [mailChrome, pressChrome, filingChrome, encyclopediaChrome, callChrome, slideChrome, videoChrome, ...(chat === undefined ? [] : [transcriptChrome])];
  const chrome = withMore(findChrome(lines), [...comments, ...shapes.flatMap((chromeOf) => chromeOf(lines))]);
  const chromeLines = new Set(chrome.map((c) => c.line));
  const vocabulary = collectVocabulary(lines.filter((l) => !chromeLines.has(l.line)).map((l) => l.text), extraVocabulary);
  const outlined = withTabItems(lines, chromeLines);
  const roles = assignRoles(outlined, chromeLines, vocabulary);
  const builder = new TreeBuilder();
  outlined.forEach((line, index) => {
    // A message that started with its speaker is a paragraph of its own, however it is capitalized.
    if (lines[index] !== split[index]) builder.add(line, { role: 'blank' });
    builder.add(line, roles[index] ?? { role: 'blank' });
  });
  const breaks = messageBreaks(lines).map((line) => ({ line, title: EARLIER_MESSAGE }));
  insertHeadings(builder.root, chat === undefined ? breaks : [...breaks, { line: chat, title: CHAT_MESSAGES }]);
  // Like remark's root: from the first character to the end of the body.
  // The lines as written: a page read column by column holds some of them twice.
  const last = raw.at(-1);
  builder.root.position = { start: { line: 1, column: 1 }, end: { line: raw.length, column: (last?.raw.length ?? 0) + 1 } };
  return { tree: builder.root, chrome };
}

/** Page chrome and a pasted mail's, press release's, filing's, encyclopedia's or chat's: once each, in line order. */
function withMore(chrome: ChromeLine[], more: readonly ChromeLine[]): ChromeLine[] {
  if (more.length === 0) return chrome;
  const seen = new Set(chrome.map((c) => c.line));
  const added = more.filter((c) => !seen.has(c.line) && (seen.add(c.line), true));
  return [...chrome, ...added].sort((a, b) => a.line - b.line);
}

/**
 * A heading where a mail quotes the message it answers (`On … wrote:`) or
 * a chat starts, so the sections above end there and what follows is read
 * as notes under a name of its own, not as more of the requirements above it.
 */
function insertHeadings(root: Root, breaks: readonly { line: number; title: string }[]): void {
  for (const { line, title } of breaks) {
    const at = root.children.findIndex((node) => (node.position?.start.line ?? 0) >= line);
    const position = { start: { line, column: 1 }, end: { line, column: 1 } };
    const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: title, position }], position };
    root.children.splice(at === -1 ? root.children.length : at, 0, heading);
  }
}
