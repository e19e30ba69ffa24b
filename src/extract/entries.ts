import type { List, ListItem, Nodes, RootContent, Table } from 'mdast';
import { lineOf, textOf } from '../classify/text.js';
import { readLabelled, type Labelled } from './labelled.js';
import { splitLabelledLines } from './lines.js';

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
}

/** Entries with something in them: an empty bullet or row says nothing. */
export function entriesOf(content: readonly RootContent[]): Entry[] {
  return content.flatMap(entriesOfNode).filter((e) => e.text !== '' || e.children.length > 0);
}

function entriesOfNode(node: RootContent): Entry[] {
  switch (node.type) {
    case 'list':
      return entriesOfList(node);
    case 'paragraph':
      return (splitLabelledLines(node) ?? [node]).map((line) => entry(line, textOf(line), readLabelled(line), [], false));
    case 'blockquote':
      return entriesOf(node.children);
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
  const nested = item.children.filter((child): child is List => child.type === 'list').flatMap(entriesOfList);
  const paragraph = own.length === 1 && own[0]?.type === 'paragraph' ? own[0] : undefined;
  const lines = paragraph && splitLabelledLines(paragraph);
  if (lines) return lines.map((line, i) => entry(line, textOf(line), readLabelled(line), i === lines.length - 1 ? nested : [], chip));
  const text = own.map((child) => textOf(child)).join(' ').trim();
  return [entry(item, text, paragraph && readLabelled(paragraph), nested, chip)];
}

function entriesOfTable(table: Table): Entry[] {
  return table.children.slice(1).map((row) => {
    const cells = row.children.map((cell) => textOf(cell).trim());
    const text = cells.some(Boolean) ? cells.join(' | ') : '';
    return entry(row, text, undefined, [], false);
  });
}

function entry(node: Nodes, text: string, labelled: Labelled | undefined, children: Entry[], chip: boolean): Entry {
  return { node, text: text.replace(/\s+/g, ' ').trim(), line: lineOf(node), labelled, children, chip };
}
