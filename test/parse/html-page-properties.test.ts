import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../src/parse/html-reader.js';

/** Every position in a tree, with the type of its node. */
function positions(node: Nodes): Array<{ type: string; start: number; end: number }> {
  const own = node.position ? [{ type: node.type, start: node.position.start.line, end: node.position.end.line }] : [];
  return [...own, ...('children' in node ? node.children.flatMap(positions) : [])];
}

const TAGS = ['<p>', '</p>', '<li>', '</li>', '<ul>', '</ul>', '<ol>', '<h2>', '</h2>', '<tr>', '<td>', '<th>', '</tr>', '<table>', '</table>', '<pre>', '</pre>', '<br>',
  '<script>', '</script>', '<style>', '<nav>', '</nav>', '<!--', '-->', '<b>', '</b>', '<a class="btn">', '</a>', '<div>', '</div>', '<?xml?>', '<td colspan="9999">'];
const piece = fc.oneof(fc.constantFrom(...TAGS, '<', '>', '\n', '&amp;', '&', '|', '*', '# ', '- ', 'text', ' '), fc.string({ maxLength: 8 }));

describe('any page', () => {
  it('is read without throwing, every position on a line of the page', () => {
    fc.assert(fc.property(fc.boolean(), fc.array(piece, { maxLength: 80 }), (doctype, pieces) => {
      const body = `${doctype ? '<!DOCTYPE html>\n' : ''}${pieces.join('')}`;
      const { tree, chrome } = parseHtmlPage(body);
      const lines = body.split('\n').length;
      for (const { type, start, end } of positions(tree)) {
        expect(start, type).toBeGreaterThanOrEqual(1);
        expect(end, type).toBeGreaterThanOrEqual(start);
        expect(end, type).toBeLessThanOrEqual(lines);
      }
      for (const c of chrome) expect(c.line).toBeLessThanOrEqual(lines);
    }), { numRuns: runs(1500) });
  });

  it('cites a line by its offset: parse5 counts a newline after a bare `&` twice', () => {
    const { tree } = parseHtmlPage('<html>Tom &\n<p>Jerry</p>');
    expect(positions(tree).filter((p) => p.type === 'paragraph').map((p) => p.start)).toEqual([1, 2]);
  });

  it('of any characters at all is read without throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (body) => {
      expect(() => parseHtmlPage(body)).not.toThrow();
    }), { numRuns: runs(1000) });
  });
});

describe('the text of paragraphs and list items', () => {
  const char = fc.constantFrom('a', 'Z', 'é', '9', ' ', '*', '_', '#', '>', '|', ':', '"', "'", '(', '[', '-', '.', '~', '`', '=', '→');
  const text = fc.array(char, { minLength: 1, maxLength: 30 }).map((chars) => chars.join('')).filter((value) => value.trim() !== '');
  const block = fc.tuple(fc.constantFrom('p', 'li', 'ol-li'), text);

  it('survives, each on the page line that holds it', () => {
    fc.assert(fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
      // One element a line after a line of markup; an ordered item's text on the line under its tags.
      const rows = blocks.map(([tag, value]) => (tag === 'p' ? `<p>${value}</p>` : tag === 'li' ? `<ul><li>${value}</li></ul>` : `<ol><li>\n${value}</li></ol>`));
      const html = ['<html><body>', ...rows].join('\n');
      const expectedLines = rows.map((_, i) => 2 + i + rows.slice(0, i + 1).filter((row) => row.startsWith('<ol>')).length);
      const { tree } = parseHtmlPage(html);
      expect(toString(tree)).toBe(blocks.map(([, value]) => value.replace(/\s+/g, ' ').trim()).join(''));
      const blockLines = positions(tree).filter((p) => p.type === 'paragraph' || p.type === 'heading').map((p) => p.start);
      expect(blockLines).toEqual(expectedLines);
    }), { numRuns: runs(500) });
  });
});
