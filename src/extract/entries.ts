import type { List, ListItem, Nodes, RootContent, Table } from 'mdast';
import { lineOf, textOf } from '../classify/text.js';
import { readLabelled, type Labelled } from './labelled.js';
import { splitLabelledLines } from './lines.js';
import { joinRowValues } from './row-values.js';
import { pairStacked } from './stacked-pairs.js';

/**
 * One unit of content: a list item, a paragraph, a table row. Nested list
 * items are the entry's children (the values under `**Core values**:`).
 */
export interface Entry {
  node: Nodes;
  text: string;
  line: number;
  labelled: Labelled | undefined;
  children: Entry[];
  /** From a glued chip line split by the reader. */
  chip: boolean;
  /**
   * A label with no value on a later line of an item (`**Success metrics:**`
   * carried into a nested item as a lazy line): it opens a new field, so it
   * and the items after it leave the item they were written under.
   */
  opens?: true;
  /** The kind of callout (`note`, `warning`) the entry was written in: an aside, not an item of its section. */
  aside?: string;
}

/** Entries with something in them: an empty bullet or row says nothing. */
export function entriesOf(content: readonly RootContent[]): Entry[] {
  return joinRowValues(pairStacked(content.flatMap(entriesOfNode).filter((e) => e.text !== '' || e.children.length > 0)));
}

function entriesOfNode(node: RootContent): Entry[] {
  switch (node.type) {
    case 'list':
      return entriesOfList(node);
    case 'paragraph':
      return (splitLabelledLines(node) ?? [node]).map((line) => entry(line, textOf(line), readLabelled(line), [], false));
    case 'blockquote': {
      const callout = node.data?.callout;
      const inner = entriesOf(node.children);
      return callout === undefined ? inner : inner.map((e) => ({ ...e, aside: callout }));
    }
    case 'table':
      return entriesOfTable(node);
    case 'code':
      return node.value.trim() ? [entry(node, node.value, undefined, [], false)] : [];
    default:
      return [];
  }
}

function entriesOfList(list: List): Entry[] {
  const chip = (list.data as { chips?: boolean } | undefined)?.chips === true;
  return list.children.flatMap((item) => entriesOfItem(item, chip)).filter((e) => e.text !== '' || e.children.length > 0);
}

/** One entry per item; an item whose text is several labelled lines is one entry per line, the nested list under the last. */
function entriesOfItem(item: ListItem, chip: boolean): Entry[] {
  const own = item.children.filter((child) => child.type !== 'list');
  const [nested, lifted] = liftOpeners(item.children.filter((child): child is List => child.type === 'list').flatMap(entriesOfList));
  const paragraph = own.length === 1 && own[0]?.type === 'paragraph' ? own[0] : undefined;
  const lines = paragraph && splitLabelledLines(paragraph);
  if (lines) {
    const last = lines.length - 1;
    return [...lines.map((line, i) => opening(entry(line, textOf(line), readLabelled(line), i === last ? nested : [], chip), i)), ...lifted];
  }
  const text = own.map((child) => textOf(child)).join(' ').trim();
  return [entry(item, text, paragraph && readLabelled(paragraph), nested, chip), ...lifted];
}

function opening(line: Entry, index: number): Entry {
  return index > 0 && line.labelled?.value === '' ? { ...line, opens: true } : line;
}

/** Entries up to the first opener stay; each opener leaves with the entries that follow it as its children. */
function liftOpeners(entries: readonly Entry[]): [Entry[], Entry[]] {
  const at = entries.findIndex((e) => e.opens);
  if (at < 0) return [[...entries], []];
  const opener = entries[at]!;
  const [rest, more] = liftOpeners(entries.slice(at + 1));
  return [entries.slice(0, at), [{ ...opener, children: [...opener.children, ...rest] }, ...more]];
}

function entriesOfTable(table: Table): Entry[] {
  return table.children.slice(1).map((row) => {
    const cells = row.children.map((cell) => textOf(cell).trim());
    const text = cells.some(Boolean) ? cells.join(' | ') : '';
    return entry(row, text, undefined, [], false);
  });
}

/** An entry with no label of its own, labelled with the heading it sits under. */
export function labelledAs(entry: Entry, label: string): Entry {
  return entry.labelled ? entry : { ...entry, labelled: { label, value: entry.text } };
}

/**
 * `| Founded | 2017 |`, `| Languages | Rust, Python |`: a table row that names
 * its field in the first cell, for sections of fields or of labelled lists.
 */
export function rowAsLabelled(entry: Entry): Entry {
  if (entry.node.type !== 'tableRow' || entry.labelled) return entry;
  const [first, ...rest] = entry.node.children.map((cell) => textOf(cell).trim());
  const value = rest.filter(Boolean).join(', ');
  // `| Website | |`: a field left blank, like `**Website**:` with nothing after it.
  return first && (value || rest.length > 0) ? { ...entry, labelled: { label: first, value } } : entry;
}

function entry(node: Nodes, text: string, labelled: Labelled | undefined, children: Entry[], chip: boolean): Entry {
  return { node, text: text.replace(/\s+/g, ' ').trim(), line: lineOf(node), labelled, children, chip };
}
