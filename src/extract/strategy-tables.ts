import type { Table, TableRow } from 'mdast';
import type { Classified } from '../classify/classify.js';
import { classifyHeading } from '../classify/headings.js';
import { textOf } from '../classify/text.js';
import type { Okr, Swot } from '../model/company.js';
import { makeFact, mark, sourceOf, type Draft } from './draft.js';
import { SWOT_LISTS, type SwotList } from '../model/company.js';

type Quadrant = SwotList;
const QUADRANTS: ReadonlySet<string> = new Set(SWOT_LISTS);

const cellsOf = (row: TableRow): string[] => row.children.map((cell) => textOf(cell).replace(/\s+/g, ' ').trim());
const lineOfRow = (row: TableRow, table: Table): number => row.position?.start.line ?? table.position?.start.line ?? 1;

export function quadrantOf(text: string): Quadrant | undefined {
  const kind = text ? classifyHeading(text, { qualified: true })?.kind : undefined;
  return kind && QUADRANTS.has(kind) ? (kind as Quadrant) : undefined;
}

function tablesOf(section: Classified): Table[] {
  return section.section.content.filter((node): node is Table => node.type === 'table');
}

/**
 * A SWOT written as tables: quadrant names head the columns (a 2×2 grid, where
 * a row of quadrant names starts the lower half) or the first cell of each row.
 */
export function readSwotTables(draft: Draft, container: Classified, swot: Swot): void {
  for (const table of tablesOf(container)) {
    let columns: (Quadrant | undefined)[] = [];
    let found = false;
    for (const row of table.children) {
      const cells = cellsOf(row);
      const named = cells.map(quadrantOf);
      if (cells.some(Boolean) && cells.every((cell, i) => !cell || named[i])) {
        columns = named;
        found = true;
        continue;
      }
      const rowKind = named[0];
      cells.forEach((cell, i) => {
        const kind = rowKind ? (i > 0 ? rowKind : undefined) : columns[i];
        if (kind && cell) swot[kind].push(makeFact(draft, cell, lineOfRow(row, table)));
      });
      found ||= rowKind !== undefined;
    }
    // A table that names no quadrant is not a SWOT's: its rows stay unmapped.
    if (found) mark(draft, table);
  }
}

const OBJECTIVE = /\b(?:objectives?|goals?)\b/i;
const KEY_RESULT = /\b(?:key results?|krs?|results?|measures?)\b/i;

/** OKRs written as a table: an Objective column (a blank cell repeats the row above) and a Key Result column. */
export function readOkrTables(draft: Draft, container: Classified): void {
  for (const table of tablesOf(container)) {
    const [header, ...rows] = table.children;
    const headers = header ? cellsOf(header) : [];
    const objectiveAt = headers.findIndex((text) => OBJECTIVE.test(text) && !KEY_RESULT.test(text));
    if (objectiveAt < 0) continue;
    const resultAt = headers.findIndex((text, i) => i !== objectiveAt && KEY_RESULT.test(text));
    let current: Okr | undefined;
    for (const row of rows) {
      const cells = cellsOf(row);
      const line = lineOfRow(row, table);
      const objective = cells[objectiveAt] ?? '';
      if (objective && objective !== current?.objective) {
        current = draft.company.okrs.find((okr) => okr.objective === objective && okr.source.file === draft.doc.relative);
        if (!current) draft.company.okrs.push((current = { objective, keyResults: [], source: sourceOf(draft, line) }));
      }
      const result = keyResultOf(cells, headers, objectiveAt, resultAt);
      if (current && result) current.keyResults.push(makeFact(draft, result, line));
    }
    mark(draft, table);
  }
}

/** The key result cell, with any other column (Target, Owner) kept as `(Header: value)`. */
function keyResultOf(cells: readonly string[], headers: readonly string[], objectiveAt: number, resultAt: number): string {
  const extras = cells.flatMap((cell, i) => (i === objectiveAt || i === resultAt || !cell ? [] : [headers[i] ? `${headers[i]}: ${cell}` : cell]));
  const main = resultAt >= 0 ? (cells[resultAt] ?? '') : '';
  if (!main) return extras.join('; ');
  return extras.length > 0 ? `${main} (${extras.join('; ')})` : main;
}
