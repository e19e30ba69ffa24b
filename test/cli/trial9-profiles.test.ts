import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/cli.js';
import { builtPacket, checked, citedFacts, listed, miscited, shown } from '../helpers/trial.js';

// A PDF's two-column report, pandoc's markdown of Word files, a Google Docs text download, a LinkedIn job view, a blog post, a slide deck, a company database and a pasted sheet, through the CLI.
const profiles = path.join(fixtures, 'profiles-trial9');
type Fact = { text: string; label?: string };
type Role = { title: string; requirements: Fact[]; responsibilities: Fact[]; questionsToAsk: Fact[]; talkingPoints?: Fact[]; notes: Fact[] };
type Model = {
  overview: Record<string, Fact | null>;
  products: { name: string; description?: string }[];
  values: Fact[];
  competitors: Fact[];
  mission: Fact | null;
  notes: Fact[];
  roles: Role[];
};
const show = (id: string): Promise<Model> => shown<Model>(profiles, id);
const texts = (facts: readonly Fact[]): string[] => facts.map((f) => f.text);

describe('prep on documents of shapes no earlier trial had (trial9)', () => {
  it('lists each company with the role its documents are about, its specialty kept', async () => {
    const { code, companies } = await listed(profiles);
    expect(code).toBe(0);
    expect(companies).toEqual([
      ['brackenfold', 'Brackenfold Water Technologies', ['Data Engineer, Network Analytics']],
      // The tracker's `Company<TAB>Cindral ApS` row declares the name.
      ['cindral', 'Cindral ApS', ['Backend Engineer']],
      // A letterhead in capitals does not name the company when prose spells it.
      ['harrowdene', 'Harrowdene', ['Senior Analyst – Risk']],
      // A job view's header links (`Messaging`, `Me`) and its hiring-team card are no roles.
      ['kittiwake', 'Kittiwake Analytics', ['Senior Product Manager, Payments']],
      ['oriel-ledger', 'Oriel Ledger', ['Platform Engineer']],
      // The review site's page, its statistics and buttons left out, opens on a review of a `Supply Chain Planner Interview`: the job its questions were asked for.
      ['tarnwick', 'Tarnwick Foods', ['Supply Chain Planning Manager', 'Supply Chain Planner']],
    ]);
  });

  it('warns only of the Windows-1252 file, the template\'s placeholders and questions no role claims, and cites every fact at its line', async () => {
    const { code, diagnostics } = await checked(profiles);
    expect(code).toBe(0);
    const warned = new Set(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.ruleId));
    // A database's page names no role of its own: its role-level lines are kept as the company's, with a warning.
    expect([...warned].filter((rule) => !['legacy-encoding', 'placeholder', 'unknown-role'].includes(rule))).toEqual([]);
    for (const id of ['brackenfold', 'kittiwake', 'tarnwick']) {
      // A field read from a fact box is cited at its row; a word a PDF hyphenated over two lines (`drinking-`/`water`) is whole on neither.
      const joined = (text: string): boolean => /-/.test(text.split(' ').slice(0, 3).join(' '));
      const cited = citedFacts(await show(id)).filter((fact) => !/^(?:Founded|Headquarters|Employees|Revenue|Listed):/.test(fact.text) && !joined(fact.text));
      expect(miscited(profiles, cited), id).toEqual([]);
    }
  });

  it('reads a two-column report page column by column, and a table of products as items', async () => {
    const brackenfold = await show('brackenfold');
    expect(['founded', 'headquarters', 'employees'].map((f) => brackenfold.overview[f]?.text.replace(/^\w+: /, ''))).toEqual(['2011', 'Leeds, United Kingdom', '540']);
    expect(brackenfold.products.map((p) => p.name)).toEqual(['Pipeline Ear', 'Clearwell', 'Brackenfold Insight']);
    expect(brackenfold.products[0]?.description).toBe('Acoustic leak sensor installed through a standard hydrant; battery life of seven years.');
    const all = JSON.stringify(brackenfold);
    expect(all).not.toMatch(/Registered in England|plc Annual Report 2024|intentionally left blank/);
  });

  it('reads pandoc\'s grid tables, spans, hard breaks and bold headings as a reader of the Word file does', async () => {
    const oriel = await show('oriel-ledger');
    expect(['founded', 'headquarters', 'employees'].map((f) => oriel.overview[f]?.text.replace(/^\w+: /, ''))).toEqual(['2015', 'Manchester, England', '140']);
    expect(oriel.mission?.text).toBe('Our mission is to make every pound given to charity traceable from donor to outcome.');
    expect(oriel.products.map((p) => p.name)).toEqual(['Oriel Funds', 'Oriel Gift Aid', 'Oriel Assure']);
    expect(texts(oriel.values)).toEqual(['Trust is the product.', 'Say what you see.', 'Leave it better than you found it.']);
    expect(texts(oriel.competitors)).toEqual(['Charitalis', 'Fundbook', 'Sage Intacct (in larger charities)']);
    expect(texts(oriel.roles[0]!.responsibilities)).toHaveLength(4);
    expect(JSON.stringify(oriel)).not.toMatch(/\{\.(?:underline|mark)\}|\+-{3,}|\+={3,}|width=/);
  });

  it('drops a Google Docs download\'s comments and marks, and reads a slide deck slide by slide', async () => {
    const tarnwick = await show('tarnwick');
    expect(tarnwick.mission?.text).toBe('“Proper food, made by people you could meet.”');
    expect(texts(tarnwick.competitors)).toEqual(['Bramblecote Kitchens', 'Greenhollow Foods', 'supermarkets’ own-label ranges']);
    expect(tarnwick.products.map((p) => p.name)).toEqual(['Tarnwick Kitchen', 'Fellside Soups', 'Tarnwick Foodservice']);
    const planner = tarnwick.roles[0]!;
    expect([planner.responsibilities.length, planner.requirements.length, planner.questionsToAsk.length]).toEqual([4, 4, 2]);
    expect(JSON.stringify(tarnwick)).not.toMatch(/\[[a-e]\]|Title copied from the shared drive|Last edited/);
    const harrowdene = await show('harrowdene');
    expect(texts(harrowdene.competitors)).toEqual(expect.arrayContaining(['Wharfedale Building Society', 'Calder Mutual', 'Nidd Valley Building Society']));
    expect(harrowdene.products.map((p) => p.name)).toEqual(['Mortgages', 'Savings', 'Home insurance through a partner']);
    const risk = harrowdene.roles[0]!;
    expect([risk.responsibilities.length, risk.requirements.length]).toEqual([5, 6]);
    expect(JSON.stringify(harrowdene)).not.toMatch(/"Slide \d|Thank you|Prudential Regulation Authority and regulated|committed to equal opportunities/);
  });

  it('leaves a job view\'s, a blog\'s, a review site\'s and a company database\'s furniture out of the packets', async () => {
    const text = (await Promise.all([
      builtPacket(profiles, 'kittiwake', 'senior product manager'), builtPacket(profiles, 'tarnwick', 'supply chain planning manager'),
      builtPacket(profiles, 'cindral', 'backend engineer'), builtPacket(profiles, 'oriel-ledger', 'platform engineer'),
    ])).join('\n');
    expect(text).not.toMatch(/My Network|Notifications|Meet the hiring team|Job poster|Try Premium|show more|Set alert|I’m interested|Post a job|Help Center/);
    expect(text).not.toMatch(/Open in app|min read|Written by|Recommended from Medium|Text to speech/);
    expect(text).not.toMatch(/Answer Question|Helpful \(|No offer|Positive experience|Continue reading|Add an interview/);
    expect(text).not.toMatch(/Start Free Trial|Unlock even more data|Connect to CRM|Crunchbase ©/);
    const kittiwake = await show('kittiwake');
    const manager = kittiwake.roles[0]!;
    expect([manager.responsibilities.length, manager.requirements.length]).toEqual([4, 5]);
  });
});
