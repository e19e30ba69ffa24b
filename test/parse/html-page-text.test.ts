import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { readPageAsText } from '../../src/parse/html-as-text.js';
import { parseHtmlPage } from '../../src/parse/html-reader.js';
import { nodesOfType } from './mdast-helpers.js';

const words = (html: string): string => toString(parseHtmlPage(html).tree).replace(/\s+/g, '');

/** How many lists deep the deepest list sits. */
function listDepth(node: Nodes): number {
  const below = 'children' in node ? Math.max(0, ...node.children.map(listDepth)) : 0;
  return below + (node.type === 'list' ? 1 : 0);
}

// A saved page that is odd or hostile: still read in one pass, its text as written.
describe('a hostile saved page', () => {
  it('keeps every item of lists nested thousands deep, the list at most 16 deep', () => {
    const { tree } = parseHtmlPage(`<html>${'<ul><li>x'.repeat(5000)}`);
    expect(toString(tree)).toBe('x'.repeat(5000));
    expect(listDepth(tree)).toBe(16);
  });

  it('keeps the text of elements nested past what a recursive reader survives', () => {
    expect(words(`<html>${'<div><span>y'.repeat(3000)}`)).toBe('y'.repeat(3000));
  });

  it('keeps the text of a row of thousands of cells in at most 32 of them', () => {
    const { tree } = parseHtmlPage(`<html><table>${`<tr>${'<td>c'.repeat(2000)}`.repeat(3)}</table>`);
    const rows = nodesOfType(tree, 'tableRow');
    expect(Math.max(...rows.map((row) => ('children' in row ? row.children.length : 0)))).toBeLessThanOrEqual(32);
    expect(toString(tree).replace(/\s+/g, '')).toBe('c'.repeat(6000));
  });
});

describe('a paragraph of thousands of pieces of text', () => {
  // The converter joins adjacent text nodes by splicing each out: 40,000 `<span>x</span>` took seconds; runs are joined before it.
  it.each([['<span>x</span>'], ['x<!---->'], ['<a href="/x">x</a>'], ['x<wbr>'], ['<q>x</q>'], ['<font>x</font>']])('of %s reads in one pass, every piece kept', (unit) => {
    const { tree } = parseHtmlPage(`<html><p>${unit.repeat(20_000)}</p>`);
    expect(toString(tree).replaceAll('"', '')).toBe('x'.repeat(20_000));
    expect(nodesOfType(tree, 'text').length).toBeLessThanOrEqual(1);
  });
});

describe('a page of thousands of blocks', () => {
  // The converter slows down more than linearly with the number of siblings: the page is converted a few thousand at a time.
  it('keeps every block, in order, at its line', () => {
    const body = `<html><body>\n${Array.from({ length: 5000 }, (_, i) => (i % 2 ? `<p>p${i}</p>` : `<div><h2>h${i}</h2>t${i}</div>`)).join('\n')}`;
    const blocks = parseHtmlPage(body).tree.children;
    expect(blocks.map((node) => toString(node)).join(' ')).toBe(Array.from({ length: 5000 }, (_, i) => (i % 2 ? `p${i}` : `h${i} t${i}`)).join(' '));
    expect(blocks.filter((node) => node.type === 'heading').map((node) => node.position?.start.line)).toEqual(Array.from({ length: 2500 }, (_, i) => 2 + 2 * i));
  });

  it('too many for the converter, is read as its text, each piece on its page line', () => {
    const body = '<html><body>\n<h2>About us</h2>\n<ul><li>Founded in 2011</li>\n<li>Porto</li></ul>';
    const hast = unified().use(rehypeParse).parse(body);
    const { tree } = readPageAsText(hast, body);
    expect(nodesOfType(tree, 'text').map((node) => `${node.position?.start.line} ${toString(node)}`)).toEqual(['2 About us', '3 Founded in 2011', '4 Porto']);
  });
});

describe('a page of unclosed tags', () => {
  // Each unclosed `<a ` once scanned to the end of the page for its `>`: 120 kB of them took over ten seconds.
  it.each([['<a ', ''], ['<!x', ''], ['<nav>', '<nav '], ['<script>', '<script ']])('of %s reads in one pass', (open, run) => {
    expect(() => parseHtmlPage(`<html>${open}${(run || open).repeat(40_000)}`)).not.toThrow();
  });

  it('keeps the text after a tag', () => {
    expect(toString(parseHtmlPage('<html><p><a href="/x" title="a">Jobs</a> at <b class="x">Acme</b></p>').tree)).toBe('Jobs at Acme');
  });
});

describe('the text of a paragraph', () => {
  it('reads as written, whatever markdown delimiters it holds', () => {
    const piece = fc.constantFrom('a', 'b', ' ', '*', '_', '[', ']', '\\', '`', '~~~', '# ', '> ', '1. ', '|', '[[a]]');
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 300 }), fc.integer({ min: 0, max: 80 }), (pieces, stars) => {
      const text = `x${pieces.join('')}${' *'.repeat(stars)} y`;
      expect(toString(parseHtmlPage(`<html><p>${text}</p>`).tree)).toBe(text.replace(/\s+/g, ' '));
    }), { numRuns: runs(300) });
  });

  it('of half a megabyte keeps all its words, entities read', () => {
    const text = 'Acme &amp; Co make pumps for dairies. '.repeat(13_000);
    expect(words(`<html><p>${text}</p>`)).toBe(text.replace(/\s+/g, '').replaceAll('&amp;', '&'));
  });
});

describe('lines of a paragraph broken by <br>', () => {
  // A line under another that reads as markdown syntax (`===`, `~~~`) once made a heading or a code block of the page.
  it('read as written, whatever they start with', () => {
    const start = fc.constantFrom('===', '---', '~~~', '```', '| a |', '|---|', '# x', '> q', '+ p', '1. n', '2) m', '* s', '- l', 'text', '= x', ':', '\\');
    fc.assert(fc.property(fc.array(start, { minLength: 1, maxLength: 6 }), (starts) => {
      const { tree } = parseHtmlPage(`<html><p>first${starts.map((s) => `<br>${s} end`).join('')}</p><h2>Later</h2>`);
      expect(toString(tree)).toBe(['first', ...starts.map((s) => `${s} end`), 'Later'].join(''));
      expect(tree.children.filter((node) => node.type === 'heading')).toHaveLength(1);
    }), { numRuns: runs(300) });
  });
});

describe('bold and italic text of a page', () => {
  it('reads as its words, the marks gone, wherever its spaces and punctuation are', () => {
    const word = fc.constantFrom('Founded:', 'Acme', ' ', '2011', '.', '', 'x ');
    const tag = fc.constantFrom('b', 'strong', 'i', 'em');
    fc.assert(fc.property(word, fc.array(fc.tuple(tag, word, word), { minLength: 1, maxLength: 4 }), (first, parts) => {
      const html = first + parts.map(([t, inside, after]) => `<${t}>${inside}</${t}>${after}`).join('');
      const text = first + parts.map(([, inside, after]) => inside + after).join('');
      expect(words(`<html><p>z ${html} z</p>`)).toBe(`z${text}z`.replace(/\s+/g, ''));
    }), { numRuns: runs(500) });
    const [item] = nodesOfType(parseHtmlPage('<html><li><strong>Founded: </strong>2011</li>').tree, 'paragraph');
    expect(item && 'children' in item ? item.children.map((child) => child.type) : []).toEqual(['strong', 'text']);
  });
});
