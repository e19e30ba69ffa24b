import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/cli.js';
import { builtPacket, checked, citedFacts, listed, miscited, shown } from '../helpers/trial.js';

// Job boards, PDF exports, review sites, clipped pages and mails in German and Japanese, through the CLI as a coach runs it.
const profiles = path.join(fixtures, 'profiles-trial6');
const show = (id: string): Promise<unknown> => shown<unknown>(profiles, id);
const packet = (id: string, role: string): Promise<string> => builtPacket(profiles, id, role);

describe('prep on job boards, PDF exports and clipped pages (trial6)', () => {
  it('lists each company by its name, the Japanese one too, with the roles its postings and mails name (exit 1: one document is refused)', async () => {
    const { code, companies } = await listed(profiles);
    expect(code).toBe(1);
    expect(companies).toEqual([
      ['corvane-marine', 'Corvane Marine Systems', ['Autonomy Software Engineer']],
      ['ferrowick', 'Ferrowick Analytics', ['Data Scientist', 'Analytics Engineer']],
      ['kobaltwerk', 'Kobaltwerk Oberflächentechnik GmbH', ['Softwareentwicklerin']],
      ['lumenfold', 'Lumenfold', ['Senior Product Analyst']],
      ['mizunara', '水楢精機株式会社', ['組込みソフトウェアエンジニア']],
      ['quintane', 'Quintane', ['Data Platform Engineer', 'Machine Learning Engineer, Perception']],
    ]);
  });

  it('refuses TOML front matter in one line naming the file and what to do, and nothing else is wrong (exit 1)', async () => {
    const { code, diagnostics, stderr } = await checked(profiles);
    expect(code).toBe(1);
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => [path.basename(d.file), d.line, d.ruleId])).toEqual([['hugo-notes.md', 1, 'front-matter']]);
    expect(diagnostics.every((d) => !d.message.includes('\n'))).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('cites every fact at the line that holds it', async () => {
    for (const id of ['corvane-marine', 'ferrowick', 'kobaltwerk', 'lumenfold', 'mizunara', 'quintane']) {
      const cited = citedFacts(await show(id));
      expect(cited.length, id).toBeGreaterThan(0);
      expect(miscited(profiles, cited)).toEqual([]);
    }
  });

  it('reads the facts a PDF export left in columns, and none of its page headers, footers or contents', async () => {
    const model = (await show('corvane-marine')) as { overview: Record<string, { text: string } | null>; values: { text: string }[]; products: { name: string }[] };
    expect(model.products.map((product) => product.name)).toEqual(['Skerry 6', 'Tidemark', 'Harbour Watch']);
    expect(['founded', 'headquarters', 'employees', 'revenue'].map((field) => model.overview[field]?.text)).toEqual(['2009', 'Aberdeen, Scotland', '310', '£48 million (2024)']);
    expect(model.values.map((value) => value.text)).toEqual(['Safe at sea, always', 'Data you can defend in court', 'Small crews, big ownership']);
    expect(await packet('corvane-marine', 'autonomy software engineer')).not.toMatch(/Page \d of|CONFIDENTIAL|\.{4}|equal opportunity|Company Overview 2025 \|/);
  });

  it('leaves a job board\'s form, buttons and boilerplate out of the packet', async () => {
    const text = [await packet('lumenfold', 'senior product analyst'), await packet('quintane', 'mle'), await packet('quintane', 'data platform engineer')].join('\n');
    expect(text).not.toMatch(/equal opportunity|[Pp]owered by|Submit application|First Name|Apply for this [Jj]ob|Privacy Policy|Vulnerability Disclosure/);
    expect(text).toContain('Fluent SQL and either Python or R for analysis');
  });

  it('keeps a job\'s place out of the company\'s headquarters, and a bold line after the questions to ask out of them', async () => {
    const quintane = (await show('quintane')) as { overview: { headquarters: unknown } };
    expect(quintane.overview.headquarters).toBeNull();
    const ferrowick = await packet('ferrowick', 'ds');
    expect(ferrowick).toMatch(/### Perks we like\n\n- Four-day week in August/);
  });
});
