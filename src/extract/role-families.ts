import type { Classified } from '../classify/classify.js';
import type { RoleFamily } from '../model/company.js';
import { makeFact, mark, sourceOf, type Draft } from './draft.js';
import { entriesOf } from './entries.js';
import { isShort, splitList } from './split.js';

/** A family heading: its chip line (or a `Roles:` line) names the roles in it. */
export function extractRoleFamily(draft: Draft, item: Classified): void {
  const family: RoleFamily = {
    name: item.section.title,
    roles: [],
    skills: [],
    work: [],
    portfolioIdeas: [],
    source: sourceOf(draft, item.section.line),
  };
  draft.mapped.add(item.section.line);
  for (const entry of entriesOf(item.section.content)) {
    mark(draft, entry.node);
    const named = entry.labelled && /roles?|titles?|positions?/i.test(entry.labelled.label);
    if (entry.chip) family.roles.push(entry.text);
    else if (named) family.roles.push(...splitList(entry.labelled!.value));
    else if (isShort(entry.text)) family.roles.push(...splitList(entry.text));
    else family.work.push(makeFact(draft, entry.text, entry.line));
  }
  draft.owners.set(item, family);
  draft.company.roleFamilies.push(family);
}

const MEMBER_LISTS = { skills: 'skills', work: 'work', portfolioIdeas: 'portfolioIdeas', responsibilities: 'work', requirements: 'skills' } as const;

/** "Expected Skills" and the like under a family: their items fill the family's lists. */
export function extractFamilyMember(draft: Draft, member: Classified, family: RoleFamily): void {
  draft.mapped.add(member.section.line);
  const key = MEMBER_LISTS[member.kind as keyof typeof MEMBER_LISTS] ?? 'work';
  for (const entry of entriesOf(member.section.content)) {
    mark(draft, entry.node);
    const items = entry.chip ? [entry.text] : [entry.text, ...entry.children.map((child) => child.text)];
    family[key].push(...items.filter(Boolean).map((text) => makeFact(draft, text, entry.line)));
  }
}

/**
 * Families written as items: `**Engineering**: Software Engineer, SRE`. Plain
 * short items (a careers page's "Open positions") are titles, one per item,
 * of a family named after the heading.
 */
export function extractFamilyList(draft: Draft, container: Classified): void {
  let openings: RoleFamily | undefined;
  for (const entry of entriesOf(container.section.content)) {
    const name = entry.labelled?.label;
    if (!name && isShort(entry.text) && entry.children.length === 0) {
      openings ??= { name: container.section.title, roles: [], skills: [], work: [], portfolioIdeas: [], source: sourceOf(draft, container.section.line) };
      if (openings.roles.length === 0) draft.company.roleFamilies.push(openings);
      openings.roles.push(entry.text);
      mark(draft, entry.node);
      continue;
    }
    if (!name) continue;
    const roles = [...splitList(entry.labelled!.value), ...entry.children.map((child) => child.text)];
    draft.company.roleFamilies.push({ name, roles, skills: [], work: [], portfolioIdeas: [], source: sourceOf(draft, entry.line) });
    mark(draft, entry.node);
  }
}
