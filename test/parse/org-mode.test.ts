import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOrgMode, orgInline, orgToMarkdown } from '../../src/parse/org-mode.js';
import { modelOfText, texts } from '../helpers/model.js';

const NOTES = [
  '#+TITLE: Acme Ceramics — Process Engineer interview', // 1
  '#+STARTUP: overview',
  '* Company',
  ':PROPERTIES:',
  ':CREATED:  [2025-03-01 Sat 10:14]', // 5
  ':END:',
  'Acme Ceramics makes technical ceramic parts for chip-tool makers.',
  '** Facts',
  '- Founded :: 1979',
  '- Website :: [[https://acme.example][acme.example]]', // 10
  '* The role: Process Engineer',
  '** Requirements',
  '- DOE and /SPC/ (=Minitab=)',
  '* TODO Questions to ask [1/2]   :interview:',
  'SCHEDULED: <2025-03-06 Thu>', // 15
  '- [X] Which customers drive the most returns?',
  '- [ ] How is the kiln data logged today?',
  '# my own comment',
].join('\n');

describe('org-mode notes saved as text', () => {
  it('is told from markdown, whose `* item` is a bullet', () => {
    expect(isOrgMode(NOTES)).toBe(true);
    expect(isOrgMode('# Acme\n\n* item\n* item')).toBe(false);
    expect(isOrgMode('* item\n* item')).toBe(false);
  });

  it('writes inline markup over into markdown', () => {
    expect(orgInline('- Site :: [[https://a.example][a]] /now/ *bold* =code=')).toBe('- Site: [a](https://a.example) *now* **bold** `code`');
  });

  it('reads headings, fields, requirements and questions; keywords, drawers, planning lines and comments are chrome', () => {
    const { doc, company } = modelOfText('acme/interview.txt', NOTES);
    expect(doc.chrome.map((c) => c.line)).toEqual([2, 4, 5, 6, 15, 18]);
    expect(company.name).toBe('Acme Ceramics');
    expect(company.overview.founded).toMatchObject({ text: '1979', source: { line: 9 } });
    const role = company.roles.find((r) => r.title === 'Process Engineer');
    expect(texts(role?.requirements ?? [])).toEqual(['DOE and SPC (Minitab)']);
    expect(role?.questionsToAsk.map((q) => [q.text, q.source.line])).toEqual([['Which customers drive the most returns?', 16], ['How is the kiln data logged today?', 17]]);
    expect(JSON.stringify(company)).not.toMatch(/TODO|\[1\/2\]|:interview:|PROPERTIES|SCHEDULED|my own comment/);
  });

  it('keeps every line where it was, and turns no line that was not a title or headline into a heading', () => {
    const line = fc.oneof(fc.constantFrom('* H', '** TODO H [1/2] :t:', '#+TITLE: T', '#+BEGIN_SRC', '# c', ':END:', '- a :: b', ''), fc.string({ maxLength: 10 }));
    fc.assert(
      fc.property(fc.array(line.map((s) => s.replace(/\n/g, ' ')), { maxLength: 20 }), (lines) => {
        const { text, lineOf } = orgToMarkdown(lines.join('\n'));
        const out = text.split('\n');
        expect(out).toHaveLength(lines.join('\n').split('\n').length);
        expect(lineOf(3)).toBe(3);
        out.forEach((written, i) => {
          if (/^#{1,6} /.test(written)) expect(lines[i]).toMatch(/^(?:\*+\s|#\+title)/i);
        });
      }),
    );
  });
});
