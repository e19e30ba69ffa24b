import { runs } from '../helpers/runs.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { VFile } from 'vfile';
import { extract } from '../../src/extract/extract.js';
import { merge } from '../../src/merge/merge.js';
import { modelOfText, texts } from '../helpers/model.js';
import { parsedTree } from '../helpers/parsed.js';

const headings = (markdown: string) => parseMarkdown(markdown).children.filter((n): n is Heading => n.type === 'heading').map((h) => `${h.depth} ${toString(h)} @${h.position?.start.line}`);

describe('bold lines over lists', () => {
  it('become headings one level below their section when the table knows them', () => {
    expect(headings('## SWOT\n\n**Strengths**\n- Fast\n\n**Weaknesses:**\n- Slow\n')).toEqual(['2 SWOT @1', '3 Strengths @3', '3 Weaknesses @6']);
  });

  it('stay paragraphs when unknown, when nothing follows, or when they carry a value', () => {
    expect(headings('## Notes\n\n**Remember this**\n- Bring ID\n\n**Team:** Platform\n- x\n\n**Strengths**\n')).toEqual(['2 Notes @1']);
  });

  it('head prose too when bold, as a word processor exports the headings a user bolded; a bare label line does not', () => {
    expect(headings('## Notes\n\n**Strengths**\n\nSome prose.\n\nMission:\n\nMore prose.\n')).toEqual(['2 Notes @1', '3 Strengths @3']);
  });

  it('include a bare `Responsibilities:` or ALL CAPS line the table knows, and not a sentence ending in a colon', () => {
    expect(headings('# Acme\n\nResponsibilities:\n- Build\n\nREQUIREMENTS\n- Go\n\nWe asked three things:\n- a\n')).toEqual(['1 Acme @1', '2 Responsibilities @3', '2 REQUIREMENTS @6']);
  });

  it('fill the SWOT quadrants of a note', () => {
    const markdown = '## SWOT\n\n**Strengths**\n- Fast shipping\n\n**Threats**\n\n- Copycats\n';
    const file = new VFile({ path: 'acme/notes.md', value: markdown });
    const company = merge([extract(parsedTree(parseMarkdown(markdown), 'acme/notes.md', {}, file, 9), 'acme')], 'acme');
    expect([texts(company.swot[0]?.strengths ?? []), texts(company.swot[0]?.threats ?? [])]).toEqual([['Fast shipping'], ['Copycats']]);
    expect(company.unmapped).toEqual([]);
  });

  it('start a section of their own when unknown and after what their section holds; right under a heading they group it', () => {
    expect(headings('## Questions to ask\n\n1. Why now?\n\n**Perks we like**\n\n- Four-day week\n')).toEqual(['2 Questions to ask @1', '2 Perks we like @5']);
    expect(headings('## Requirements\n\n**Technical**\n- Go\n\n**Soft skills**\n- Kind\n')).toEqual(['2 Requirements @1']);
    const { company } = modelOfText('acme/notes.md', '# Acme\n\n## Questions to ask\n\n1. Why now?\n\n**Perks we like**\n\n- Four-day week\n');
    expect(texts(company.prep.questionsToAsk)).toEqual(['Why now?']);
    expect(company.notes.map((note) => [note.label, note.text, note.source.line])).toEqual([['Perks we like', 'Four-day week', 9]]);
  });

  it('never throws on arbitrary bold lines and lists', () => {
    const line = fc.oneof(fc.string({ maxLength: 20 }).map((s) => `**${s}**`), fc.string({ maxLength: 20 }).map((s) => `${s}:`), fc.constantFrom('**Strengths**', '**Values:**', 'Requirements:', 'SKILLS', '- item', '| a | b |', '|---|---|', '# H', ''));
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => void parseMarkdown(lines.join('\n'))), { numRuns: runs(300) });
  });
});
