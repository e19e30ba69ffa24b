import type { Classified } from '../classify/classify.js';
import type { EntryPathway, Okr } from '../model/company.js';
import { makeFact, mark, sourceOf, type Draft } from './draft.js';
import { entriesOf, type Entry } from './entries.js';
import { isShort } from './split.js';

/** "Objective 1: Grow revenue" → "Grow revenue": the number is the document's, not the objective's. */
const OBJECTIVE_NUMBER = /^(?:(?:objective|goal|o)\s*#?\d+\s*[:.)–—-]|(?:objective|goal)\s*:)\s*/i;

/** An objective heading: a line of prose describes it, its list items are the key results. */
export function extractObjective(draft: Draft, item: Classified): void {
  const okr: Okr = { objective: item.section.title.replace(OBJECTIVE_NUMBER, '') || item.section.title, keyResults: [], source: sourceOf(draft, item.section.line) };
  draft.mapped.add(item.section.line);
  draft.owners.set(item, okr);
  // A description line the reader took for a heading: the objective's, not a second objective.
  for (const detail of item.details) {
    draft.mapped.add(detail.section.line);
    okr.description = detail.section.title;
  }
  for (const entry of entriesOf([item, ...item.details].flatMap((c) => c.section.content))) {
    mark(draft, entry.node);
    if (entry.node.type === 'paragraph' && okr.keyResults.length === 0 && !entry.labelled) {
      okr.description = okr.description ? `${okr.description} ${entry.text}` : entry.text;
      continue;
    }
    addResults(draft, okr, entry);
  }
  draft.company.okrs.push(okr);
}

/** A "Key Results" heading under an objective: its items are that objective's key results. */
export function extractKeyResults(draft: Draft, member: Classified): void {
  const okr = member.item && (draft.owners.get(member.item) as Okr | undefined);
  if (!okr) return; // key results of no objective: left for `unmapped`
  draft.mapped.add(member.section.line);
  for (const entry of entriesOf(member.section.content)) {
    mark(draft, entry.node);
    addResults(draft, okr, entry);
  }
}

/** An item and its nested items are key results, each keeping its label (`KR1`, `UPTIME`). */
function addResults(draft: Draft, okr: Okr, entry: Entry): void {
  for (const result of [entry, ...entry.children]) okr.keyResults.push(makeFact(draft, result.labelled?.value ?? result.text, result.line, result.labelled?.label));
}

/** A pathway heading ("Internships") and its description. */
export function extractPathway(draft: Draft, item: Classified): void {
  draft.mapped.add(item.section.line);
  const text = entriesOf(item.section.content)
    .map((entry) => (mark(draft, entry.node), entry.text))
    .join(' ');
  draft.company.entryPathways.push(pathway(draft, item.section.title, text, item.section.line));
}

/**
 * Pathways written without headings: `Internships: …` items, or a short
 * name line followed by its description.
 */
export function extractPathwayList(draft: Draft, container: Classified): void {
  let pending: EntryPathway | undefined;
  for (const entry of entriesOf(container.section.content)) {
    if (entry.labelled) {
      draft.company.entryPathways.push(pathway(draft, entry.labelled.label, entry.labelled.value, entry.line));
      pending = undefined;
    } else if (isShort(entry.text, 5)) {
      pending = pathway(draft, entry.text, '', entry.line);
      draft.company.entryPathways.push(pending);
    } else if (pending && pending.description === undefined) {
      pending.description = entry.text;
    } else {
      continue; // prose with no pathway to describe: left for `unmapped`
    }
    mark(draft, entry.node);
  }
}

function pathway(draft: Draft, name: string, description: string, line: number): EntryPathway {
  const out: EntryPathway = { name: name.trim(), source: sourceOf(draft, line) };
  if (description.trim()) out.description = description.trim();
  return out;
}
