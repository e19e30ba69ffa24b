import type { ChalkInstance } from 'chalk';
import type { Company, Role } from '../model/company.js';
import type { Fact } from '../model/source.js';
import { plural as count } from '../plural.js';

const texts = (facts: readonly Fact[]): string => facts.map((f) => f.text).join(' · ');

/**
 * A readable summary of the model: what is there and how much, not every fact
 * (that is `--json`). `check` is the `prep check` command line that lists the
 * gaps and unmapped lines, as the user can paste it (see checkCommand).
 */
export function formatCompany(c: Company, chalk: ChalkInstance, check: string): string {
  const out: string[] = [];
  const line = (label: string, value: string | undefined | null): void => {
    if (value) out.push(`${chalk.bold(label.padEnd(14))}${value}`);
  };
  out.push(chalk.bold.underline(`${c.name} (${c.id})`) + (c.aliases.length ? chalk.dim(`  aka ${c.aliases.join(', ')}`) : ''));
  const o = c.overview;
  line('Summary', o.summary?.text);
  line('Founded', o.founded?.text);
  line('Headquarters', o.headquarters?.text);
  line('Employees', o.employees?.text);
  line('Industry', texts(o.industry));
  line('Ticker', o.ticker ? [o.ticker.exchange, o.ticker.symbol].filter(Boolean).join(': ') : undefined);
  line('Revenue', o.revenue?.text);
  line('Market cap', o.marketCap?.text);
  line('Mission', c.mission?.text);
  line('Values', texts(c.values));
  line('Products', c.products.map((p) => (p.category ? `${p.name} (${p.category})` : p.name)).join(', '));
  line('Tech stack', Object.entries(c.techStack).filter(([, list]) => list.length).map(([k, list]) => `${k}: ${texts(list)}`).join('; '));
  line('Families', c.roleFamilies.map((f) => f.name).join(', '));
  out.push(chalk.bold(`Roles (${c.roles.length})`));
  for (const role of c.roles) out.push(`  ${formatRole(role, chalk)}`);
  line('Culture', count(c.culture.length, 'signal'));
  line('News', count(c.news.length, 'item'));
  line('Strategy', [count(c.swot.length, 'SWOT'), count(c.okrs.length, 'objective'), count(c.metrics.length, 'metric')].join(', '));
  line('Pathways', c.entryPathways.map((p) => p.name).join(', '));
  line('Notes', c.notes.length ? `${count(c.notes.length, 'note')} under ${[...new Set(c.notes.map((n) => n.label))].join(', ')}` : undefined);
  out.push(chalk.bold('Sources'));
  for (const s of c.sources) {
    out.push(`  ${s.file} ${chalk.dim(`${s.family}, ${s.kind}, ${count(s.facts, 'fact')}, ${s.mappedLines}/${s.contentLines} lines mapped${s.role ? `, role ${s.role}` : ''}`)}`);
  }
  line('Gaps', c.gaps.length ? `${c.gaps.length} (run ${check})` : '0');
  line('Unmapped', c.unmapped.length ? `${c.unmapped.length} lines (run ${check})` : '0');
  return `${out.join('\n')}\n`;
}

function formatRole(role: Role, chalk: ChalkInstance): string {
  const parts = [
    role.family && `family ${role.family}`,
    role.team && `team ${role.team.text}`,
    role.responsibilities.length && count(role.responsibilities.length, 'responsibility', 'responsibilities'),
    role.talkingPoints.length && count(role.talkingPoints.length, 'talking point'),
    role.questions.length && count(role.questions.length, 'question'),
    role.skillsMap.length && count(role.skillsMap.length, 'skills-map row'),
  ].filter(Boolean);
  return `${role.title} ${chalk.dim(`(${role.slug})`)}${parts.length ? chalk.dim(` · ${parts.join(' · ')}`) : ''}`;
}
