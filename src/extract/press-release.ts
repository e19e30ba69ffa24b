import type { Root, RootContent } from 'mdast';
import { lineOf, textOf } from '../classify/text.js';
import { makeFact, type Draft } from './draft.js';

/**
 * `OSLO, Norway, March 3, 2025 /PRNewswire/ --`, `LONDON, March 3, 2025 (GLOBE NEWSWIRE) --`:
 * a press release's dateline, before its first paragraph. Place in capitals,
 * then the date, the wire's name or both, then the dash.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:, [\p{L}\p{M} .'’-]{2,40}?)?,?\s+(?<date>\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})?\s*(?<wire>[/(][\p{L} ]{2,30}[/)])?\s*(?:--|—|–)\s*/u;

/** The dateline a paragraph starts with, when it has a date or a wire's name. */
export function datelineOf(text: string): { date?: string; length: number } | undefined {
  const match = DATELINE.exec(text);
  const { date, wire } = match?.groups ?? {};
  if (!match || (date === undefined && wire === undefined)) return undefined;
  return { ...(date === undefined ? {} : { date }), length: match[0].length };
}

/** A headline: the release's first line, a title rather than a sentence. */
const isHeadline = (text: string): boolean => text.split(/\s+/).length <= 25 && !/[.!?]$/.test(text);

/**
 * A press release is news: its headline, dated by its dateline, is a news
 * item (no longer a note or the summary), and the body under it, its
 * dateline left out, notes under the headline. Only the first paragraphs
 * of a document can be a headline and a dateline.
 */
export function readPressRelease(draft: Draft, tree: Root): void {
  const blocks = tree.children.filter((node) => node.type === 'paragraph' || node.type === 'heading');
  const lede = blocks.slice(0, 6).findIndex((node) => datelineOf(textOf(node)) !== undefined);
  const headline = lede > 0 ? blocks[0] : undefined;
  const text = headline && textOf(headline).trim();
  if (!headline || !text || !isHeadline(text)) return;
  const dateline = datelineOf(textOf(blocks[lede]!))!;
  draft.company.news.push(makeFact(draft, text, lineOf(headline), dateline.date));
  // Read before as a summary or a note: the headline is news now, and the lede a note under it without its dateline.
  const ledeText = textOf(blocks[lede]!).trim();
  draft.company.notes = draft.company.notes.filter((note) => note.text !== text && note.text !== ledeText);
  const summary = draft.company.overview.summary;
  if (summary?.text === text) draft.company.overview.summary = null;
  // With no "About" paragraph, the lede stays the summary, its dateline left out.
  if (summary?.text === ledeText) summary.text = ledeText.slice(dateline.length).trim();
  else draft.mapped.delete(lineOf(blocks[lede]!));
  draft.mapped.add(lineOf(headline));
  const lead = { node: blocks[lede]!, dateline: dateline.length };
  noteBody(draft, tree.children.slice(tree.children.indexOf(headline) + 1), text, lead);
}

/** The release's subtitle, paragraphs and items up to its next heading, as notes under its headline. */
function noteBody(draft: Draft, nodes: readonly RootContent[], headline: string, lead: { node: RootContent; dateline: number }): void {
  const end = nodes.findIndex((node) => node.type === 'heading' && node !== lead.node);
  for (const node of end < 0 ? nodes : nodes.slice(0, end)) {
    for (const item of node.type === 'list' ? node.children : [node]) {
      const line = lineOf(item);
      if (draft.mapped.has(line)) continue;
      draft.company.notes.push(makeFact(draft, textOf(item).slice(item === lead.node ? lead.dateline : 0), line, headline));
      draft.mapped.add(line);
    }
  }
}
