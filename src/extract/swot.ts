import type { Classified } from '../classify/classify.js';
import type { Retrospective, Swot, SwotList } from '../model/company.js';
import { makeFact, mark, sourceOf, type Draft } from './draft.js';
import { entriesOf } from './entries.js';

type RetroList = 'wentWell' | 'notSoWell' | 'learnings' | 'actionItems';

/** A SWOT heading opens one analysis; its quadrants follow as member sections. */
export function extractSwot(draft: Draft, container: Classified): Swot {
  const swot: Swot = {
    title: container.value ?? container.section.title,
    strengths: [],
    weaknesses: [],
    opportunities: [],
    threats: [],
    priorities: [],
    source: sourceOf(draft, container.section.line),
  };
  draft.mapped.add(container.section.line);
  draft.owners.set(container, swot);
  draft.company.swot.push(swot);
  return swot;
}

/** "Strengths" and friends: labelled items keep their label (`PLATFORM`). */
export function extractQuadrant(draft: Draft, member: Classified): void {
  const owner = (member.container && draft.owners.get(member.container)) ?? draft.owners.get(draft.doc);
  pushItems(draft, member, ((owner as Swot | undefined) ?? looseSwot(draft, member))[member.kind as SwotList]);
}

/** Quadrants with no SWOT heading above them: one analysis per document, named after it. */
function looseSwot(draft: Draft, member: Classified): Swot {
  const swot = extractSwot(draft, member);
  swot.title = draft.title ?? 'SWOT';
  draft.owners.set(draft.doc, swot);
  return swot;
}

export function extractRetrospective(draft: Draft, container: Classified): Retrospective {
  const retro = (draft.company.retrospective ??= {
    titles: [],
    wentWell: [],
    notSoWell: [],
    learnings: [],
    actionItems: [],
    sources: [],
  });
  retro.titles.push(container.value ?? container.section.title);
  retro.sources.push(sourceOf(draft, container.section.line));
  draft.mapped.add(container.section.line);
  draft.owners.set(container, retro);
  return retro;
}

export function extractRetroList(draft: Draft, member: Classified): void {
  const owner = member.container && draft.owners.get(member.container);
  const retro = (owner as Retrospective | undefined) ?? draft.company.retrospective ?? extractRetrospective(draft, member);
  pushItems(draft, member, retro[member.kind as RetroList]);
}

function pushItems(draft: Draft, section: Classified, list: Swot[SwotList]): void {
  draft.mapped.add(section.section.line);
  for (const entry of entriesOf(section.section.content)) {
    mark(draft, entry.node);
    for (const item of [entry, ...entry.children]) {
      list.push(makeFact(draft, item.labelled?.value ?? item.text, item.line, item.labelled?.label));
    }
  }
}
