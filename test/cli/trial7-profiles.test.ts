import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/cli.js';
import { builtPacket, checked, citedFacts, listed, miscited, shown } from '../helpers/trial.js';

// Press releases, filings, encyclopedia pages, wiki markup, org-mode notes, chats and mail forwards, through the CLI.
const profiles = path.join(fixtures, 'profiles-trial7');
const ids = ['brindlewood', 'corrodale', 'marrowfield', 'olmstead', 'skarvhold', 'tessaline', 'verrano'];
type Model = {
  overview: Record<string, { text: string } | null>;
  products: { name: string }[];
  news: { text: string; label?: string }[];
  notes: { text: string; label?: string }[];
  researchSources: { text: string; source: { line: number } }[];
  roles: { title: string; requirements: { text: string }[]; responsibilities: { text: string }[]; questions: { text: string }[]; questionsToAsk: { text: string }[] }[];
};
const show = (id: string): Promise<Model> => shown<Model>(profiles, id);
const facts = (model: Model, fields: readonly string[]) => fields.map((field) => model.overview[field]?.text);
const packet = (id: string, role: string): Promise<string> => builtPacket(profiles, id, role);

describe('prep on documents of shapes no earlier trial had (trial7)', () => {
  it('lists each company by its name with the role its documents are about', async () => {
    const { code, companies } = await listed(profiles);
    expect(code).toBe(0);
    expect(companies).toEqual([
      ['brindlewood', 'Brindlewood Ceramics', ['Process Engineer']],
      ['corrodale', 'Corrodale Instruments', ['Embedded Firmware Engineer']],
      ['marrowfield', 'Marrowfield Mutual', ['Pricing Actuary']],
      ['olmstead', 'Olmstead Acoustics', ['iOS Engineer']],
      ['skarvhold', 'Skarvhold', ['Backend Engineer']],
      ['tessaline', 'Tessaline', ['Senior Platform Engineer']],
      ['verrano', 'Verrano Biologics, Inc.', ['Manufacturing Data Scientist']],
    ]);
  });

  it('finds nothing wrong, and cites every fact at the line that holds it', async () => {
    const { code, diagnostics } = await checked(profiles);
    expect(code).toBe(0);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    // Where the reader rewrote a line (an org link `[[url][text]]` reads `text (url)`, `1987; 38 years ago` reads `1987`, `[~amy]` reads `@amy`), its first word still names it.
    const rewritten = (fact: { text: string }): boolean => /\(https?:\/\/|^\d{4} in |@\w/.test(fact.text);
    for (const id of ids) {
      const cited = citedFacts(await show(id));
      expect(cited.filter((fact) => !rewritten(fact)).length, id).toBeGreaterThan(0);
      expect(miscited(profiles, cited.filter((fact) => !rewritten(fact)))).toEqual([]);
      expect(miscited(profiles, cited.filter(rewritten).map((fact) => ({ ...fact, text: fact.text.split(' ')[0]!.replace(/:$/, '') })))).toEqual([]);
    }
  });

  it('reads the facts a press release, a filing, an encyclopedia page and a mail state in prose or an infobox', async () => {
    const fields = ['founded', 'headquarters', 'employees'];
    expect(facts(await show('skarvhold'), fields)).toEqual(['2014', 'Oslo, Norway', '240']);
    expect(facts(await show('verrano'), fields)).toEqual(['2011', 'Raleigh, North Carolina', '1,240']);
    expect(facts(await show('corrodale'), [...fields, 'revenue'])).toEqual(['1987 in Lyon, France', 'Villeurbanne, France', '920 (2023)', '€182 million (2023)']);
    expect(facts(await show('marrowfield'), fields)).toEqual([undefined, 'Perth', '600']);
    expect(facts(await show('tessaline'), fields)).toEqual(['2018', 'Leeds, United Kingdom', '160']);
    expect(facts(await show('brindlewood'), fields)).toEqual(['1979', 'Stoke-on-Trent, England', '530']);
  });

  it('makes a press release news, and a filing\'s prose products its products', async () => {
    const skarvhold = await show('skarvhold');
    expect(skarvhold.news.map((n) => [n.label, n.text])).toEqual([['March 3, 2025', 'Skarvhold Launches Harbourline, a Real-Time Emissions Ledger for Short-Sea Shipping']]);
    expect(skarvhold.overview['summary']?.text).toMatch(/^Founded in 2014 and headquartered in Oslo/);
    expect((await show('verrano')).products.map((p) => p.name)).toEqual(['Lysavel', 'Ostrenza', 'VRN-204']);
    expect((await show('corrodale')).products.map((p) => p.name)).toEqual(['Spectra P4', 'Corroprobe', 'Corroview']);
  });

  it('reads the role of a Confluence page, a chat research note, org-mode notes and a forwarded description', async () => {
    const role = async (id: string) => (await show(id)).roles[0]!;
    expect((await role('tessaline')).requirements.map((r) => r.text).slice(0, 2)).toEqual(['5+ years running production infrastructure', 'Terraform and Kubernetes in anger']);
    // The `{note}` panel after the requirements is an aside, and the `{code}` sample under the questions no question.
    expect((await role('tessaline')).requirements).toHaveLength(4);
    expect((await role('tessaline')).questions.map((q) => q.text)).toEqual(['Walk us through an outage you led. What did you change afterwards?', 'How would you roll out a change to 38 sites without taking any offline?']);
    expect((await show('tessaline')).notes.map((n) => [n.label, n.text])).toContainEqual(['Note', 'Do not share this page outside the hiring panel.']);
    // Infobox rows prep has no field for read `name: value`, a value on the line under its row joined to it.
    const corrodale = (await show('corrodale')).notes.map((n) => n.text);
    expect(corrodale).toEqual(expect.arrayContaining(['Founders: Hélène Marchetti, Pierre Aubrac', 'Key people: Hélène Marchetti (chair), Tomas Ekberg (CEO)']));
    expect(corrodale).not.toContain('Tomas Ekberg (CEO)');
    expect((await role('olmstead')).requirements.map((r) => r.text)).toEqual(['3+ years of Swift', 'Core Bluetooth experience', 'Experience shipping apps in a regulated (medical device) setting is a plus']);
    // The chat's closing `Sources` paragraph, under the questions to ask, is a source list, not a question.
    expect((await role('olmstead')).questionsToAsk.map((q) => q.text)).toEqual([
      'How does the team handle medical-device regulation (IEC 62304) in the release process?',
      'What does a typical sprint look like for the app team?',
    ]);
    expect((await show('olmstead')).researchSources.map((s) => s.source.line)).toEqual([59]);
    expect((await role('brindlewood')).responsibilities).toHaveLength(3);
    expect((await role('brindlewood')).questionsToAsk).toHaveLength(3);
    expect((await role('marrowfield')).requirements.map((r) => r.text)).toEqual(['Part-qualified or qualified actuary (IFoA or equivalent)', 'Strong GLM skills; Emblem or Radar experience welcome', 'Clear written communication']);
  });

  it('leaves the markup, chrome and boilerplate of each shape out of the packets', async () => {
    const text = (await Promise.all([
      packet('skarvhold', 'backend engineer'), packet('verrano', 'manufacturing data scientist'), packet('corrodale', 'embedded firmware engineer'),
      packet('tessaline', 'senior platform engineer'), packet('olmstead', 'ios engineer'), packet('brindlewood', 'process engineer'), packet('marrowfield', 'pricing actuary'),
    ])).join('\n');
    expect(text).not.toMatch(/PRNewswire|forward-looking|Media contact|SOURCE Skarvhold|News provided by/i);
    expect(text).not.toMatch(/\[\d+\]|\[edit\]|Wikipedia|years ago|Jump to/);
    expect(text).not.toMatch(/\bh[1-3]\. |\|\||\{panel|\{toc|#\+TITLE|:PROPERTIES:|SCHEDULED:|TODO/);
    expect(text).not.toMatch(/You said|ChatGPT said|Would you like me to|\d{1,2}:\d{2} AM|:\+1:|\(edited\)|wrote:/);
    expect(text).not.toMatch(/UNITED STATES|SECURITIES AND EXCHANGE COMMISSION/);
    expect(text).not.toMatch(/Do not share this page[^\n]*\(required\)|^\d+\. [^\n]*replicas: 3/m);
  });
});
