import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/cli.js';
import { builtPacket, checked, citedFacts, listed, miscited, shown } from '../helpers/trial.js';

// A Notion export, a Dutch job ad, Word's plain text, a video page with its transcript, a newsletter and an Obsidian note with Dataview fields, through the CLI.
const profiles = path.join(fixtures, 'profiles-trial10');
type Fact = { text: string; label?: string; year?: number; count?: number };
type Role = { title: string; team?: Fact | null; requirements: Fact[]; responsibilities: Fact[]; questions: Fact[]; questionsToAsk: Fact[] };
type Model = {
  overview: Record<string, Fact | null>;
  products: { name: string; description?: string }[];
  values: Fact[];
  mission: Fact | null;
  roles: Role[];
};
const show = (id: string): Promise<Model> => shown<Model>(profiles, id);
const facts = (model: Model): [number | undefined, string | undefined, number | undefined] =>
  [model.overview['founded']?.year, model.overview['headquarters']?.text, model.overview['employees']?.count];

describe('prep on documents of shapes no earlier trial had (trial10)', () => {
  it('lists each company with the role its documents are about, and no sign-off or footer for a role', async () => {
    const { code, companies } = await listed(profiles);
    expect(code).toBe(0);
    expect(companies.map(([id, , roles]) => [id, roles])).toEqual([
      ['brinkwater', ['Grid Software Engineer']],
      ['fenwright', ['Senior Analytics Engineer']],
      // The title line under the breadcrumb, as on an English job board.
      ['oostvaart', ['Data Engineer']],
      ['quellbrook', ['Clinical Data Analyst']],
      // The newsletter's `We're looking for a …` paragraph names its opening only in prose under `WE'RE HIRING`: no role yet, and none from `Ride well,` or `Our mailing address is:`.
      ['ravensmere', []],
      ['skerrow', ['Embedded Firmware Engineer']],
    ]);
  });

  it('warns of nothing, and cites every fact of the Word, Dutch and Obsidian documents at its line', async () => {
    const { code, diagnostics } = await checked(profiles);
    expect(code).toBe(0);
    expect(diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
    for (const id of ['quellbrook', 'oostvaart']) expect(miscited(profiles, citedFacts(await show(id))), id).toEqual([]);
    // A Dataview field (`hq:: Leeds, UK`) is cited at its own line of the run.
    const fenwright = await show('fenwright');
    expect(['founded', 'headquarters', 'employees'].map((field) => (fenwright.overview[field] as { source?: { line: number } } | null)?.source?.line)).toEqual([7, 8, 9]);
  });

  it('reads a Word document saved as plain text: tab-indented items under headings with no blank line', async () => {
    const quellbrook = await show('quellbrook');
    expect(facts(quellbrook)).toEqual([2016, 'Nottingham, UK', 650]);
    expect(quellbrook.mission?.text).toBe('“Diagnosis within a week, within ten miles.”');
    expect(quellbrook.products.map((p) => p.name)).toEqual(['Quellbrook Scan', 'Quellbrook Bloods', 'Heartline']);
    const [analyst] = quellbrook.roles;
    expect([analyst?.responsibilities.length, analyst?.requirements.length, analyst?.questions.length]).toEqual([4, 4, 3]);
    // The doubly indented line is its parent's sub-item, not a duty of its own.
    expect(analyst?.responsibilities[1]?.text).toMatch(/^Reconcile activity data .*Flag mismatches over 2%/s);
  });

  it('reads a Dutch ad\'s sections and facts, and leaves its breadcrumb and application form out', async () => {
    const oostvaart = await show('oostvaart');
    expect(facts(oostvaart)).toEqual([2012, 'Rotterdam', 180]);
    expect(oostvaart.mission?.text).toBe('Vervoer over water de logische keuze maken voor elke container.');
    expect(oostvaart.products.map((p) => p.name)).toEqual(['Oostvaart Planner', 'Oostvaart Track', 'Oostvaart Connect']);
    const [engineer] = oostvaart.roles;
    expect([engineer?.responsibilities.length, engineer?.requirements.length]).toEqual([4, 5]);
    expect(JSON.stringify(oostvaart)).not.toMatch(/Home > Vacatures|Voornaam|Ik ga akkoord|Verstuur sollicitatie/);
  });

  it('reads a Notion page\'s toggle lists as the sections they name, and its requirements', async () => {
    const brinkwater = await show('brinkwater');
    expect(facts(brinkwater)).toEqual([2018, 'Aarhus, Denmark', 260]);
    expect(brinkwater.products.map((p) => p.name)).toEqual(['Flux Forecast', 'Flux Balance', 'Gridlens']);
    expect(brinkwater.roles[0]?.requirements).toHaveLength(4);
  });

  it('reads an Obsidian note\'s Dataview fields, each a fact at its line', async () => {
    const fenwright = await show('fenwright');
    expect(facts(fenwright)).toEqual([2015, 'Leeds, UK', 320]);
    expect(fenwright.roles[0]?.team?.text).toMatch(/Measurement/);
    expect(JSON.stringify(fenwright)).not.toMatch(/::/);
  });

  it('leaves a newsletter\'s mailing furniture, buttons and sign-off out of the company and its packet', async () => {
    const ravensmere = JSON.stringify(await show('ravensmere'));
    expect(ravensmere).not.toMatch(/View this email|Forward to a friend|receiving this email|unsubscribe|Ride well|Hollie Barraclough|Shop the Kestle|\[Image:/);
    expect(ravensmere).toMatch(/built steel frames in Sheffield since 2013/);
    const packet = await builtPacket(profiles, 'quellbrook', 'Clinical Data Analyst');
    expect(packet).toMatch(/Build the weekly waiting-times dashboards/);
  });
});
