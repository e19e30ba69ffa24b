import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPacket } from '../../src/render/render-packet.js';
import { citeByFile } from '../../src/render/at-a-glance.js';
import { questionNote } from '../../src/render/question-note.js';
import { sharedTail, withoutTail } from '../../src/render/shared-tail.js';
import type { Packet } from '../../src/model/packet.js';
import { loadPacket } from './fixtures.js';

const md = (packet: Packet) => renderPacket(packet, { format: 'md' });
const section = (markdown: string, heading: string): string => {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
};

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

describe('questions', () => {
  it('say where they come from only when the question does not say it already', () => {
    expect(questionNote({ text: 'Acme lists "Own it" among its values. When did you?', origin: 'value: Own it' })).toBeNull();
    expect(questionNote({ text: 'Why maps?', origin: 'profile' })).toBeNull();
    expect(questionNote({ text: 'This role involves "Ship the routing SDK weekly". How?', origin: 'responsibility: Ship the routing SDK…' })).toBeNull();
    expect(questionNote({ text: 'How does this change the team?', origin: 'priority: UNIFY' })).toBe('priority: UNIFY');
    expect(questionNote({ text: 'Describe hard feedback you gave.', origin: 'culture: The keeper test means cand…' })).toBe('culture');
  });

  it('print no "(profile)" tag after a question from the documents', async () => {
    const markdown = await md(loadPacket('mle'));
    expect(markdown).not.toMatch(/\*\(profile/);
    expect(markdown).toContain('2. How would you design a feature pipeline for GPS probe data? `lumen-maps/mle.md:9`');
  });
});

describe('questions by kind', () => {
  it('come under a subheading per kind, numbered on across them, each question once', async () => {
    const packet = loadPacket('mle');
    const source = { file: 'lumen-maps/mle.md', line: 9 };
    const ask = (text: string, kind: 'profile' | 'behavioral' | 'technical') => ({ text, kind, origin: kind, source });
    packet.questions = [ask('Why maps?', 'profile'), ask('When did you own it?', 'behavioral'), ask('Why now?', 'profile'), ask('How is ETA built?', 'technical')];
    const questions = section(await md(packet), 'Questions they may ask');
    expect(questions.match(/^### .+$/gm)).toEqual(['### From the documents', '### About how you work', '### About the role and its skills']);
    expect(questions.match(/^\d+\. .+?(?= `)/gm)).toEqual(['1. Why maps?', '2. Why now?', '3. When did you own it?', '4. How is ETA built?']);
    packet.questions = packet.questions.filter((question) => question.kind === 'profile');
    expect(section(await md(packet), 'Questions they may ask')).not.toContain('###');
  });
});

describe('the research checklist', () => {
  it('puts items of one topic under one subheading, shows placeholders without brackets, and keeps every item', async () => {
    const packet = loadPacket('mle');
    const source = { file: 'lumen-maps/mle.md', line: 50 };
    packet.research = [
      { field: 'personalExperience.durationOfUse', text: "[How long you've used them]", source },
      { field: 'personalExperience.frequencyOfUse', text: '[How often]', source },
      { field: 'role.team', text: 'Which team the role sits in.', source },
    ];
    const research = section(await md(packet), 'Research to finish');
    expect(research).toContain("### Personal experience\n\n- [ ] **Duration of use:** How long you've used them `lumen-maps/mle.md:50`\n- [ ] **Frequency of use:** How often `");
    expect(research).toContain('- [ ] **Role › team:** Which team the role sits in.');
    expect(research.indexOf('Role › team')).toBeLessThan(research.indexOf('### Personal experience'));
  });

  it('names an item by its label as the document wrote it, which the field id cannot spell', async () => {
    const packet = loadPacket('mle');
    const source = { file: 'lumen-maps/mle.md', line: 50 };
    packet.research = [
      { field: 'personalExperience.haveYouUsedTheirProductsServices', label: 'Have you used their products/services?', text: '[Yes/No]', source },
      { field: 'personalExperience.durationOfUse', text: '[How long]', source },
    ];
    const research = section(await md(packet), 'Research to finish');
    expect(research).toContain('- [ ] **Have you used their products/services:** Yes/No');
    expect(research).toContain('- [ ] **Duration of use:** How long');
  });
});

describe('citations of one row', () => {
  const sources = fc.array(fc.record({ file: fc.constantFrom('a/profile.md', 'a/notes.txt', 'a/Team notes.md'), line: fc.integer({ min: 1, max: 500 }) }), { minLength: 1, maxLength: 30 });

  it('name each file once, and still every file:line', () => {
    fc.assert(
      fc.property(sources, (list) => {
        const ref = citeByFile(list);
        const groups = [...ref.matchAll(/`([^`:]+):([\d, ]+)`/g)];
        expect(groups.map((group) => group[1])).toEqual([...new Set(list.map((source) => source.file))]);
        for (const { file, line } of list) {
          const group = groups.find((match) => match[1] === file)!;
          expect(group[2]!.split(', ').map(Number)).toContain(line);
        }
      }),
    );
  });
});

describe('sharedTail', () => {
  it('takes out only a closing run of whole sentences, which put back gives the text', () => {
    const sentence = fc.constantFrom('Tell it short.', 'Do not claim it.', 'Be honest.', 'Say "Hi." to them.');
    const text = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
        const tail = sharedTail(texts);
        if (tail === null) return;
        expect(texts.filter((t) => t.endsWith(` ${tail}`)).length).toBeGreaterThanOrEqual(2);
        for (const t of texts) {
          const rest = withoutTail(t, tail);
          expect(rest === t || `${rest} ${tail}` === t).toBe(true);
          expect(rest.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('the HTML tables', () => {
  it('name every cell by its column, so that a phone can stack a row and still say what each cell is', async () => {
    const html = await renderPacket(loadPacket('mle'), { format: 'html' });
    const cells = [...html.matchAll(/<td([^>]*)>/g)];
    expect(cells.length).toBeGreaterThan(0);
    for (const [, attributes] of cells) expect(attributes).toMatch(/data-label="(Fact|Value|Source|Your evidence|Their requirement|Talking point|Match)"/);
  });
});
