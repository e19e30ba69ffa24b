import type { Company, Role } from '../model/company.js';
import type { Packet } from '../model/packet.js';
import type { Source } from '../model/source.js';

type Research = Packet['research'][number];

/**
 * What the candidate should still find out: the profile's own placeholders and
 * empty fields, the latter worded as what to do (a checklist item). A role-level placeholder (`role.…`) in a document about another
 * role is that role's; company-level ones belong to every packet.
 */
export function collectResearch(company: Company, role: Role): Research[] {
  const otherRoleFiles = new Set(company.sources.filter((s) => s.role !== null && s.role !== role.title).map((s) => s.file));
  const items: Research[] = company.gaps
    .filter((g) => !(g.field.startsWith('role.') && otherRoleFiles.has(g.source.file)))
    .map((g) => ({ field: g.field, text: g.text, ...(g.label === undefined ? {} : { label: g.label }), source: g.source }));
  const fallback: Source | undefined = role.sources[0] ?? (company.sources[0] ? { file: company.sources[0].file, line: 1 } : undefined);
  if (!fallback) return items;
  const empty = (field: string, isEmpty: boolean, text: string, source: Source = fallback): void => {
    if (isEmpty && !items.some((i) => i.field === field || i.field.startsWith(`${field}.`))) items.push({ field, text, source });
  };
  const firstDoc = company.sources[0] ? { file: company.sources[0].file, line: 1 } : fallback;
  empty('competitors', company.competitors.length === 0, 'Find out who they compete with; the profile lists no competitors.', firstDoc);
  empty('news', company.news.length === 0, 'Look up their recent news; the profile has none.', firstDoc);
  empty('role.team', role.team === null, `Find out which team the ${role.title} role sits in.`);
  empty('role.requirements', role.requirements.length === 0, `Get the ${role.title} job posting and its requirements or qualifications.`);
  empty('role.successMetrics', role.successMetrics.length === 0, `Ask how success is measured in the ${role.title} role.`);
  return items;
}
