import type { Classified } from '../classify/classify.js';
import type { RoleFamily } from '../model/company.js';
import { makeFact, mark, sourceOf, type Draft } from './draft.js';
import { entriesOf } from './entries.js';
import { namesAJob } from '../roles/role-nouns.js';
import { isShort, splitList } from './split.js';
import { noteOpening } from './role-claim.js';
import { isCardLine, splitWorkplace } from '../roles/workplace.js';

/** A new, empty family of the company, with its roles if they are known already. */
function addFamily(draft: Draft, name: string, line: number, roles: string[] = []): RoleFamily {
  const family: RoleFamily = { name, roles, skills: [], work: [], portfolioIdeas: [], source: sourceOf(draft, line) };
  draft.company.roleFamilies.push(family);
  return family;
}

/** Titles listed under "Open positions": one family named after the heading, shared by its items and lines. */
function openingsOf(draft: Draft, container: Classified): RoleFamily {
  const known = draft.owners.get(container) as RoleFamily | undefined;
  if (known) return known;
  const family = addFamily(draft, container.section.title, container.section.line);
  draft.owners.set(container, family);
  return family;
}

type Entries = ReturnType<typeof entriesOf>;

/**
 * A job card's lines under its title (`Leeds or Remote (UK) · Full-time`,
 * `3 days ago · 27 applicants`): a few short lines naming no job, under a
 * heading naming one job (a plural, `Engineers`, heads a family's list).
 */
function isCardMeta(title: string, entries: Entries): boolean {
  if (entries.length > 3 || /s$/i.test(title.trim())) return false;
  return entries.every((entry) => !entry.chip && !entry.labelled && entry.children.length === 0 && isShort(entry.text) && !namesAJob(entry.text));
}

/**
 * A family heading: its chip line (or a `Roles:` line) names the roles in it.
 * A heading that reads as a job title, with no list of its own (or only its
 * card's place and terms), is an opening.
 */
export function extractRoleFamily(draft: Draft, item: Classified): void {
  const entries = entriesOf(item.section.content);
  // Its own sections under it ("Responsibilities", "What we're looking for") are the opening's, not a family's.
  if (item.container && namesAJob(item.section.title) && isCardMeta(item.section.title, entries)) {
    const { title, workplace } = splitWorkplace(item.section.title);
    const place = [workplace, ...entries.map((entry) => entry.text)].filter(Boolean).join(' · ');
    openingsOf(draft, item.container).roles.push(title);
    noteOpening(draft, title, item.section.line, place || undefined);
    for (const entry of entries) mark(draft, entry.node);
    draft.mapped.add(item.section.line);
    return;
  }
  const family = addFamily(draft, item.section.title, item.section.line);
  draft.owners.set(item, family);
  draft.mapped.add(item.section.line);
  for (const entry of entries) {
    mark(draft, entry.node);
    const named = entry.labelled && /roles?|titles?|positions?/i.test(entry.labelled.label);
    if (entry.chip) family.roles.push(entry.text);
    else if (named) family.roles.push(...splitList(entry.labelled!.value));
    else if (isShort(entry.text)) family.roles.push(...splitList(entry.text));
    else family.work.push(makeFact(draft, entry.text, entry.line));
  }
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
  let opening: string | undefined;
  for (const entry of entriesOf(container.section.content)) {
    const name = entry.labelled?.label;
    if (!name && opening && !namesAJob(entry.text) && isCardLine(entry.text)) {
      // `Chemnitz, Germany · Hybrid` under `Test Automation Engineer`: that opening's place, not a role.
      draft.company.notes.push(makeFact(draft, entry.text, entry.line, opening));
      mark(draft, entry.node);
      continue;
    }
    if (!name && isShort(entry.text) && entry.children.length === 0) {
      const { title, workplace } = splitWorkplace(entry.text);
      openingsOf(draft, container).roles.push(title);
      if (workplace) draft.company.notes.push(makeFact(draft, workplace, entry.line, title));
      mark(draft, entry.node);
      opening = title;
      continue;
    }
    if (!name) continue;
    const roles = [...splitList(entry.labelled!.value), ...entry.children.map((child) => child.text)];
    addFamily(draft, name, entry.line, roles);
    mark(draft, entry.node);
  }
}
