import type { Table } from 'mdast';
import type { Classified } from '../classify/classify.js';
import type { SkillsMapRow } from '../model/company.js';
import { textOf } from '../classify/text.js';
import { addGap, mark, sourceOf, type Draft } from './draft.js';
import { isPlaceholder } from './placeholder.js';
import { unquote } from './split.js';

type Column = 'skill' | 'requirement' | 'talkingPoint';

/** Header cell → column, by what it says ("Your Skill/Experience", "Their Requirement", "Talking Point"). */
const COLUMNS: readonly [Column, RegExp][] = [
  ['talkingPoint', /talking|point|pitch|story|evidence|how to say/i],
  ['requirement', /require|their|need|ask|job|qualification/i],
  ['skill', /skill|experience|your|my|strength/i],
];

/** A skills-to-requirements table: one row per skill, columns found by their header. */
export function extractSkillsMap(draft: Draft, classified: Classified): void {
  draft.mapped.add(classified.section.line);
  for (const node of classified.section.content) {
    if (node.type !== 'table') continue;
    mark(draft, node);
    for (const row of rowsOf(draft, node)) {
      // A template's `[fill in] | [fill in] | …` row is a blank to fill in: a gap, not a row of the map.
      if (row.skill === '' && row.requirement === '') addGap(draft, 'skillsMap', row.written, row.source.line);
      else draft.role.skillsMap.push({ skill: row.skill, requirement: row.requirement, talkingPoint: row.talkingPoint, source: row.source });
    }
  }
}

/** Rows with placeholder cells emptied, and the row as written. */
function rowsOf(draft: Draft, table: Table): (SkillsMapRow & { written: string })[] {
  const [header, ...rows] = table.children;
  const headers = header?.children.map((cell) => textOf(cell)) ?? [];
  const columns = headers.map((text, i) => COLUMNS.find(([, re]) => re.test(text))?.[0] ?? (['skill', 'requirement', 'talkingPoint'] as const)[i]);
  return rows.map((row) => {
    const cells: Record<Column, string> = { skill: '', requirement: '', talkingPoint: '' };
    const written = row.children.map((cell) => unquote(textOf(cell)));
    written.forEach((text, i) => {
      const column = columns[i];
      if (column && !cells[column] && !isPlaceholder(text)) cells[column] = text;
    });
    return { ...cells, written: written.some(Boolean) ? written.join(' | ') : '', source: sourceOf(draft, row.position?.start.line ?? table.position?.start.line ?? 1) };
  });
}
