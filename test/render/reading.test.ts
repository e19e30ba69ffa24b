import { describe, expect, it } from 'vitest';
import type { Packet } from '../../src/model/packet.js';
import { loadPacket, md } from './fixtures.js';
import { section } from './markdown-text.js';


const ADVICE = 'Tell it as a short story: what you did and how you measured it.';

/** The mle fixture with its matched rows' talking points ending in the same advice, and listed as talking points too. */
function packetWithAdvice(): Packet {
  const packet = loadPacket('mle');
  for (const row of packet.skillsMap) if (row.talkingPoint) row.talkingPoint = `${row.talkingPoint} ${ADVICE}`;
  const source = { file: 'candidate.md', line: 3 };
  const inTable = packet.skillsMap.flatMap((row) => (row.talkingPoint ? [{ text: row.talkingPoint, source }] : []));
  packet.talkingPoints = [...inTable, ...packet.talkingPoints];
  return packet;
}

describe('the skills table and the talking points', () => {
  it('prints a talking point the table shows once, in the table, and the others under Talking points', async () => {
    const packet = packetWithAdvice();
    const markdown = await md(packet);
    const points = section(markdown, 'Talking points and keywords');
    const rows = packet.skillsMap.filter((r) => r.talkingPoint);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // packetWithAdvice appended ' ' + ADVICE: what is left is the row's own point
      const own = row.talkingPoint!.slice(0, -(ADVICE.length + 1));
      expect(points).not.toContain(own);
      expect(section(markdown, 'Skills to requirements')).toContain(own.replace(/:/g, '\\:'));
    }
    expect(points).toContain('Forecasting at Parcelly is the same shape of problem as ETA prediction.');
  });

  it('prints the advice the talking points share once, above the table, not in every row', async () => {
    const markdown = await md(packetWithAdvice());
    expect(markdown.split('Tell it as a short story').length - 1).toBe(1);
    expect(section(markdown, 'Skills to requirements').indexOf('Tell it as a short story')).toBeLessThan(section(markdown, 'Skills to requirements').indexOf('| Your evidence'));
  });

  it('leaves that advice out of the talking points printed under Talking points too', async () => {
    const packet = packetWithAdvice();
    packet.talkingPoints.push({ text: `"Shipped ETA models" answers several of their asks. ${ADVICE}`, source: { file: 'candidate.md', line: 9 } });
    const points = section(await md(packet), 'Talking points and keywords');
    expect(points).toContain('answers several of their asks.');
    expect(points).not.toContain('Tell it as a short story');
  });

  it('says in words how each requirement was matched, and explains the words it uses', async () => {
    const packet = loadPacket('mle');
    const markdown = await md(packet);
    const rows = [...markdown.matchAll(/^\|(?:[^|\n]*\|){3} *([^|\n]*?) *\|$/gm)].map((match) => match[1]).slice(2);
    expect(rows).toEqual(['exact', 'exact', 'synonym', 'gap']);
    expect(markdown).toMatch(/\*Match:\* \*exact\*: [^;]+; \*synonym\*: [^;]+\.\n/);
    expect(markdown).not.toMatch(/\*same root\*|\*partial\*/);
    const worksheet = await md(loadPacket('worksheet'));
    expect(worksheet).not.toContain('| gap |');
  });

  it('quotes a long piece of evidence short in its own row’s talking point, since the row prints it whole', async () => {
    const packet = loadPacket('mle');
    const row = packet.skillsMap[0]!;
    row.talkingPoint = `From Parcelly: "${row.evidence}" answers their "${row.requirement}".`;
    const table = section(await md(packet), 'Skills to requirements');
    expect(table).toContain('"Wrote the Python feature service behind…" answers their');
    expect(table).toContain(`| ${row.evidence} |`);
  });
  it('points to the table when it holds the talking points, and leaves the section out when that is all it would say', async () => {
    const packet = packetWithAdvice();
    packet.talkingPoints = packet.talkingPoints.filter((point) => packet.skillsMap.some((row) => row.talkingPoint === point.text));
    expect(section(await md(packet), 'Talking points and keywords')).toMatch(/The skills table above gives the talking point[^\n]*\.\n\n\*\*Keywords:\*\*/);
    packet.keywords = [];
    expect(await md(packet)).not.toContain('## Talking points and keywords');
  });

  it('keeps replacement patterns in evidence as text when quoting it short', async () => {
    const packet = loadPacket('mle');
    const row = packet.skillsMap[0]!;
    row.evidence = 'Cut costs by $& and $1 across eight regional warehouses in one year';
    row.talkingPoint = `From Parcelly: "${row.evidence}" answers their "${row.requirement}".`;
    expect(section(await md(packet), 'Skills to requirements')).toContain('"Cut costs by $& and $1…"');
  });
});

describe('gaps', () => {
  it('print the advice their suggestions share once, and what each says of its own', async () => {
    const packet = loadPacket('mle');
    const advice = 'Prepare an honest answer. Do not claim experience you do not have.';
    const source = { file: 'lumen-maps/mle.md', line: 21 };
    packet.gaps = ['Kotlin', 'Rust', 'Go'].map((requirement) => ({ requirement, weight: 1, required: true, suggestions: [`Nothing shows "${requirement}" yet. ${advice}`], source }));
    const gaps = section(await md(packet), 'Gaps to close');
    expect(gaps.split('Do not claim experience').length - 1).toBe(1);
    for (const name of ['Kotlin', 'Rust', 'Go']) expect(gaps).toContain(`  - Nothing shows "${name}" yet.\n`);
  });
});
