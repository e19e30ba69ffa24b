import fc from 'fast-check';
import type { Root, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { joinHyphenatedWraps } from '../../src/parse/hyphenated-wraps.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { readText } from '../../src/parse/text-reader.js';
import { nodesOfType as nodes } from './mdast-helpers.js';

const texts = (tree: Root) => (nodes(tree, 'text') as Text[]).map((t) => t.value);

describe('a word hyphenated at a line end', () => {
  it('is whole again on the first line when the dictionary knows it, so later lines keep their numbers', () => {
    const { tree } = readText('The diagnostics our service engi-\nneers use in the field are old.\n');
    expect(texts(joinHyphenatedWraps(tree))).toEqual(['The diagnostics our service engineers\nuse in the field are old.']);
  });

  it('keeps a hyphen that was the word\'s own', () => {
    const tree = parseMarkdown('We build state-of-the-\nart pumps with a well-\nknown name.\n');
    expect(texts(joinHyphenatedWraps(tree))).toEqual(['We build state-of-the-art\npumps with a well-known\nname.']);
  });

  it('leaves a dash before a capital or a list alone', () => {
    const tree = parseMarkdown('Pumps for pharma-\nDairy plants too.\n');
    expect(texts(joinHyphenatedWraps(tree))).toEqual(['Pumps for pharma-\nDairy plants too.']);
  });

  it('never changes how many lines a text spans', () => {
    const word = fc.constantFrom('engi', 'neers', 'state', 'of', 'the', 'art', 'x', 'Ünter', 'ßa');
    const sep = fc.constantFrom(' ', '-\n', '\n', '-', ' -\n', '');
    fc.assert(fc.property(fc.array(fc.tuple(word, sep), { maxLength: 30 }), (parts) => {
      const value = parts.map(([w, s]) => w + s).join('');
      const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] };
      const [after] = texts(joinHyphenatedWraps(tree));
      expect(after?.split('\n').length).toBe(value.split('\n').length);
    }));
  });
});

describe('a hyphenated wrap after a very long word', () => {
  // The word was tried from each of its letters: 40 000 letters before a break took 2.5 s.
  it('is joined in one pass', () => {
    const long = 'a'.repeat(40_000);
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: `${long} engi-\nneers ${long}-x-\ny` }] }] };
    expect(texts(joinHyphenatedWraps(tree))).toEqual([`${long} engineers\n${long}-x-y\n`]);
  });
});
