import type { Paragraph } from 'mdast';
import type { Classified } from '../classify/classify.js';
import { textOf } from '../classify/text.js';
import type { Okr, Swot } from '../model/company.js';
import { makeFact, mark, sourceOf, type Draft } from './draft.js';
import { entriesOf } from './entries.js';
import { splitList } from './split.js';
import { quadrantOf } from './strategy-tables.js';

/**
 * A SWOT written as prose, one quadrant a paragraph: `Strengths: two arrays,
 * a serviceable design, long contracts.` Each comma-separated part is an item.
 */
export function readSwotLines(draft: Draft, container: Classified, swot: Swot): void {
  for (const entry of entriesOf(container.section.content)) {
    const quadrant = entry.labelled && quadrantOf(entry.labelled.label);
    if (!quadrant || !entry.labelled?.value) continue;
    swot[quadrant].push(...splitList(entry.labelled.value).map((item) => makeFact(draft, item, entry.line)));
    mark(draft, entry.node);
  }
}

/** `Objective 1 — Win the next array`, `O2: …`, `Goal #3. …` */
const OBJECTIVE_LINE = /^(?:objective|goal|o)\s*#?\d+\s*[:.)–—-]\s*(?<text>\S.*)$/i;
/** `KR1.1 Cut downtime`, `KR 2: …`, `Key result 3 - …` */
const KEY_RESULT_LINE = /^(?<label>(?:kr|key result)\s*#?\d+(?:\.\d+)?)\s*[:.)–—-]?\s+(?<text>\S.*)$/i;

/**
 * OKRs written as lines under an OKR heading, with no heading per
 * objective: an `Objective 1 — …` line opens an objective, the `KR1.1 …`
 * lines after it are its key results.
 */
export function readOkrLines(draft: Draft, container: Classified): void {
  readOkrList(draft, container);
  let current: Okr | undefined;
  for (const paragraph of container.section.content.filter((node): node is Paragraph => node.type === 'paragraph')) {
    const start = paragraph.position?.start.line ?? 1;
    const lines = textOf(paragraph).split('\n');
    let read = 0;
    lines.forEach((line, i) => {
      const okr = readLine(draft, line.trim(), start + i, current);
      if (okr) [current, read] = [okr, read + 1];
    });
    // Only a paragraph read whole is the plan's; prose around it stays where it was.
    if (read === lines.length) mark(draft, paragraph);
  }
}

/** The same plan as a list: `- Objective 1: …` items, their key results nested under them. */
function readOkrList(draft: Draft, container: Classified): void {
  for (const entry of entriesOf(container.section.content.filter((node) => node.type === 'list'))) {
    const okr = readLine(draft, entry.text, entry.line, undefined);
    if (!okr) continue;
    for (const child of entry.children) {
      if (!readLine(draft, child.text, child.line, okr)) okr.keyResults.push(makeFact(draft, child.text, child.line));
    }
    mark(draft, entry.node);
  }
}

function readLine(draft: Draft, text: string, line: number, current: Okr | undefined): Okr | undefined {
  const objective = OBJECTIVE_LINE.exec(text)?.groups?.['text'];
  if (objective) {
    const okr: Okr = { objective: objective.trim(), keyResults: [], source: sourceOf(draft, line) };
    draft.company.okrs.push(okr);
    return okr;
  }
  const result = KEY_RESULT_LINE.exec(text)?.groups;
  if (!result || !current) return undefined;
  current.keyResults.push(makeFact(draft, result['text']!.trim(), line, result['label']!.replace(/\s+/g, '')));
  return current;
}
