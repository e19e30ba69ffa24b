import type { Blockquote, Nodes, Root } from 'mdast';
import { nodesOf } from './nodes-of.js';
import { boldCalloutKind } from './bold-callout.js';
import { dropRepeatedTags } from './trailing-tags.js';
import type { ChromeLine } from './types.js';

/**
 * Syntax of notes apps (Obsidian, Logseq, Foam) that markdown reads as
 * literal text: `[[Page]]` and `[[Page|shown text]]` links, `![[image.png]]`
 * embeds, `%% private comments %%`, `==highlights==` and Dataview's
 * `name:: value` fields. What a reader of the
 * note sees is kept; the markup goes. Newlines stay, so lines keep their numbers.
 */
// No `[` inside: from each `[[` of a line of them, a link running on to the line's end is quadratic.
const EMBED = /!\[\[[^[\]\n]*\]\]/g;
// `[[]]` links nothing: it is text (a JSON array of arrays), kept.
const WIKI_LINK = /\[\[(?!\]\])([^[\]|#\n]*)(?:#[^[\]|\n]*)?(?:\|([^[\]\n]*))?\]\]/g;
const COMMENT = /%%[^%]*%%/g;
const HIGHLIGHT = /==([^=\n]+)==/g;

/** A wiki link's shown text: its alias, else its page name. */
export function unwikify(text: string): string {
  return text.replace(EMBED, '').replace(WIKI_LINK, (_, page: string, alias?: string) => (alias ?? page).trim());
}

// At a line's end, after a space: a block's id (`^summary`) that other notes link to.
const BLOCK_ID = /[^\S\n]+\^[\w-]+(?=[^\S\n]*(?:\n|$))/g;
/** Whether a text may hold any of it: no need to rewrite one that cannot. */
const NOTE_MARKS = /\[\[|%%|==|\s\^\S|::/;
// Dataview's inline field (`founded:: 2015`) at a line's start: a `name: value` line as any other note writes it.
const INLINE_FIELD = /^([^\S\n]*\p{L}[\p{L}\p{N} _-]{0,39})::(?=[^\S\n])/gmu;

function plain(text: string): string {
  const uncommented = text.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ''));
  return unwikify(uncommented).replace(INLINE_FIELD, '$1:').replace(BLOCK_ID, '').replace(HIGHLIGHT, '$1').replace(/[^\S\n]{2,}/g, ' ');
}

/** `[!note] Team` / `Platform, 7 people`: the callout's kind goes, its title labels what it says (`Team: Platform, 7 people`). */
const CALLOUT = /^\[!([\w-]+)\][+-]?[^\S\n]*/;

function unfoldCallout(quote: Blockquote): void {
  const bold = boldCalloutKind(quote);
  if (bold !== undefined) {
    quote.data = { ...quote.data, callout: bold };
    return;
  }
  const first = quote.children[0];
  const text = first?.type === 'paragraph' ? first.children[0] : undefined;
  const kind = text?.type === 'text' ? CALLOUT.exec(text.value)?.[1] : undefined;
  if (text?.type !== 'text' || kind === undefined) return;
  quote.data = { ...quote.data, callout: kind.toLowerCase() };
  const rest = text.value.replace(CALLOUT, '');
  const [title = '', body] = rest.split(/\n(.*)/s);
  const labelled = title.trim() !== '' && body !== undefined && body.trim() !== '' && !title.trim().endsWith(':');
  text.value = labelled ? `${title.trim()}: ${body}` : rest;
}

export function unfoldNoteSyntax(tree: Root): Root {
  // Callouts first: a callout's title is then cleaned like any other text.
  for (const quote of nodesOf(tree, 'blockquote')) unfoldCallout(quote);
  for (const text of nodesOf(tree, 'text')) if (NOTE_MARKS.test(text.value)) text.value = plain(text.value);
  return dropRepeatedTags(tree);
}

/** Code blocks that are a notes app's queries (`dataview`), not text of the note. */
const QUERY_FENCE = /^\s*(?:```|~~~)\s*(?:dataview|dataviewjs|query|tasks)\b/i;
const TAGS_ONLY = /^\s*#[\p{L}\p{N}_/-]+(?:\s+#[\p{L}\p{N}_/-]+)*\s*$/u;
const EMBED_ONLY = /^\s*!\[\[[^[\]\n]*\]\]\s*$/;

/** Lines of a note that only its app reads: `%%` comments, tag lines (`#company #norway`), query blocks and lone embeds (`![[diagram.png]]`). */
export function noteChrome(body: string): ChromeLine[] {
  const chrome: ChromeLine[] = [];
  let inside: 'comment' | 'query' | undefined;
  body.split('\n').forEach((raw, i) => {
    const text = raw.trim();
    const starts = inside === undefined && (text.startsWith('%%') || QUERY_FENCE.test(raw) || TAGS_ONLY.test(raw) || EMBED_ONLY.test(raw));
    if (inside === undefined && !starts) return;
    chrome.push({ line: i + 1, text });
    if (inside === 'query') inside = /^(?:```|~~~)\s*$/.test(text) ? undefined : 'query';
    else if (inside === 'comment') inside = text.endsWith('%%') ? undefined : 'comment';
    else if (QUERY_FENCE.test(raw)) inside = 'query';
    else if (text.startsWith('%%') && (text.length < 4 || !text.endsWith('%%'))) inside = 'comment';
  });
  return chrome;
}

/** The tree without the blocks that lie wholly on such lines. */
export function dropChromeBlocks(tree: Root, chrome: readonly ChromeLine[]): Root {
  const lines = new Set(chrome.map((c) => c.line));
  const onChrome = (node: Nodes): boolean => {
    const { position } = node;
    if (!position) return false;
    for (let line = position.start.line; line <= position.end.line; line++) if (!lines.has(line)) return false;
    return true;
  };
  if (lines.size > 0) tree.children = tree.children.filter((node) => !onChrome(node));
  return tree;
}
