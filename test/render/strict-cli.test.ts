import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, prep, repoRoot } from '../helpers/cli.js';
import { templateDir } from './template-dir.js';

const env = { SOURCE_DATE_EPOCH: '1767225600' };
const candidate = path.join(fixtures, 'candidates/data-analyst.md');
/** Brightmoor's Pricing Analyst, a fixture company, built into a fresh directory with --template. */
async function build(files: Record<string, string>, extra: string[] = []) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'prep-strict-cli-'));
  const dir = path.basename(templateDir(files, cwd));
  const args = ['--profiles', path.join(fixtures, 'profiles'), 'build', 'brightmoor', '--role', 'Pricing Analyst', '--template', dir, ...extra];
  return { cwd, dir, ...(await prep(args, { cwd, env })) };
}

const GAPS = (field: string) => `## Gaps to close\n\n{{#each gaps}}\n- **{{${field}}}** {{src source}}\n{{/each}}\n`;

describe('prep build --template: strict templates', () => {
  it('refuses a typo under a list this packet leaves empty: one line with file:line:col and the field, exit 1, nothing written', async () => {
    const result = await build({ 'partials/gaps.md.hbs': GAPS('requirment') });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `prep: ${result.dir}/partials/gaps.md.hbs:4:7: unknown field "requirment" in template. Did you mean "requirement"? ` +
        'Fields here: group, label, required, requirement, source, suggestions, weight. See templates/README.md and `prep schema packet`.\n',
    );
    expect(existsSync(path.join(result.cwd, 'packets'))).toBe(false);
  });

  it('builds with a valid override of one partial, with and without a candidate', async () => {
    for (const extra of [[], ['--candidate', candidate]]) {
      const result = await build({ 'partials/gaps.md.hbs': GAPS('requirement') }, ['-o', '-', ...extra]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^# Brightmoor Grocers: Pricing Analyst\n/);
    }
  });

  it('refuses a typo in a branch this packet never takes', async () => {
    const title = '# {{company.name}}\n\n{{#if candidate}}For {{candidate.nmae}}{{else}}Worksheet{{/if}}\n';
    const result = await build({ 'title.md.hbs': title });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^prep: prep-templates-\w+\/title\.md\.hbs:3:24: unknown field "nmae" in "candidate\.nmae" in template\. Did you mean "name"\?/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('builds a packet.md.hbs of its own with a new partial used as a block, in markdown and HTML, with and without a candidate', async () => {
    const files = {
      'packet.md.hbs': '{{> title}}\n\n{{#> card heading="Gaps"}}For {{role.title}}:{{#each gaps}}\n- {{requirement}} ({{num weight 1}}){{/each}}{{/card}}\n\n{{> sources}}\n',
      'partials/card.md.hbs': '## {{heading}}\n{{#if company.overview.revenue}}Revenue {{num company.overview.revenue.amount 1}}{{/if}}\n{{> @partial-block}}\n',
    };
    for (const extra of [[], ['--candidate', candidate]]) {
      for (const format of ['md', 'html']) {
        const result = await build(files, ['-o', '-', '--format', format, ...extra]);
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toMatch(format === 'md' ? /^## Gaps$/m : /<h2>Gaps<\/h2>/);
      }
    }
  });

  it('refuses ../ in a partial, which Handlebars does not pass into it: one line naming the partial', async () => {
    const result = await build({ 'packet.md.hbs': '{{#each gaps}}{{> gap}}{{/each}}\n', 'partials/gap.md.hbs': '- {{requirement}} for {{../role.title}}\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^prep: prep-templates-\w+\/partials\/gap\.md\.hbs:1:25: "\.\.\/role\.title" reaches above the top-level data\. [^\n]*\n$/);
  });

  it('passes the built-in templates given as a --template directory, printing what it prints without one', async () => {
    const args = ['--profiles', path.join(fixtures, 'profiles'), 'build', 'brightmoor', '--role', 'Pricing Analyst', '-o', '-'];
    const [checked, plain] = await Promise.all([prep([...args, '--template', path.join(repoRoot, 'templates')], { env }), prep(args, { env })]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toBe(plain.stdout);
  });
});
