import { describe, expect, it } from 'vitest';
import { renderPacket } from '../../src/render/render-packet.js';
import type { Packet } from '../../src/model/packet.js';
import { loadPacket } from './fixtures.js';

const md = (packet: Packet) => renderPacket(packet, { format: 'md' });
const section = (markdown: string, heading: string): string => {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  const end = markdown.indexOf('\n## ', start + 1);
  return start < 0 ? '' : markdown.slice(start, end < 0 ? undefined : end);
};
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
