import fc from 'fast-check';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

/** Each top-level block as `type depth? @line: text`. */
const blocks = (markdown: string) =>
  parseMarkdown(markdown).children.map((node) => `${node.type}${node.type === 'heading' ? node.depth : ''} @${node.position?.start.line}: ${toString(node)}`);

describe('a known heading typed as the first line of a paragraph', () => {
  it('heads the lines under it, one level below the heading it sits under, each at its own line', () => {
    const markdown = '## Questions to ask them\n\n- How big is the team?\n\nSources\nacme.example\nAcme on LinkedIn\n';
    expect(blocks(markdown)).toEqual([
      'heading2 @1: Questions to ask them',
      'list @3: How big is the team?',
      'heading3 @5: Sources',
      'paragraph @6: acme.example\nAcme on LinkedIn',
    ]);
  });

  it.each([
    ['a line the table does not know', 'Olmstead\nmakes hearing aids.\n'],
    ['a line with punctuation', 'Sources:\nacme.example\n'],
    ['a line that starts in lower case', 'sources\nacme.example\n'],
    ['a heading word alone in its paragraph', 'Sources\n'],
    ['a long line', 'Sources we read last spring\nacme.example\n'],
    ['a line in bold', '**Sources**\nacme.example\n'],
  ])('leaves %s as it is', (_why, markdown) => {
    expect(blocks(markdown).every((block) => block.startsWith('paragraph'))).toBe(true);
  });

  it('keeps every word of any paragraph, and every block at a line of the document', () => {
    const word = fc.constantFrom('Sources', 'Notes', 'Team', 'Culture', 'acme', 'Links', 'two words', 'x.', 'Tech Stack', '*b*');
    const paragraph = fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 4 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const markdown = `## Notes\n\n${paragraphs.join('\n\n')}\n`;
        const tree: Root = parseMarkdown(markdown);
        const words = (text: string) => text.replace(/[*]/g, '').split(/\s+/).filter(Boolean);
        expect(tree.children.flatMap((node) => words(toString(node)))).toEqual(words(markdown.replace(/^## /, '')));
        const lines = markdown.split('\n').length;
        for (const node of tree.children) expect(node.position!.start.line).toBeGreaterThanOrEqual(1), expect(node.position!.end.line).toBeLessThanOrEqual(lines);
      }),
    );
  });
});
