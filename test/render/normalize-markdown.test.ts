import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderMarkdownSource } from '../../src/render/markdown.js';
import { normalizeMarkdown, normalizeWhole } from '../../src/render/normalize-markdown.js';
import { itemCache } from '../../src/render/list-items.js';
import { sectionCache } from '../../src/render/normalize-sections.js';
import type { Packet } from '../../src/model/packet.js';
import { loadPacket } from './fixtures.js';

/** Normalized twice: once as the cache finds it, once with every section cached. */
async function expectSameAsWhole(markdown: string): Promise<void> {
  const reference = await normalizeWhole(markdown);
  expect(await normalizeMarkdown(markdown)).toBe(reference);
  expect(await normalizeMarkdown(markdown)).toBe(reference);
}

const HOSTILE_UNITS = [
  ...'|*_<>[]{}#-+\\`~:@&!().=\n\t é中😀',
  'www.', 'http://x.y', 'https://a.b/c_d_', 'a@b.co', 'mailto:a@b.co', '1. ', '## ', '# ', '> ', '- ', '```', '~~~',
  '<pre>', '[a]: b', '[^a]', '&#64;', '&amp;', '\u2028', '\r\n', '    ',
];
const hostile = fc.oneof(
  fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), maxLength: 24 }),
  fc.constant(''),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** Every path to a string in a packet, so that any field can carry hostile text. */
function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
}

function setPath(target: unknown, path: string[], text: string): void {
  const last = path.at(-1);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], target);
  if (last !== undefined) (parent as Record<string, unknown>)[last] = text;
}

beforeEach(() => {
  sectionCache.clear();
  itemCache.clear();
});

describe('normalizeMarkdown is byte-identical to normalizing the whole document', () => {
  it('for packets whose text fields carry markdown, links, e-mails and block markers', async () => {
    const packets = (['mle', 'worksheet', 'injection'] as const).map(loadPacket);
    const paths = packets.map((packet) => stringPaths(packet));
    const edit = fc.tuple(fc.nat(), hostile);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 2 }), fc.array(edit, { minLength: 1, maxLength: 30 }), async (which, edits) => {
        const packet: Packet = structuredClone(packets[which]!);
        const own = paths[which]!;
        for (const [index, text] of edits) setPath(packet, own[index % own.length]!, text);
        await expectSameAsWhole(await renderMarkdownSource(packet));
      }),
      { numRuns: runs(150) },
    );
  });

  const MARKDOWN_UNITS = [
    ...HOSTILE_UNITS, '\n', '\n\n', '\n## ', '\n### ', '\n# ', '\n##\n', 'x', 'Ab', ' ', '---', '===', '\n| a | b |', '\n| - | - |',
    '\n- [ ] ', '\n    code', '\n> q', '\n1) ', '[a]', '[x](y)', '<!--', '-->', '\n<div>', '</pre>', '[^a]: n', '\\', '**', '~~',
  ];
  const markdownText = fc.string({ unit: fc.constantFrom(...MARKDOWN_UNITS), maxLength: 60 });
  // Without the constructs that make it normalize whole, so that the split itself is what is tested.
  const SPLITTABLE = MARKDOWN_UNITS.filter((unit) => !/```|~~~|\]:|</.test(unit));
  const splittable = fc.string({ unit: fc.constantFrom(...SPLITTABLE), maxLength: 60 });

  it('for arbitrary markdown (a --template can print anything)', async () => {
    await fc.assert(fc.asyncProperty(markdownText, expectSameAsWhole), { numRuns: runs(600) });
  });

  it('for arbitrary markdown split at every `## ` line', async () => {
    await fc.assert(fc.asyncProperty(splittable, expectSameAsWhole), { numRuns: runs(600) });
  });

  // Lines that make list runs, and the lines around them that could change how a run reads.
  const LINES = [
    '', '', ' ', '- a', '- *b* c', '- b', '1. c', '1. d', '- - -', '-', '- ', '  cont', '   cont', '    code', 'para', '## h', '### h', '> q',
    '- > q', '1. - x', '-     code', '- [ ] t', '- [x] u', '- www.x.y', '- a@b.co', '| a | b |', '| - | - |', '* x', '+ y', '2. z', '1) w',
    '- a\tb', ' - i', '   - k', '   - *k* l', '  - m', '  - 12 n', '    - deep', '  - [ ] t', '   1. o',
    '- **b**', '- *g:* t', '1. **t** (k): x', '- 12 x', '- [ ] **t:** x', '1. 12) x', '- 1) y',
    '+ a', '* b', '- *', '- **', '  - n', '- `c`', '\t- t', 'x  ', 'text\\',
    '---', '===', '- #', '- 1.', '\\- x', '- a  ', '- \\', '-\tt', '1.  two', '- ## h', '- | a |', '- ---',
  ];
  const line = fc.oneof(fc.constantFrom(...LINES), hostile.map((text) => `- ${text}`), hostile.map((text) => `1. ${text}`));
  const listy = fc.array(line, { maxLength: 14 }).map((lines) => lines.join('\n'));

  it('for arbitrary lists next to anything, with items cached from other documents', async () => {
    await fc.assert(fc.asyncProperty(listy, expectSameAsWhole), { numRuns: runs(800) });
  });

  it('for the cases that need care at a section boundary', async () => {
    const cases = [
      '| a |\n| - |\n| b |\n## x | y\nz\n',
      '- a\n\n## x\n- b\n',
      '# T\n\n### orphan\n## A\n### empty\n## B\ntext\n',
      'p\\\n## x\n',
      '[a]: /u\n\n## x\n\n[a]\n',
      '<div>\n## x\n\n</div>\n',
      '```\n## x\n```\n',
      'www.a.b\n## x a@b.co\n',
      '',
      '## only\n',
      'x\r\n## y\r\n',
      '- a\n\n- b\n- c\n\n- d\n',
      'p\n\n- a\n- b\n\n  more\n',
      'p\n\n1. a\n1. b\n\n- c\n',
      'p\n\n- a\n-   b\n\n   x\n',
      '- x\nlazy\n\n- a\n- b\n',
      '    |\n\n- -',
      '    |\n\n- a\n- 2.',
      '\n- <pre>\n- #',
      // Items with sub-items, as an OKR's key results and a product's other lines print.
      'p\n\n- **A**: b\n  - c\n  - d\n- e\n\n1. f\n   - g\n1. h\n',
      'p\n\n- a\n  - b\n   - c\n\n- a\n  - b\n',
      'p\n\n1. a\n  - b\n\n- a\n   - b\n',
    ];
    for (const markdown of cases) await expectSameAsWhole(markdown);
  });
});

describe('normalizeMarkdown', () => {
  it('still drops a section that holds nothing but empty subheadings', async () => {
    const markdown = '# Title\n\n## Empty\n\n### Nothing\n\n### Here\n\n## Full\n\ntext\n';
    expect(await normalizeMarkdown(markdown)).toBe('# Title\n\n## Full\n\ntext\n');
    expect(await normalizeMarkdown('## Empty\n\n### Nothing\n')).toBe('');
  });

  it('parses the list items that packets share only once', async () => {
    const first = await renderMarkdownSource(loadPacket('mle'));
    await normalizeMarkdown(first);
    const items = itemCache.size;
    expect(items).toBeGreaterThan(10);
    const packet = loadPacket('mle');
    packet.role.title = 'Another role';
    packet.keywords.reverse();
    await normalizeMarkdown(await renderMarkdownSource(packet));
    expect(itemCache.size).toBe(items);
  });

  it('keeps its section cache bounded however many sections it sees', async () => {
    const sections = Array.from({ length: 600 }, (_, i) => `## Section ${i}\n\ntext ${i}\n`);
    for (let i = 0; i < sections.length; i += 20) await normalizeMarkdown(sections.slice(i, i + 20).join('\n'));
    expect(sectionCache.size).toBeLessThanOrEqual(sectionCache.capacity);
    expect(sectionCache.size).toBeGreaterThan(0);
    const items = Array.from({ length: 5000 }, (_, i) => `- item ${i}`);
    for (let i = 0; i < items.length; i += 500) await normalizeMarkdown(`## List ${i}\n\n${items.slice(i, i + 500).join('\n')}\n`);
    expect(itemCache.size).toBe(itemCache.capacity);
  });
});
