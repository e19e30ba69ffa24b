import type { List, ListItem, Nodes, RootContent, Table } from 'mdast';
import { lineOf, textOf } from '../classify/text.js';
import { readLabelled, type Labelled } from './labelled.js';

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
      return [entry(node, textOf(node), readLabelled(node), [], false)];
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
  return list.children.map((item) => entryOfItem(item, chip)).filter((e) => e.text !== '' || e.children.length > 0);
}

function entryOfItem(item: ListItem, chip: boolean): Entry {
  const own = item.children.filter((child) => child.type !== 'list');
  const nested = item.children.filter((child): child is List => child.type === 'list');
  const paragraph = own.find((child) => child.type === 'paragraph');
  const text = own.map((child) => textOf(child)).join(' ').trim();
  const labelled = paragraph && own.length === 1 ? readLabelled(paragraph) : undefined;
  return entry(item, text, labelled, nested.flatMap(entriesOfList), chip);
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
