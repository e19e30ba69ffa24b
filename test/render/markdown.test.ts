import { describe, expect, it } from 'vitest';
import { normalizeMarkdown } from '../../src/render/normalize-markdown.js';
import { INJECTION_PAYLOADS, loadPacket, md } from './fixtures.js';
import { headings, parseMarkdown, textOf } from './markdown-text.js';


const SECTIONS = [
  'At a glance',
  'Mission and values',
  'What they build',
  'Strategy now',
  'The role',
  'Skills to requirements',
  'Gaps to close',
  'Talking points and keywords',
  'Questions they may ask',
  'Questions to ask them',
  'Culture notes',
  'Notes',
  'Research to finish',
  'Sources',
];

describe('markdown packet', () => {
  it('has the title, build line and every section in the issue order', async () => {
    const markdown = await md(loadPacket('mle'));
    expect(headings(markdown, 1)).toEqual(['Lumen Maps: Machine Learning Engineer']);
    // The build line the issue lists (company, role, candidate, date, sources), the long candidate headline last so the date never wraps.
    const build = markdown.split('\n')[2]!;
    expect(build).toMatch(/^\*\*Company:\*\* Lumen Maps · \*\*Role:\*\* Machine Learning Engineer · \*\*Built:\*\* 2026-03-02 · \*\*Sources:\*\* 4 documents · \*\*Candidate:\*\* Ada Moreno/);
    expect(headings(markdown, 2)).toEqual(SECTIONS);
  });

  it('has the skills table with its four columns and one row per skills-map row', async () => {
    const packet = loadPacket('mle');
    const markdown = await md(packet);
    expect(markdown).toMatch(/^\| Your evidence +\| Their requirement +\| Talking point +\| Match +\|$/m);
    for (const row of packet.skillsMap) expect(markdown).toMatch(new RegExp(`^\\|.*\\| ${row.requirement}`, 'm'));
    expect(markdown).toContain('- [ ] **Competitors:** List of main competitors');
  });

  it('shows a ticker as exchange and symbol, not the sentence it was found in', async () => {
    const packet = loadPacket('mle');
    const source = { file: 'lumen/profile.md', line: 8 };
    packet.company.overview.ticker = { text: 'Public company (NYSE: LMN) since 2019', exchange: 'NYSE', symbol: 'LMN', source };
    expect(await md(packet)).toMatch(/^\| Ticker +\| NYSE: LMN +\|/m);
    // Read from the line that also gave the ownership, which shows it already: one row.
    packet.company.overview.ownership = { text: 'Public (NYSE: LMN)', source };
    const markdown = await md(packet);
    expect(markdown).toMatch(/^\| Ownership +\| Public \(NYSE: LMN\) +\|/m);
    expect(markdown).not.toMatch(/^\| Ticker /m);
  });

  it('lists the tech stack at a glance, a row per bucket under the label its document gave it, citing every line', async () => {
    const packet = loadPacket('mle');
    packet.company.techStack.cloud = [{ text: 'GCP', label: 'Cloud & hosting', source: { file: 'lumen-maps/profile.md', line: 23 } }];
    const markdown = await md(packet);
    expect(markdown).toMatch(/^\| Languages +\| Python, Rust +\| `lumen-maps\/profile\.md:21` +\|$/m);
    expect(markdown).toMatch(/^\| Cloud & hosting +\| GCP +\|/m);
    expect(markdown).toMatch(/^\| Data +\| BigQuery, Kafka +\| `lumen-maps\/profile\.md:24` `lumen-maps\/notes\.md:7` +\|$/m);
    expect(markdown).toMatch(/^\| Geospatial +\| PostGIS +\|/m);
    // An empty bucket prints no row.
    expect(markdown).not.toMatch(/^\| Practices/m);
    expect(await md(loadPacket('worksheet'))).not.toMatch(/^\| (Languages|Frameworks|Cloud|Data) /m);
  });

  it('lists competitors at a glance, names together and a labelled line under its label; a file name with spaces stays a code span', async () => {
    const packet = loadPacket('mle');
    packet.company.values[0]!.source.file = 'lumen-maps/Team notes 3f2a.md';
    const markdown = await md(packet);
    expect(markdown).toMatch(/^\| Competitors +\| Mapbox, HERE +\| `lumen-maps\/notes\.md:9` +\|$/m);
    expect(markdown).toMatch(/^\| Market position +\| Ahead on live traffic, behind on coverage +\|/m);
    expect(markdown).toContain('`lumen-maps/Team notes 3f2a.md:');
  });

  it('ends the role with what the documents note about it, each under its label', async () => {
    const markdown = await md(loadPacket('mle'));
    const role = markdown.slice(markdown.indexOf('## The role'), markdown.indexOf('## Skills to requirements'));
    expect(role).toMatch(/### Notes\n\n- \*\*Department structure:\*\* Sits with the routing research group; ships to the fleet dashboard `lumen-maps\/profile\.md:41`\n/);
    expect(await md(loadPacket('worksheet'))).not.toContain('### Notes');
  });

  it("keeps the documents' own notes, unlabelled ones first, then each label once over its notes in first-seen order", async () => {
    const markdown = await md(loadPacket('mle'));
    const notes = markdown.slice(markdown.indexOf('\n## Notes') + 1, markdown.indexOf('## Research to finish'));
    expect(notes).toBe(
      '## Notes\n\n- Ask about the routing research group `lumen-maps/notes.md:3`\n\n### Interview loop\n\n' +
        '- Recruiter said the loop is four rounds over two weeks `lumen-maps/notes.md:14`\n- Onsite is a whiteboard design round `lumen-maps/notes.md:15`\n\n',
    );
  });

  it('prints a highlight whose title is its whole text once, and a short name over a longer text as a heading', async () => {
    const packet = loadPacket('mle');
    const source = { file: 'lumen/strategy.md', line: 12 };
    packet.highlights = [
      { kind: 'swot', title: 'First-party data', text: 'First-party data.', group: 'SWOT · strengths', score: 1, source },
      { kind: 'swot', title: 'Tiles', text: 'Vector tiles served from the edge', group: 'SWOT · strengths', score: 0.9, source },
    ];
    const markdown = await md(packet);
    expect(markdown).toContain('- *strengths:* First-party data. `lumen/strategy.md:12`');
    expect(markdown).toContain('- **Tiles** (strengths): Vector tiles served from the edge `lumen/strategy.md:12`');
  });

  it('names the one SWOT analysis its items come from once, and keeps the groups of two analyses whole', async () => {
    const packet = loadPacket('mle');
    const source = { file: 'lumen/strategy.md', line: 12 };
    const swot = (title: string, group: string) => ({ kind: 'swot' as const, title, text: `${title} matters most`, group, score: 1, source });
    packet.highlights = [swot('Tiles', 'Lumen SWOT · strengths'), swot('Coverage', 'Lumen SWOT · weaknesses')];
    const one = await md(packet);
    expect(one.match(/Lumen SWOT/g)).toHaveLength(1);
    expect(one).toContain('- **Tiles** (strengths): ');
    packet.highlights.push(swot('Rivals', 'Rival SWOT · threats'));
    const two = await md(packet);
    expect(two).toContain('- **Tiles** (Lumen SWOT · strengths): ');
    expect(two).toContain('- **Rivals** (Rival SWOT · threats): ');
  });

  it('leaves out empty sections instead of printing them empty', async () => {
    const markdown = await md(loadPacket('worksheet'));
    expect(headings(markdown, 2)).toEqual(['At a glance', 'The role', 'Skills to requirements', 'Questions they may ask', 'Sources']);
    expect(headings(markdown, 3)).toEqual(['Responsibilities']);
    expect(markdown).toContain('fill in the evidence column');
  });

  it('is stable: running it through remark again changes nothing', async () => {
    for (const name of ['mle', 'worksheet', 'injection'] as const) {
      const markdown = await md(loadPacket(name));
      expect(await normalizeMarkdown(markdown)).toBe(markdown);
    }
  });

  it('is byte-identical for the same packet', async () => {
    const packet = loadPacket('mle');
    expect(await md(structuredClone(packet))).toBe(await md(packet));
  });

  it('prints profile text literally: markup, template syntax and links stay text', async () => {
    const markdown = await md(loadPacket('injection'));
    const text = textOf(parseMarkdown(markdown));
    for (const payload of INJECTION_PAYLOADS) expect(text).toContain(payload);
    const tree = JSON.stringify(parseMarkdown(markdown));
    expect(tree).not.toMatch(/"type":"(html|image|imageReference|linkReference)"/);
    expect(tree).not.toContain('javascript:alert(1)"');
  });
});
