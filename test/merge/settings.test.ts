import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/parse/index.js';
import { modelOf } from '../helpers/model.js';

/** A document whose front matter is read as the parse stage reads it, so lines are file lines. */
const doc = (name: string, head: string) => {
  const markdown = `---\n${head}\n---\n## Values\n- Candor\n`;
  return { name, markdown, frontMatter: splitFrontMatter(markdown).frontMatter };
};

describe('merge: build options from front matter', () => {
  it('keeps formats and paper with the line that set them', () => {
    const { company, diagnostics } = modelOf([doc('a.md', 'company: Acme\nformats: [md, pdf]\npaper: letter')]);
    expect(company.settings).toEqual({
      formats: { value: ['md', 'pdf'], source: { file: 'acme/a.md', line: 3 } },
      paper: { value: 'letter', source: { file: 'acme/a.md', line: 4 } },
    });
    expect(diagnostics.filter((d) => d.ruleId === 'front-matter-option')).toEqual([]);
  });

  it('leaves out a value prep does not know, with a warning at its line naming what is allowed; the known ones count', () => {
    const { company, diagnostics } = modelOf([doc('a.md', 'paper: A5\nformats: md, docx')]);
    expect(company.settings).toEqual({ formats: { value: ['md'], source: { file: 'acme/a.md', line: 3 } } });
    const warnings = diagnostics.filter((d) => d.ruleId === 'front-matter-option');
    expect(warnings.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['acme/a.md', 3, 'warning'],
      ['acme/a.md', 2, 'warning'],
    ]);
    expect(warnings[0]!.message).toMatch(/docx.*expected md, html, pdf, json/);
    expect(warnings[1]!.message).toMatch(/a5.*expected a4, letter/);
  });

  it('a document whose list is partly unknown still decides, and one that disagrees with it is warned', () => {
    const { company, diagnostics } = modelOf([doc('a.md', 'formats: [html, docx]'), doc('b.md', 'formats: [pdf]')]);
    expect(company.settings.formats?.value).toEqual(['html']);
    const messages = diagnostics.filter((d) => d.ruleId === 'front-matter-option').map((d) => `${d.file} ${d.message}`);
    expect(messages).toEqual([expect.stringMatching(/^acme\/a\.md .*docx/), expect.stringMatching(/^acme\/b\.md .*conflicting `formats: pdf`.*`html`/)]);
  });

  it('lets the first document in path order decide and warns on the one that disagrees', () => {
    const { company, diagnostics } = modelOf([doc('b.md', 'paper: a4'), doc('a.md', 'paper: letter'), doc('c.md', 'paper: letter')]);
    expect(company.settings.paper).toEqual({ value: 'letter', source: { file: 'acme/a.md', line: 2 } });
    const warnings = diagnostics.filter((d) => d.ruleId === 'front-matter-option');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'acme/b.md', line: 2 });
    expect(warnings[0]!.message).toContain('acme/a.md:2');
  });

  it('takes the same formats in another order as agreement, not a conflict', () => {
    const { company, diagnostics } = modelOf([doc('a.md', 'formats: [md, pdf]'), doc('b.md', 'formats: pdf, md')]);
    expect(company.settings.formats?.value).toEqual(['md', 'pdf']);
    expect(diagnostics.filter((d) => d.ruleId === 'front-matter-option')).toEqual([]);
  });

  it('leaves settings empty when no document asks for anything', () => {
    expect(modelOf([{ name: 'a.md', markdown: '## Values\n- Candor\n' }]).company.settings).toEqual({});
  });
});
