import type { Company, Role } from '../model/company.js';
import type { Fact } from '../model/source.js';
import type { Draft } from '../extract/draft.js';
import { emptyRole } from './empty.js';
import { ROLE_ABBREVIATIONS } from '../roles/role-abbreviations.js';
import { TITLE_ABBREVIATIONS } from '../roles/text-abbreviations.js';
import { inferRole, resolveTitle, titleAliases } from './infer-role.js';
import { titleOfDocument } from './title-role.js';
import { mentionedRole } from './mentioned-role.js';
import { normKey } from './normalize.js';
import { plural } from '../plural.js';
import { roleSlug } from '../slug.js';
import { fileLines } from '../parse/file-text.js';

const ROLE_LISTS = ['responsibilities', 'requirements', 'skills', 'successMetrics', 'growth', 'talkingPoints', 'keywords', 'questions', 'questionsToAsk', 'work', 'portfolioIdeas', 'notes'] as const;

function hasContent(role: Role): boolean {
  return role.team !== null || role.skillsMap.length > 0 || ROLE_LISTS.some((key) => role[key].length > 0);
}

/** Every title the documents name: family chips first, then what documents claim to be about. */
export function knownTitles(drafts: readonly Draft[]): string[] {
  const titles = new Map<string, string>();
  for (const draft of drafts) {
    for (const family of draft.company.roleFamilies) for (const title of family.roles) titles.set(normKey(title), title);
  }
  for (const draft of drafts) {
    for (const claim of [...draft.earlierRoles.map((earlier) => earlier.claim), claimOf(draft)]) {
      const claimed = claim && claimedTitle(claim.title, [...titles.values()]);
      if (claimed && !titles.has(normKey(claimed))) titles.set(normKey(claimed), claimed);
    }
  }
  return [...titles.values()];
}

/** A claimed title as the profile spells it; an unknown abbreviation ("sre") spelled out. */
function claimedTitle(given: string, titles: readonly string[]): string {
  const known = resolveTitle(given, titles);
  if (known) return known;
  const key = given.trim().toLowerCase();
  // Own keys only: `role: constructor` in front matter is a title, not Object.prototype's.
  // The tailor's table knows more claims (`be`, `fe`, `ds`); its first title is the usual one.
  const expanded = Object.hasOwn(TITLE_ABBREVIATIONS, key) ? TITLE_ABBREVIATIONS[key] : Object.hasOwn(ROLE_ABBREVIATIONS, key) ? ROLE_ABBREVIATIONS[key]?.[0] : undefined;
  return expanded ? expanded.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()) : given.trim();
}

/** Every role a document's facts go to: those its earlier "The Role: …" headings opened, then its own. */
export function rolesOfDraft(draft: Draft, titles: readonly string[]): Role[] {
  const earlier = draft.earlierRoles.map(({ role, claim }) => named(draft, role, claimedTitle(claim.title, titles), claim.source.line));
  const own = assignRole(draft, titles);
  return own ? [...earlier, own] : earlier;
}

/**
 * Say which role each document's role-level facts belong to: its front
 * matter, a "The Role: …" heading, or the known title its text names most.
 * Facts no role claims stay company-level prep, with a warning.
 */
function assignRole(draft: Draft, titles: readonly string[]): Role | undefined {
  const claim = claimOf(draft);
  const { file } = draft.doc;
  if (claim) return named(draft, draft.role, claimedTitle(claim.title, titles), claim.source.line);
  const lines = fileLines(file);
  const content = hasContent(draft.role);
  // A document with nothing for a role still names the one it is about in prose (`the Product Designer opening`).
  const inferred = content ? inferRole(lines, titles) ?? titleOfDocument(draft, lines) : mentionedRole(lines);
  if (!content && !inferred) return undefined;
  if (inferred) {
    file.info(
      `Inferred role \`${inferred.title}\` from \`${inferred.match}\` (${plural(inferred.mentions, 'mention')}); add front matter \`role: ${inferred.title}\` to state it`,
      { place: { line: inferred.line, column: 1 }, ruleId: 'inferred-role', source: 'prep' },
    );
    return named(draft, draft.role, inferred.title, inferred.line);
  }
  const listed = draft.doc.frontMatter.roles;
  const why = listed ? `front matter \`role:\` lists ${listed.length} roles, expected one role per document` : 'expected front matter `role:` or a known role title in the text';
  file.message(
    `Unexpected role-level sections with no role, ${why}; kept as company-level prep`,
    { place: { line: firstLine(draft.role), column: 1 }, ruleId: 'unknown-role', source: 'prep' },
  );
  movePrep(draft.role, draft.company);
  return undefined;
}

/** A front matter title names the document's role only when the document has something for a role. */
function claimOf(draft: Draft): Draft['roleClaim'] {
  const claim = draft.roleClaim;
  return claim?.how === 'title' && !hasContent(draft.role) ? undefined : claim;
}

function named(draft: Draft, role: Role, title: string, line: number): Role {
  return { ...role, title, slug: roleSlug(title), aliases: titleAliases(title), sources: [{ file: draft.doc.relative, line }] };
}

function firstLine(role: Role): number {
  const lines = ROLE_LISTS.flatMap((key) => role[key].map((fact) => fact.source.line));
  const first = Math.min(...lines, role.team?.source.line ?? Infinity, ...role.skillsMap.map((row) => row.source.line));
  return Number.isFinite(first) ? first : 1;
}

function movePrep(role: Role, company: Company): void {
  const { prep } = company;
  for (const key of ['talkingPoints', 'keywords', 'questions', 'questionsToAsk', 'responsibilities', 'requirements', 'skills', 'successMetrics', 'growth', 'notes'] as const) {
    prep[key].push(...role[key]);
  }
  const team: Fact[] = role.team ? [{ text: role.team.text, label: 'team', source: role.team.source }] : [];
  prep.notes.push(...team, ...role.work, ...role.portfolioIdeas);
  prep.skillsMap.push(...role.skillsMap);
}

/** Roles the families name, each with its family's skills, work and portfolio ideas. */
export function familyRoles(company: Company): Role[] {
  return company.roleFamilies.flatMap((family) =>
    family.roles.map((title) => ({
      ...emptyRole(title, roleSlug(title)),
      aliases: titleAliases(title),
      family: family.name,
      skills: [...family.skills],
      work: [...family.work],
      portfolioIdeas: [...family.portfolioIdeas],
      sources: [family.source],
    })),
  );
}
