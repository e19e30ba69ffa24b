import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRestructuredText, rstToMarkdown } from '../../src/parse/restructured-text.js';
import { rstInline } from '../../src/parse/rst-inline.js';
import { modelOfText, texts } from '../helpers/model.js';

const PAGE = [
  '.. _acme-about:', // 1
  '',
  '===========',
  'Acme Optics',
  '===========', // 5
  '',
  ':Founded: 2009',
  ':Headquarters: Eindhoven, Netherlands',
  '',
  '.. contents:: On this page', // 10
  '   :local:',
  '',
  'About us',
  '========',
  '', // 15
  'Acme Optics designs inspection cameras for chip fabs.',
  '',
  'An example::',
  '',
  '   $ make build', // 20
  '',
  'Open position: Computer Vision Engineer',
  '=======================================',
  '',
  'Requirements', // 25
  '------------',
  '',
  '#. Strong C++ and Python',
  '#. Experience with ``CUDA``',
  '', // 30
  '.. code-block:: cpp',
  '',
  '   auto frame = pipeline.next();',
].join('\n');

describe('a reStructuredText page saved as text', () => {
  it('is told from markdown and from plain text', () => {
    expect(isRestructuredText(PAGE)).toBe(true);
    expect(isRestructuredText('Acme\n====\n\nText.\n')).toBe(false);
    expect(isRestructuredText('# Acme\n\n.. not a directive\n')).toBe(false);
  });

  it('writes inline markup over into markdown', () => {
    expect(rstInline('``code`` `site <https://a.example>`_ :ref:`jobs <open-roles>` |date| done')).toBe('`code` [site](https://a.example) jobs done');
  });

  it('reads titles by their adornment, fields and numbered items; directives, targets, adornments and code are chrome', () => {
    const { doc, company } = modelOfText('acme/page.txt', PAGE);
    expect(doc.chrome.map((c) => c.line)).toEqual([1, 3, 5, 10, 11, 14, 20, 23, 26, 31, 33]);
    expect(company.name).toBe('Acme Optics');
    expect([company.overview.founded?.text, company.overview.headquarters?.text]).toEqual(['2009', 'Eindhoven, Netherlands']);
    const role = company.roles.find((r) => r.title === 'Computer Vision Engineer');
    expect(texts(role?.requirements ?? [])).toEqual(['Strong C++ and Python', 'Experience with CUDA']);
    expect(JSON.stringify(company)).not.toMatch(/acme-about|contents|:local:|pipeline\.next|make build|====/);
  });

  it('reads every admonition reStructuredText has as an aside, never as an item of the list it sits among', () => {
    for (const kind of ['note', 'seealso', 'error', 'danger', 'hint', 'admonition']) {
      const page = ['Data Engineer', '=============', '', '.. _de:', '', 'Requirements', '------------', '', '- 4+ years with Kotlin', '', `.. ${kind}:: Ask in the wiki first.`, '', '- Experience with Kafka', ''].join('\n');
      const { company } = modelOfText('acme/de.txt', page);
      expect(texts(company.roles[0]?.requirements ?? [])).toEqual(['4+ years with Kotlin', 'Experience with Kafka']);
      expect(texts(company.notes)).toContain('Ask in the wiki first.');
    }
  });

  it('keeps a paragraph that starts with # a paragraph', () => {
    expect(rstToMarkdown('Notes\n\n# not a heading\n### nor this\n#tag').text.split('\n')).toEqual(['Notes', '', '\\# not a heading', '\\### nor this', '#tag']);
  });

  it('keeps every line where it was, and makes headings only of adorned titles', () => {
    const line = fc.oneof(fc.constantFrom('Title', '=====', '-----', '.. note:: n', '.. _t:', '   body', ':F: v', '#. i', 'p::', '', '# ', '## x'), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(line.map((s) => s.replace(/\n/g, ' ')), { minLength: 1, maxLength: 20 }), (lines) => {
        const { text } = rstToMarkdown(lines.join('\n'));
        const out = text.split('\n');
        expect(out).toHaveLength(lines.length);
        out.forEach((written, i) => {
          if (/^#{1,6} /.test(written)) expect([lines[i + 1], lines[i - 1]]).toContainEqual(expect.stringMatching(/^([=\-~^"'`#*+:._])\1{2,}\s*$/));
        });
      }),
    );
  });
});
