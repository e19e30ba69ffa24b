import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/cli.js';
import { builtPacket, checked, citedFacts, listed, miscited, shown } from '../helpers/trial.js';

// Earnings calls, Obsidian notes, AsciiDoc and reStructuredText pages, a forum thread, a meeting transcript and an emoji careers page, through the CLI.
const profiles = path.join(fixtures, 'profiles-trial8');
const ids = ['fennick', 'halvercross', 'lumenrath', 'pellucid', 'quorvane', 'tindrel', 'wrenfield'];
type Role = { title: string; requirements: { text: string }[]; responsibilities: { text: string }[]; questions: { text: string }[]; questionsToAsk: { text: string }[]; notes: { text: string; label?: string }[] };
type Model = {
  overview: Record<string, { text: string } | null>;
  products: { name: string; description?: string }[];
  values: { text: string }[];
  mission: { text: string } | null;
  roles: Role[];
};
const show = (id: string): Promise<Model> => shown<Model>(profiles, id);
const texts = (facts: readonly { text: string }[]): string[] => facts.map((f) => f.text);
const role = async (id: string): Promise<Role> => (await show(id)).roles[0]!;

describe('prep on documents of shapes no earlier trial had (trial8)', () => {
  it('lists each company with the role its documents are about', async () => {
    const { code, companies } = await listed(profiles);
    expect(code).toBe(0);
    expect(companies).toEqual([
      ['fennick', 'Fennick Robotics', ['Robotics Software Engineer, Navigation']],
      ['halvercross', 'Halvercross', ['Senior Backend Engineer (Payroll Engine)']],
      ['lumenrath', 'Lumenrath', ['Product Analyst, Growth']],  // The specialty after its comma is part of the title (trial9).
      ['pellucid', 'Pellucid Optics', ['Computer Vision Engineer']],
      // The transcript's title is the one place its full name is written.
      ['quorvane', 'Quorvane Systems, Inc.', ['Senior Data Engineer']],
      // The thread's title puts the company's name before the job: neither is the other's.
      ['tindrel', 'Tindrel', ['Data Engineer']],
      // A meeting transcript names its opening only in what is said.
      ['wrenfield', 'Wrenfield', ['Senior Product Designer']],
    ]);
  });

  it('warns of nothing, skips the CSV with an info, and cites every fact at the line that holds it', async () => {
    const { code, diagnostics } = await checked(profiles);
    expect(code).toBe(0);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === 'not-a-document').map((d) => d.file)).toEqual([expect.stringMatching(/lumenrath\/question-bank\.csv$/)]);
    for (const id of ids) {
      const cited = citedFacts(await show(id));
      expect(cited.length, id).toBeGreaterThan(0);
      // A titled callout reads `Title: what it says`, its title on the line cited: there, its first word still names it.
      const callout = (fact: { text: string }): boolean => /^[^:]{1,40}\?: /.test(fact.text);
      // An admonition (`.. tip:: text`) reads `Tip: text`: the text after the word stands on the line.
      const admonition = /^(?:note|tip|warning|important|caution): /i;
      const plain = cited.filter((fact) => !callout(fact)).map((fact) => ({ ...fact, text: fact.text.replace(admonition, '') }));
      expect(miscited(profiles, plain), id).toEqual([]);
      expect(miscited(profiles, cited.filter(callout).map((fact) => ({ ...fact, text: fact.text.split(' ')[0]! }))), id).toEqual([]);
    }
  });

  it('reads AsciiDoc and reStructuredText pages by their sections', async () => {
    const halvercross = await show('halvercross');
    // An admonition (`NOTE:`, `.. note::`, `.. tip::`) is an aside: no product called "Note", no requirement "Tip: …".
    expect(halvercross.products.map((p) => p.name)).toEqual(['Rostra', 'Payline', 'Clockwise']);
    for (const id of ['halvercross', 'pellucid']) expect(texts((await role(id)).requirements).filter((r) => /^(?:tip|note)\b/i.test(r)), id).toEqual([]);
    expect(texts(halvercross.values)).toEqual(['Correct before clever', 'Write it down', 'Patients are downstream of payroll']);
    expect(['founded', 'headquarters', 'employees'].map((f) => halvercross.overview[f]?.text)).toEqual(['2012', 'Belfast, Northern Ireland', '450']);
    expect(texts((await role('halvercross')).responsibilities)).toHaveLength(3);
    const pellucid = await show('pellucid');
    expect(pellucid.products.map((p) => p.name)).toEqual(['Vistra 9', 'Vistra Flat', 'Lumen SDK']);
    expect(['founded', 'headquarters', 'employees'].map((f) => pellucid.overview[f]?.text)).toEqual(['2009', 'Eindhoven, Netherlands', '210']);
    expect(texts((await role('pellucid')).responsibilities)).toEqual([
      'Train and ship defect classifiers that run on the camera head', 'Cut false-positive rates on new wafer types', 'Work with optics engineers on calibration',
    ]);
    expect(texts((await role('pellucid')).questions)).toHaveLength(2);
  });

  it('reads an Obsidian note\'s callout facts and its products without tags or block ids', async () => {
    const fennick = await show('fennick');
    expect(['founded', 'headquarters', 'employees'].map((f) => fennick.overview[f]?.text)).toEqual(['2017', 'Gothenburg, Sweden', '~380']);
    expect(fennick.products.map((p) => [p.name, p.description])).toEqual([
      ['Fennick Tug', 'the autonomous pallet mover, lidar + camera, 1.2 t payload'],
      ['Fennick Yard', 'fleet manager and traffic control for mixed human/robot floors'],
      ['Pathkit', 'the SDK integrators use to plug Tug into a WMS'],
    ]);
    expect(fennick.overview['offering']?.text).toMatch(/retrofit\.$/);
    expect(texts((await role('fennick')).questionsToAsk)).toHaveLength(3);
  });

  it('reads an emoji careers page\'s lists, and its pinned location as the role\'s workplace', async () => {
    const lumenrath = await show('lumenrath');
    const analyst = lumenrath.roles[0]!;
    expect(texts(analyst.responsibilities)[0]).toBe('Own the metrics for onboarding and invite flows, from event design to dashboards');
    expect(texts(analyst.requirements)).toHaveLength(5);
    expect(texts(lumenrath.values)).toEqual(['Talk straight', 'Fair by default', 'Small steps, often']);
    expect(analyst.notes.filter((n) => n.label === 'Workplace').map((n) => n.text)).toEqual(['Lisbon, Portugal · Hybrid (3 days in office) · Full-time']);
    expect(lumenrath.overview['headquarters']).toBeNull();
  });

  it('keeps a forum thread\'s posts and a call\'s remarks, and leaves their site and call chrome out of the packets', async () => {
    const tindrel = JSON.stringify(await show('tindrel'));
    for (const post of ['dbt and Airflow', 'The SQL round is window functions', 'Design the pipeline that ingests Visa settlement files daily']) expect(tindrel).toContain(post);
    expect((await show('quorvane')).overview['employees']?.text).toBe('2,300');
    expect((await show('quorvane')).mission?.text).toBe("Quorvane's mission is to make every cold-chain shipment verifiable from farm to shelf.");
    const text = (await Promise.all([
      builtPacket(profiles, 'tindrel', 'data engineer'), builtPacket(profiles, 'quorvane', 'senior data engineer'), builtPacket(profiles, 'wrenfield', 'senior product designer'),
      builtPacket(profiles, 'halvercross', 'senior backend engineer (payroll engine)'), builtPacket(profiles, 'pellucid', 'computer vision engineer'),
      builtPacket(profiles, 'fennick', 'robotics software engineer, navigation'), builtPacket(profiles, 'lumenrath', 'product analyst'),
    ])).join('\n');
    expect(text).not.toMatch(/u\/\w|▲|\d+ comments|\[removed\]|posted automatically|Load more comments|r\/\w/);
    expect(text).not.toMatch(/welcome to the Quorvane|Operator Instructions|Chief Financial Officer|Westmarch|may now disconnect/);
    expect(text).not.toMatch(/SUMMARY KEYWORDS|SPEAKERS|otter\.ai|4:02PM/);
    expect(text).not.toMatch(/:toc:|:sectnums:|Platform Guild|\[source|ifdef::|\.\. (?:note|contents|code-block)|:local:|pipeline\.next|fun enhancement|={3,}/);
    expect(text).not.toMatch(/#product|\^summary|!\[\[|\[\[/);
    expect(text).not.toMatch(/✅|1️⃣|🌴|Apply now|Share this job/);
  });
});
