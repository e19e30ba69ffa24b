import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { deferAutolinkLiterals } from '../../src/render/defer-autolink-literals.js';

const gfm = unified().use(remarkParse).use(remarkGfm).freeze();
const deferred = unified().use(remarkParse).use(remarkGfm).use(deferAutolinkLiterals).freeze();
const treeOf = (processor: typeof gfm, markdown: string) => processor.runSync(processor.parse(markdown));

const UNITS = [
  ...'ab Z1.-_+/@:()[]<>*\\|\n',
  'www.', 'WWW.', 'http://', 'HTTPS://', 'mailto:', 'xmpp:', 'a@b.co', 'x.io', '&#64;', '&commat;', '\\@',
  '[t](u)', '[r]', '\n[r]: /u\n', '\n- ', '\n> ', '\n| a | b |\n| - | - |\n| ', '~~',
];

describe('deferAutolinkLiterals', () => {
  it('gives the same tree as remark-gfm, positions included', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 40 }), (markdown) => {
        expect(treeOf(deferred, markdown)).toEqual(treeOf(gfm, markdown));
      }),
      { numRuns: runs(1000) },
    );
  });

  it('still links what GFM links in text, and leaves links alone', () => {
    const tree = JSON.stringify(treeOf(deferred, 'see www.example.com, a@b.co and [t](http://x.y)\n\n- HTTPS://q.r/s\n'));
    for (const url of ['"http://www.example.com"', '"mailto:a@b.co"', '"http://x.y"', '"HTTPS://q.r/s"']) expect(tree).toContain(url);
  });
});
