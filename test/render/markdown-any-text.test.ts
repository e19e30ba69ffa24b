import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeMarkdown } from '../../src/render/normalize-markdown.js';
import { loadPacket, md } from './fixtures.js';
import { parseMarkdown, textOf } from './markdown-text.js';


const tricky = fc.string({
  unit: fc.constantFrom(...'ab Z1.\\|*_<>[](){}!#`~-+=:&;/"\'\n\t\u00a0é中😀'.split(''), 'http://x.io', 'www.a.b', 'a@b.co', 'mailto:', '{{', '}}', '1. ', '- '),
  maxLength: 40,
});
const anyText = fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 30 }));

/** What a value becomes on the page: one line, no control characters. */
const visible = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('markdown packet, for any profile text', () => {
  it('is stable under remark and shows the text literally', async () => {
    const base = loadPacket('mle');
    await fc.assert(
      fc.asyncProperty(fc.array(anyText, { minLength: 5, maxLength: 5 }), async ([name, title, value, evidence, keyword]) => {
        const packet = structuredClone(base);
        packet.company.name = name!;
        packet.role.title = title!;
        packet.company.values[0]!.text = value!;
        packet.skillsMap[0]!.evidence = evidence!;
        packet.keywords = [keyword!];
        const markdown = await md(packet);
        expect(await normalizeMarkdown(markdown)).toBe(markdown);
        const text = textOf(parseMarkdown(markdown));
        for (const field of [value!, evidence!]) expect(text).toContain(visible(field));
      }),
      { numRuns: runs(100) },
    );
  });

  // A citation is a code span when it can be one (spaces inside are fine), escaped text otherwise: in a table cell too.
  it('cites any file name stably and readably, in a list item and in a table cell', async () => {
    const base = loadPacket('mle');
    await fc.assert(
      fc.asyncProperty(anyText.filter((file) => visible(file) !== ''), async (file) => {
        const packet = structuredClone(base);
        packet.company.values[0]!.source.file = file;
        packet.company.overview.summary!.source.file = file;
        const markdown = await md(packet);
        expect(await normalizeMarkdown(markdown)).toBe(markdown);
        const text = textOf(parseMarkdown(markdown));
        const ref = `${file}:${packet.company.values[0]!.source.line}`;
        expect([ref, visible(ref)].some((shown) => text.includes(shown))).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });
});
