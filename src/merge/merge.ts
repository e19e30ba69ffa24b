import type { VFile } from 'vfile';
import { byCodeUnit } from '../code-unit-order.js';
import { Company, type Role } from '../model/company.js';
import type { Draft } from '../extract/draft.js';
import { reportConflict } from '../extract/report.js';
import { mergeValue, type ConflictAt } from './deep.js';
import { emptyCompany } from './empty.js';
import { aliasesOf, markNameLines, nameOf, withoutNameLines } from './name.js';
import { familyRoles, knownTitles, rolesOfDraft } from './roles.js';
import { mergeSettings } from './settings.js';
import { describe } from './sources.js';
import { countFacts, dropEmpty } from './count.js';
import { reportGapsAndUnmapped } from './report-gaps.js';
import { fillFromHints } from './hints.js';

/**
 * Merge the drafts of one company's documents into one model: roles
 * resolved, lists unioned, conflicts reported on the document whose value
 * was set aside, every source line accounted for. Validated by the schema.
 */
export function merge(input: readonly Draft[], id: string): Company {
  const drafts = [...input].sort((a, b) => byCodeUnit(a.doc.relative, b.doc.relative));
  const files = new Map<string, VFile>(drafts.map((d) => [d.doc.relative, d.doc.file]));
  const conflict: ConflictAt = (path) => reportConflict((file) => files.get(file), path);
  const titles = knownTitles(drafts);
  const docRoles = drafts.map((draft) => rolesOfDraft(draft, titles));

  let company = emptyCompany(id);
  for (const draft of drafts) {
    const { gaps, sources, unmapped, roles, ...facts } = draft.company;
    company = mergeValue(company, facts, '', conflict) as Company;
    company.gaps.push(...gaps);
  }
  fillFromHints(company, drafts);
  const roles: Role[] = [...familyRoles(company), ...docRoles.flat()];
  company.roles = mergeValue([], roles, 'roles', conflict) as Role[];
  company.name = nameOf(drafts, id);
  company.aliases = aliasesOf(drafts);
  company.settings = mergeSettings(drafts);
  markNameLines(drafts, company.name);
  company.notes = withoutNameLines(company.notes, company.name);
  drafts.forEach((draft, i) => {
    const own = docRoles[i] ?? [];
    const facts = countFacts(draft.company) + own.reduce((sum, role) => sum + countFacts(role), 0);
    // A document about several roles is described by the first one it names.
    const { source, unmapped } = describe(draft, draft.kinds, own[0]?.title ?? null, facts);
    company.sources.push(source);
    company.unmapped.push(...unmapped);
  });
  const model = Company.parse(dropEmpty(company));
  reportGapsAndUnmapped(model, files);
  return model;
}
