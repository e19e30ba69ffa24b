import type { Element, ElementContent, Root } from 'hast';

const isElement = (node: ElementContent | Root['children'][number]): node is Element => node.type === 'element';

const childElements = (node: Element, tagName: string): Element[] => node.children.filter(isElement).filter((child) => child.tagName === tagName);

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** Each body cell of a table gets its column's heading as `data-label`. */
function labelTable(table: Element): void {
  const [head] = childElements(table, 'thead');
  const [headRow] = head ? childElements(head, 'tr') : [];
  if (!headRow) return;
  const labels = childElements(headRow, 'th').map((cell) => textOf(cell).trim());
  for (const body of childElements(table, 'tbody')) {
    for (const row of childElements(body, 'tr')) {
      childElements(row, 'td').forEach((cell, index) => {
        const label = labels[index];
        if (label) cell.properties['dataLabel'] = label;
      });
    }
  }
}

/**
 * Names every table cell by its column (`data-label="Match"`), so that on a
 * phone, where print.css stacks a row's cells, each still says what it is.
 * Runs after sanitizing: the label is the heading's own text, printed by the
 * stylesheet as text.
 */
export function labelCells(node: Root | Element): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'table') labelTable(child);
    else labelCells(child);
  }
}
