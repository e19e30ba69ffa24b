import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteChrome } from '../../src/parse/note-syntax.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { modelOfText, texts } from '../helpers/model.js';

const textOf = (markdown: string): string => JSON.stringify(parseMarkdown(markdown));

describe('a notes app\'s tags, block ids and embeds', () => {
  it('drops a tag that ends several lines and a block id, and keeps a tag that ends one line', () => {
    const { company } = modelOfText('acme/a.md', '## Products\n\n- **Tug**: a pallet mover #product\n- **Yard**: a fleet manager #product\n\n## Notes\n\nAsk in #eng\n\nAcme builds movers. ^summary\n');
    expect(company.products.map((p) => p.description)).toEqual(['a pallet mover', 'a fleet manager']);
    expect(JSON.stringify(company)).toContain('Ask in #eng');
    expect(JSON.stringify(company)).not.toContain('^summary');
  });

  it('keeps a chat channel the lines point to, however many name it', () => {
    const { company } = modelOfText('acme/a.md', '## Notes\n\n- Questions about payroll: ask in #people-ops\n- Time off requests go to #people-ops\n');
    expect(texts(company.notes)).toEqual(['Questions about payroll: ask in #people-ops', 'Time off requests go to #people-ops']);
  });

  it('reads a lone embed as chrome', () => {
    expect(noteChrome('Text\n![[diagram.png]]\n  ![[Other note]]  \nSee ![[x.png]] here').map((c) => c.line)).toEqual([2, 3]);
  });

  it('drops a repeated trailing tag from every line it ends, and no other text', () => {
    const word = fc.stringMatching(/^[a-z]{2,8}$/);
    // A word that points to a channel (`in`, `to`) keeps its tag: the case above.
    const last = word.filter((w) => !/^(?:in|to|on|at|via|into|from|join|see|ping)$/.test(w));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, last, fc.boolean()), { minLength: 2, maxLength: 6 }), word, (items, tag) => {
        const tagged = items.filter(([, , has]) => has).length;
        const markdown = items.map(([a, b, has]) => `- ${a} ${b}${has ? ` #${tag}` : ''}`).join('\n');
        expect(markdown.split(`#${tag}`)).toHaveLength(tagged + 1);
        const tree = textOf(markdown);
        expect(tree.includes(`#${tag}`)).toBe(tagged === 1);
        for (const [a, b] of items) expect(tree).toContain(`${a} ${b}`);
      }),
    );
  });
});
