import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciidocToMarkdown, isAsciiDoc } from '../../src/parse/asciidoc.js';
import { asciidocInline } from '../../src/parse/asciidoc-inline.js';
import { modelOfText, texts } from '../helpers/model.js';

const PAGE = [
  '= Acme Handbook', // 1
  'Platform Guild <platform@acme.example>',
  'v3.2, 2025-09-14',
  ':toc: left',
  '', // 5
  '== About Acme',
  '',
  'Acme was founded in 2012 and is headquartered in Belfast, Northern Ireland.',
  '',
  '== Products', // 10
  '',
  'Rostra:: Shift planning for wards.',
  'Payline:: A payroll engine.',
  '',
  '[source,kotlin]', // 15
  '----',
  'fun pay(): Money = rules.apply()',
  '----',
  '== Open roles',
  '=== Senior Backend Engineer', // 20
  '',
  '.Requirements',
  '* 5+ years on the JVM',
  '** Kotlin preferred',
  '', // 25
  '// TODO: move to the careers site',
  '////',
  'a comment block',
  '////',
  "'''", // 30
].join('\n');

describe('an AsciiDoc page saved as text', () => {
  it('is told from markdown and from plain text', () => {
    expect(isAsciiDoc(PAGE)).toBe(true);
    expect(isAsciiDoc('# Acme\n\n== not a heading in markdown\n')).toBe(false);
    expect(isAsciiDoc('Notes\n\n== Pros ==\n\nfast\n')).toBe(false);
  });

  it('writes inline markup over into markdown', () => {
    expect(asciidocInline('*bold* _it_ link:https://a.example[site] <<jobs,Open roles>> {docdate}')).toBe('**bold** *it* [site](https://a.example) Open roles ');
  });

  it('reads its sections, terms and lists; its header, attributes, comments and delimiters are chrome', () => {
    const { doc, company } = modelOfText('acme/handbook.txt', PAGE);
    expect(doc.chrome.map((c) => c.line)).toEqual([2, 3, 4, 15, 16, 17, 18, 26, 27, 28, 29, 30]);
    expect(company.overview.founded?.text).toBe('2012');
    expect(company.products.map((p) => [p.name, p.source.line])).toEqual([['Rostra', 12], ['Payline', 13]]);
    const role = company.roles.find((r) => r.title === 'Senior Backend Engineer');
    expect(texts(role?.requirements ?? [])).toEqual(['5+ years on the JVM (Kotlin preferred)']);
    expect(JSON.stringify(company)).not.toMatch(/:toc:|Platform Guild|v3\.2|TODO|comment block|\[source|fun pay/);
  });

  it('keeps every line where it was, and makes headings only of `=` titles and known block titles', () => {
    const line = fc.oneof(fc.constantFrom('== H', '=== Requirements', '.Requirements', '.Caption', ':toc:', '----', '* a', '. b', 'T:: d', 'NOTE: n', '// c', '', '# ', '## x'), fc.string({ maxLength: 10 }));
    fc.assert(
      fc.property(fc.array(line.map((s) => s.replace(/\n/g, ' ')), { minLength: 1, maxLength: 20 }), (lines) => {
        const { text, lineOf } = asciidocToMarkdown(lines.join('\n'));
        const out = text.split('\n');
        expect(out).toHaveLength(lines.length);
        out.forEach((written, i) => {
          // Line for line: every fact is cited at the page's own line.
          expect(lineOf(i + 1)).toBe(i + 1);
          if (/^#{1,6} /.test(written)) expect(lines[i]).toMatch(/^(?:=+\s|\.\p{L})/u);
        });
      }),
    );
  });
});
