import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { Fact } from '../../src/model/source.js';
import { fixtures, repoRoot } from '../helpers/cli.js';

// Larchmont Freight: an XHTML careers page with a table of facts, and a job ad saved from a browser's view of a text file (`<pre>`).
const cited = (facts: readonly Fact[]): string[] => facts.map((f) => `${f.source.file.split('/')[1]}:${f.source.line} ${f.text}`);

describe('saved pages of larchmont', async () => {
  const { company: c, diagnostics } = await compile(path.join(fixtures, 'profiles-html'), 'larchmont', { cwd: repoRoot });
  const everything = JSON.stringify(c);

  it('reads an XHTML page (XML prolog, CDATA script) as a page: its text, no tags', () => {
    expect(diagnostics.filter((d) => d.ruleId === 'html-page').map((d) => path.basename(d.file))).toEqual(['careers-xhtml.md', 'platform-engineer-ad.txt']);
    expect(c.name).toBe('Larchmont Freight');
    expect(everything).not.toMatch(/<\/?(?:p|li|td|html|div)\b|tracker|Not a heading|Apply today|DOCTYPE|xml version/);
    const analyst = c.roles.find((r) => r.title === 'Data Analyst')!;
    // A list item whose text wraps onto a second line is cited at the line it starts on.
    expect(cited(analyst.responsibilities)).toEqual(['careers-xhtml.md:30 Build the weekly on-time report for shippers', 'careers-xhtml.md:32 Model yard dwell times']);
  });

  it('reads a table with its headers down the side as fields, every row kept', () => {
    const { founded, headquarters, employees } = c.overview;
    expect(cited([founded!, headquarters!, employees!])).toEqual(['careers-xhtml.md:22 2009', 'careers-xhtml.md:23 Duluth, Minnesota', 'careers-xhtml.md:24 85']);
  });

  it('reads a <pre> by its lines: headings, bullets and their page lines', () => {
    const engineer = c.roles.find((r) => r.title === 'Platform Engineer')!;
    expect(cited(engineer.responsibilities)).toEqual([
      'platform-engineer-ad.txt:6 Keep the planning services up during the grain season',
      'platform-engineer-ad.txt:7 Automate deploys with Argo CD & Terraform',
    ]);
    expect(cited(engineer.requirements)).toEqual(['platform-engineer-ad.txt:10 Three years running Linux in production', 'platform-engineer-ad.txt:11 Comfort with on-call']);
    expect(c.unmapped).toEqual([]);
  });
});
