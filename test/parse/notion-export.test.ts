import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOfText } from '../helpers/model.js';
import { blankLines, htmlWrapperLines } from '../../src/parse/html-wrappers.js';

// A Notion page exported as markdown: a callout in <aside>, toggles in <details>, links to the export's other files.
const PAGE = [
  '# Acme Bindery', // 1
  '',
  '<aside>',
  '💡 The panel is three people: design lead, PM and an engineer.',
  '', // 5
  '</aside>',
  '',
  '## The role: Product Designer',
  '',
  'Full brief: [Designer brief](Acme%20Bindery%208c1f/Designer%20brief%202b7e.md), blog [Acme](https://acme.example/blog)', // 10
  '',
  '## Questions to ask',
  '',
  '<details open>',
  '<summary>About the bindery</summary>', // 15
  '',
  '- Who owns the design system?',
  '',
  '</details>',
].join('\n');

describe('a Notion export', () => {
  const { company } = modelOfText('acme/page.md', PAGE);

  it('reads what a callout and a toggle hold, without their tags', () => {
    const everything = JSON.stringify(company);
    expect(everything).not.toMatch(/<\/?(?:aside|details|summary)/);
    expect(company.unmapped).toEqual([]);
    expect(company.roles[0]?.questionsToAsk.map((f) => f.text)).toEqual(['Who owns the design system?']);
    expect(everything).toContain('The panel is three people: design lead, PM and an engineer.');
  });

  it('keeps a link to a page of the export as its words, and a web link with its address', () => {
    const note = company.roles[0]?.notes.find((f) => f.label === 'Full brief')?.text;
    expect(note).toBe('Designer brief, blog Acme (https://acme.example/blog)');
  });

  it('changes no line but a wrapper tag alone on it, and keeps every line', () => {
    const line = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('<aside>', '</details>', '<div class="x">', '<summary>Team</summary>', '<b>x</b>'));
    fc.assert(
      fc.property(fc.array(line.map((s) => s.replace(/[\r\n]/g, '')), { maxLength: 10 }), (lines) => {
        const written = lines.join('\n').split('\n');
        const text = lines.join('\n');
        const out = blankLines(text, htmlWrapperLines(text)).split('\n');
        expect(out).toHaveLength(written.length);
        out.forEach((got, i) => {
          if (!/^\s*</.test(written[i]!)) expect(got).toBe(written[i]);
        });
      }),
    );
  });
});
