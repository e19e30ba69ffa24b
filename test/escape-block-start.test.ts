import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeBlockStart } from '../src/escape-block-start.js';
import { gfm } from '../src/parse/parse-markdown.js';

// Line starts that open a block, and plain words, so that most runs hit a marker.
const lead = fc.constantFrom('#', '##', '>', '+', '-', '=', '===', '~~~', '|', '1.', '2)', '123456789.', 'word', '');
const rest = fc.stringMatching(/^[ a-z0-9]{0,12}$/);

describe('escapeBlockStart', () => {
  it('keeps a line that starts with a block marker one paragraph', () => {
    fc.assert(
      fc.property(lead, rest, (start, tail) => {
        const line = `${start}${tail}`.trim();
        fc.pre(/^[^\s]/.test(line) && /[a-z0-9]/.test(line));
        const tree = gfm.parse(escapeBlockStart(line));
        expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
      }),
    );
  });

  it('changes nothing else', () => {
    expect(escapeBlockStart('Founded in 2011')).toBe('Founded in 2011');
    expect(escapeBlockStart('1234567890. is no list marker')).toBe('1234567890. is no list marker');
  });
});
