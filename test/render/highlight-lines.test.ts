import { describe, expect, it } from 'vitest';
import { renderPacket } from '../../src/render/render-packet.js';
import type { Packet } from '../../src/model/packet.js';
import { loadPacket, md } from './fixtures.js';
import { section } from './markdown-text.js';

const highlight = (packet: Packet, kind: string) => packet.highlights.find((h) => h.kind === kind)!;

describe('a product with a line folded into it', () => {
  const packet = loadPacket('mle');
  const product = highlight(packet, 'product');
  const line = { text: `${product.title} now serves 12 more cities.`, source: { file: 'lumen-maps/profile.md', line: 21 } };
  product.related = [line];

  it('is listed once, the line under it as a sub-item with its own citation', async () => {
    const build = section(await md(packet), 'What they build');
    expect(build.match(new RegExp(`\\*\\*${product.title}\\*\\*`, 'g'))).toHaveLength(1);
    const lines = build.split('\n');
    const at = lines.findIndex((l) => l.includes(`**${product.title}**`));
    expect(lines[at]).toMatch(/^\d+\. /);
    expect(lines[at + 1]).toBe(`   - ${line.text} \`lumen-maps/profile.md:21\``);
  });

  it('keeps the sub-item inside the product\'s entry in HTML', async () => {
    const html = await renderPacket(packet, { format: 'html' });
    expect(html).toMatch(new RegExp(`<li>[^]*?${product.title}[^]*?<ul>\\s*<li>${line.text}`));
  });
});

describe('an OKR with key results', () => {
  const packet = loadPacket('mle');
  const okr = highlight(packet, 'okr');
  const source = (line: number) => ({ file: 'lumen-maps/strategy.md', line });
  okr.keyResults = [
    { text: 'Cut median ETA error from 11% to 8%', source: source(61) },
    { text: 'Serve 95% of ETAs within 50 ms', source: source(62) },
  ];
  okr.text = ['Make arrival times trustworthy', ...okr.keyResults.map((k) => k.text)].join('; ');

  it('prints its objective and description on one line and each key result as a sub-item, not one run-on line', async () => {
    const lines = section(await md(packet), 'Strategy now').split('\n');
    const at = lines.findIndex((l) => l.includes(`**${okr.title}**`));
    expect(lines[at]).toBe(`- **${okr.title}**: Make arrival times trustworthy \`lumen-maps/strategy.md:60\``);
    expect(lines.slice(at + 1, at + 3)).toEqual(['  - Cut median ETA error from 11% to 8%', '  - Serve 95% of ETAs within 50 ms']);
  });

  it('without a description, prints its objective alone over the key results', async () => {
    const bare = structuredClone(packet);
    highlight(bare, 'okr').text = okr.keyResults!.map((k) => k.text).join('; ');
    const lines = section(await md(bare), 'Strategy now').split('\n');
    const at = lines.findIndex((l) => l.includes(`**${okr.title}**`));
    expect(lines[at]).toBe(`- **${okr.title}** \`lumen-maps/strategy.md:60\``);
    expect(lines[at + 1]).toBe('  - Cut median ETA error from 11% to 8%');
  });
});

describe('a news item titled by its own first words', () => {
  it('prints its text once, with no bold title and no dangling "…, including"', async () => {
    const packet = loadPacket('mle');
    const news = highlight(packet, 'news');
    news.text = 'Fare capping, including night buses, now runs in every partner city';
    news.title = 'Fare capping';
    const strategy = section(await md(packet), 'Strategy now');
    expect(strategy).toContain(`- ${news.text} \`lumen-maps/profile.md:50\``);
    expect(strategy).not.toContain('**Fare capping');
    expect(strategy).not.toMatch(/including\*\*/);
  });
});
