import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { classify } from '../../src/classify/classify.js';
import { parsedMarkdown } from '../helpers/parsed.js';

const kindsOf = (markdown: string) =>
  classify(parsedMarkdown(markdown).tree).map((c) => [c.section.title, c.kind, c.item?.section.title ?? c.container?.section.title ?? null]);

describe('classify: sections and their context', () => {
  it('folds ATX closing hashes, emoji and bold the same as plain headings', () => {
    const kinds = kindsOf('## 🧰 Tech Stack ##\n\n- Go\n\n## **Questions to Ask**\n\n- Why?\n');
    expect(kinds.map((k) => k[1])).toEqual(['preamble', 'techStack', 'questionsToAsk']);
  });

  it('reads setext headings', () => {
    expect(kindsOf('Responsibilities\n----------------\n\n- Ship\n').map((k) => k[1])).toContain('responsibilities');
  });

  it('gives unknown headings under a container the container’s item kind', () => {
    const kinds = kindsOf(
      '## Key Products & Brands\n### Widget Pro\nHardware\n## Role Families\n### Data & AI\n#### Expected Skills\n- SQL\n## OKRs\n### GROW REVENUE\n- KR\n## Entry Pathways\n### Apprenticeships\nText.\n## Random Notes\n',
    );
    expect(kinds).toContainEqual(['Widget Pro', 'product', 'Key Products & Brands']);
    expect(kinds).toContainEqual(['Data & AI', 'roleFamily', 'Role Families']);
    expect(kinds).toContainEqual(['Expected Skills', 'skills', 'Data & AI']);
    expect(kinds).toContainEqual(['GROW REVENUE', 'objective', 'OKRs']);
    expect(kinds).toContainEqual(['Apprenticeships', 'pathway', 'Entry Pathways']);
    expect(kinds).toContainEqual(['Random Notes', 'unknown', null]);
  });

  it('keeps context across flat headings, as scraped text has them', () => {
    const heading = (depth: 1 | 2 | 3, text: string) => ({ type: 'heading' as const, depth, children: [{ type: 'text' as const, value: text }] });
    const tree: Root = {
      type: 'root',
      children: [
        heading(2, 'Role Families'),
        heading(3, 'Field Operations'),
        heading(2, 'Expected Skills'),
        heading(2, 'Portfolio Ideas'),
        heading(3, 'Back Office'),
        heading(2, 'Expected Skills'),
        heading(2, 'Culture Signals'),
        heading(3, 'Stray'),
      ],
    };
    const kinds = classify(tree).map((c) => [c.section.title, c.kind, c.item?.section.title ?? null]);
    expect(kinds).toEqual([
      ['', 'preamble', null],
      ['Role Families', 'roleFamilies', null],
      ['Field Operations', 'roleFamily', null],
      ['Expected Skills', 'skills', 'Field Operations'],
      ['Portfolio Ideas', 'portfolioIdeas', 'Field Operations'],
      ['Back Office', 'roleFamily', null],
      ['Expected Skills', 'skills', 'Back Office'],
      ['Culture Signals', 'culture', null],
      ['Stray', 'unknown', null],
    ]);
  });
});
