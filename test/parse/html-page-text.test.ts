import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/parse/html-to-markdown.js';
import { parseHtmlPage } from '../../src/parse/html-page.js';

// A saved page that is odd or hostile: still read in one pass, its text as written.
describe('a hostile saved page', () => {
  it('gives markdown no longer than a few times the page, however deep its lists nest', () => {
    const html = `<html>${'<ul><li>x'.repeat(5000)}`;
    const { markdown } = htmlToMarkdown(html);
    expect(markdown.length).toBeLessThan(html.length * 10);
    expect(markdown.split('\n').filter((line) => line.trim() === '- x')).toHaveLength(5000);
  });
});

describe('a page of unclosed tags', () => {
  // Each unclosed `<a ` once scanned to the end of the page for its `>`: 120 kB of them took over ten seconds.
  it.each([['<a ', ''], ['<!x', ''], ['<nav>', '<nav '], ['<script>', '<script ']])('of %s reads in one pass and keeps the text after a tag', (open, run) => {
    const html = `<html>${open}${(run || open).repeat(40_000)}`;
    expect(() => htmlToMarkdown(html)).not.toThrow();
    expect(htmlToMarkdown('<html><p><a href="/x" title="a">Jobs</a> at <b class="x">Acme</b></p>').markdown.trim()).toBe('Jobs at **Acme**');
  });
});

describe('the text of a paragraph', () => {
  // Over 64 delimiters in a paragraph are escaped again before parsing: the writer's `\*` became `\\*`, a backslash and a live `*`.
  it('reads as written, however many delimiters it holds', () => {
    const piece = fc.constantFrom('a', 'b', ' ', '*', '_', '[', ']', '\\', '`');
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 300 }), fc.integer({ min: 0, max: 80 }), (pieces, stars) => {
      const text = `x${pieces.join('')}${' *'.repeat(stars)} y`;
      // `[[a]]` reads as a notes app's wiki link, on a page as in a note.
      fc.pre(!/\[\[[^\]]*\]\]/.test(text));
      const { tree } = parseHtmlPage(`<html><p>${text}</p>`);
      expect(toString(tree)).toBe(text.replace(/\s+/g, ' '));
    }), { numRuns: 300 });
  });
});

describe('lines of a paragraph broken by <br>', () => {
  // A line under another that reads as markdown syntax (`===`, `~~~`) made a heading or a code block of the page.
  it('read as written, whatever they start with', () => {
    const start = fc.constantFrom('===', '---', '~~~', '```', '| a |', '|---|', '# x', '> q', '+ p', '1. n', '2) m', '* s', '- l', 'text', '= x', ':', '\\');
    fc.assert(fc.property(fc.array(start, { minLength: 1, maxLength: 6 }), (starts) => {
      const { tree } = parseHtmlPage(`<html><p>first${starts.map((s) => `<br>${s} end`).join('')}</p><h2>Later</h2>`);
      const texts = ['first', ...starts.map((s) => `${s} end`), 'Later'];
      expect(toString(tree).replace(/\n/g, '')).toBe(texts.join(''));
      expect(tree.children.filter((node) => node.type === 'heading')).toHaveLength(1);
    }), { numRuns: 300 });
  });
});

describe('bold and italic text of a page', () => {
  // `<strong>Founded: </strong>2011` was `**Founded: **2011`: no bold to markdown, its stars left in the text.
  it('reads as its words, the marks gone, wherever its spaces and punctuation are', () => {
    const word = fc.constantFrom('Founded:', 'Acme', ' ', '2011', '.', '', 'x ');
    const tag = fc.constantFrom('b', 'strong', 'i', 'em');
    // Two different marks back to back (`<i>a</i><b>b</b>`, `*a***b**`) are left out: they still read as stars.
    const between = fc.constantFrom('Founded:', 'Acme', ' ', '2011', '.', 'x ');
    fc.assert(fc.property(word, fc.array(fc.tuple(tag, word, between), { minLength: 1, maxLength: 4 }), (first, parts) => {
      const html = first + parts.map(([t, inside, after]) => `<${t}>${inside}</${t}>${after}`).join('');
      const words = (first + parts.map(([, inside, after]) => inside + after).join('')).replace(/\s+/g, '');
      const { tree } = parseHtmlPage(`<html><p>z ${html} z</p>`);
      expect(toString(tree).replace(/\s+/g, '')).toBe(`z${words}z`);
    }), { numRuns: 500 });
    expect(htmlToMarkdown('<html><li><strong>Founded: </strong>2011</li>').markdown.trim()).toBe('- **Founded:** 2011');
  });
});

describe('a giant paragraph of a page', () => {
  // One 500 kB paragraph of `x &amp; y` took micromark 19 s; pieces of it take a second.
  it('is written as paragraphs of a few kilobytes, its words all kept', () => {
    const text = 'Acme &amp; Co make pumps for dairies. '.repeat(5_000);
    const { markdown } = htmlToMarkdown(`<html><p>${text}</p>`);
    expect(Math.max(...markdown.split('\n').map((line) => line.length))).toBeLessThan(10_000);
    expect(toString(parseHtmlPage(`<html><p>${text}</p>`).tree).replace(/\s+/g, '')).toBe(text.replace(/\s+/g, '').replaceAll('&amp;', '&'));
  });
});
