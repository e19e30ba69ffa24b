import type { Element, ElementContent, Text } from 'hast';

/** Tables of a saved page, made safe and read the way they are laid out. */

// A row of more cells than this keeps the rest of its text in its last cell: the converter pads every row to the widest.
const MAX_CELLS = 32;

const isCell = (node: ElementContent): node is Element => node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th');

/** At most MAX_CELLS cells, the text of the others in the last; spans dropped, so no cell is copied across others. */
export function capCells(row: Element): void {
  const cells = row.children.filter(isCell);
  for (const cell of cells) {
    delete cell.properties['colSpan'];
    delete cell.properties['rowSpan'];
  }
  if (cells.length <= MAX_CELLS) return;
  const extra = new Set<ElementContent>(cells.slice(MAX_CELLS));
  const last = cells[MAX_CELLS - 1]!;
  for (const text of cells.slice(MAX_CELLS).flatMap(textsOf)) last.children.push({ type: 'text', value: ' ' }, text);
  row.children = row.children.filter((child) => !extra.has(child));
}

function textsOf(element: Element): Text[] {
  const texts: Text[] = [];
  const pending: ElementContent[] = [element];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'text') texts.push(node);
    else if (node.type === 'element') for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return texts;
}

/**
 * `<tr><th>Founded</th><td>2009</td></tr>`: a table whose first row holds
 * data has its headers down the side, not across the top. Its `th` are read
 * as cells, so the converter puts an empty header row above and every row stays data.
 */
export function headFirstRow(table: Element): void {
  const rows = table.children.flatMap((child) => (child.type !== 'element' ? [] : child.tagName === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? child.children : []));
  const first = rows.find((row): row is Element => row.type === 'element' && row.tagName === 'tr');
  if (!first?.children.some((cell) => cell.type === 'element' && cell.tagName === 'td')) return;
  for (const row of rows) if (row.type === 'element') for (const cell of row.children) if (isCell(cell)) cell.tagName = 'td';
}
