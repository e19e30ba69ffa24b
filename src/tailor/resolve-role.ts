import { distance } from 'fastest-levenshtein';
import { UsageError } from '../errors.js';
import type { Role } from '../model/company.js';
import { ROLE_ABBREVIATIONS } from '../roles/role-abbreviations.js';

/** Letters, digits, `+` and `#` only: "Back-end Engineer" and "backend engineer" compare equal, "C++" and "C#" do not. */
const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, '');
const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const initials = (title: string): string => words(title).map((w) => w[0]).join('');

/** What role lookup needs of a company: its name and its roles' names. */
export interface RoleDirectory<R extends RoleName = RoleName> {
  id: string;
  name: string;
  roles: readonly R[];
}
type RoleName = Pick<Role, 'title' | 'slug' | 'aliases'>;

type Tier = (query: string, role: RoleName) => boolean;

const SENIORITY = /^(?:(?:senior|staff|principal|lead|junior|associate|distinguished|sr|jr)\.?\s+)+/i;
// `(?<!\s)`: a match starts where a run of spaces does, so a long run inside a title is tried once, not from each of its spaces.
const LEVEL = /(?<!\s)\s+(?:[ivx]{1,4}|\d{1,2}|l\d{1,2})$/i;
const QUALIFIER = /(?<!\s)\s*(?:,|\s[-–—|/]\s|\(|:).*$/u;

/** The title without seniority, level or team: "Staff Site Reliability Engineer II" → "Site Reliability Engineer", "Data Scientist, Ads" → "Data Scientist". */
function baseTitle(title: string): string {
  const base = title.replace(QUALIFIER, '').replace(LEVEL, '').replace(SENIORITY, '').trim();
  return base || title;
}

/** The titles an abbreviation prep knows stands for (`mle`); own keys only, so `--role constructor` finds nothing of Object.prototype's. */
const abbreviated = (q: string): readonly string[] => (Object.hasOwn(ROLE_ABBREVIATIONS, compact(q)) ? (ROLE_ABBREVIATIONS[compact(q)] ?? []) : []);

/** From most to least specific; the first tier that finds anything decides. */
const TIERS: readonly Tier[] = [
  (q, role) => compact(q) === compact(role.title) || compact(q) === compact(role.slug),
  (q, role) => role.aliases.some((alias) => compact(alias) === compact(q)),
  (q, role) => abbreviated(q).some((title) => compact(title) === compact(role.title)),
  (q, role) => compact(q).length >= 2 && initials(role.title) === compact(q),
  // `sre` for "Staff Site Reliability Engineer II", `ds` for "Data Scientist, Ads": after the exact forms, so a plain title wins.
  (q, role) => abbreviated(q).some((title) => compact(title) === compact(baseTitle(role.title))),
  (q, role) => compact(q).length >= 2 && initials(baseTitle(role.title)) === compact(q),
  (q, role) => {
    const wanted = words(q);
    const have = new Set(words(role.title));
    return wanted.length > 0 && wanted.every((w) => have.has(w));
  },
];

/** Finds the role a user named by title, slug, alias, abbreviation or initials. */
export function resolveRole<R extends RoleName>(company: RoleDirectory<R>, query: string): R {
  for (const tier of TIERS) {
    const found = company.roles.filter((role) => tier(query, role));
    if (found.length === 1) return found[0] as R;
    if (found.length > 1) {
      throw new UsageError(`role "${query}" is ambiguous for ${company.name}: it could be ${found.map((r) => r.title).join(' or ')}.`, {
        hint: `Pass the full title, e.g. --role "${found[0]?.title}".`,
      });
    }
  }
  throw unknownRole(company, query);
}

function unknownRole(company: RoleDirectory, query: string): UsageError {
  // Titles may hold commas ("Data Scientist, Ads"): a list of them reads right only quoted.
  const list = company.roles.map((r) => (r.title.includes(',') ? `"${r.title}"` : r.title)).join(', ');
  if (company.roles.length === 0) {
    return new UsageError(`unknown role "${query}": ${company.name} lists no roles.`, {
      hint: `Add a role family or a role document to the ${company.id} profile.`,
    });
  }
  // An abbreviation prep knows says what was asked for; one letter off it is another abbreviation, not a typo.
  const meant = [...new Map(abbreviated(query).map((title) => [compact(title), title])).values()];
  if (meant.length > 0) {
    return new UsageError(`unknown role "${query}" for ${company.name}: it lists no ${meant.join(' or ')}.`, { hint: `Roles: ${list}.` });
  }
  const close = closestRole(company.roles, query);
  const didYouMean = close ? ` Did you mean "${close.title}"?` : '';
  return new UsageError(`unknown role "${query}" for ${company.name}.${didYouMean}`, {
    hint: `Roles: ${list}.`,
  });
}

/** The role whose title, slug or alias is within a few edits of the query. */
export function closestRole(roles: readonly RoleName[], query: string): RoleName | undefined {
  const q = compact(query);
  let best: { role: RoleName; d: number } | undefined;
  for (const role of roles) {
    for (const name of [role.title, role.slug, ...role.aliases]) {
      const d = distance(q, compact(name));
      if (d <= Math.max(1, Math.floor(q.length / 3)) && (!best || d < best.d)) best = { role, d };
    }
  }
  return best?.role;
}
