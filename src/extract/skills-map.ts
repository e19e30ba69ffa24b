import type { Table } from 'mdast';
import type { Classified } from '../classify/classify.js';
import type { SkillsMapRow } from '../model/company.js';
import { textOf } from '../classify/text.js';
import { mark, sourceOf, type Draft } from './draft.js';
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
    draft.role.skillsMap.push(...rowsOf(draft, node));
  }
}

function rowsOf(draft: Draft, table: Table): SkillsMapRow[] {
  const [header, ...rows] = table.children;
  const headers = header?.children.map((cell) => textOf(cell)) ?? [];
  const columns = headers.map((text, i) => COLUMNS.find(([, re]) => re.test(text))?.[0] ?? (['skill', 'requirement', 'talkingPoint'] as const)[i]);
  return rows.map((row) => {
    const cells: Record<Column, string> = { skill: '', requirement: '', talkingPoint: '' };
    row.children.forEach((cell, i) => {
      const column = columns[i];
      if (column && !cells[column]) cells[column] = unquote(textOf(cell));
    });
    return { ...cells, source: sourceOf(draft, row.position?.start.line ?? table.position?.start.line ?? 1) };
  });
}
