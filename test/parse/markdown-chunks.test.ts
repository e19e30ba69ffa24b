import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defuseDelimiters } from '../../src/parse/defuse.js';
import { CHUNK_CHARS, chunksOf } from '../../src/parse/markdown-chunks.js';
import { gfm, parseInChunks } from '../../src/parse/parse-markdown.js';

// The tree of a long document parsed in pieces is the tree of it parsed whole.
const block = fc.constantFrom(
  '## Week of 2019-01-07', '# Log', '- Burst main on *Fore Street*, 3 hours', '  - nested item', '1. first', 'A paragraph with **bold** text.',
  '```', '# not a heading inside a fence', '```', '| a | b |', '| --- | --- |', '| 1 | 2 |', '> quote', '', '', 'Setext', '======',
  // What a cut before a heading could land inside: fences of other lengths and kinds, in list items, HTML blocks, indented headings.
  '````', '```js', '~~~', '- ```', '  ```', '  # heading in a list item', '- item', '<pre>', '</pre>', '<!--', '-->', '<div class="x">',
  '> [q]: https://example.com/q', '- [l]: https://example.com/l', 'see [q] and [l]', '---', 'Lazy line',
);

describe('a long markdown document', () => {
  it('parses in pieces to the same tree, positions and offsets included, as in one pass', () => {
    fc.assert(fc.property(fc.array(block, { minLength: 20, maxLength: 80 }), fc.integer({ min: 1, max: 2 }), (blocks, copies) => {
      const unit = blocks.join('\n');
      const body = Array.from({ length: Math.ceil((CHUNK_CHARS * copies) / Math.max(unit.length, 1)) }, () => unit).join('\n');
      const whole = gfm.parse(defuseDelimiters(body));
      const pieces = parseInChunks(body);
      expect(pieces.children).toEqual(whole.children);
      expect(pieces.position?.end).toEqual(whole.position?.end);
    }), { numRuns: runs(8) });
  });

  it('is cut only before a heading outside a code fence, and every line is in one piece', () => {
    const body = Array.from({ length: 4000 }, (_, i) => (i % 50 === 0 ? '## Day' : i % 50 === 10 ? '```' : i % 50 === 12 ? '```' : i % 50 === 11 ? '# code' : `- event ${i}`)).join('\n');
    const chunks = chunksOf(body);
    expect(chunks.map((c) => c.text).join('\n')).toBe(body);
    for (const chunk of chunks.slice(1)) expect(chunk.text.startsWith('## Day')).toBe(true);
    for (const chunk of chunks) expect(body.slice(chunk.charOffset, chunk.charOffset + chunk.text.length)).toBe(chunk.text);
  });

  it('is parsed whole when it defines link references, which any piece may use', () => {
    const body = `${'## Day\n- see [the report][r]\n'.repeat(3000)}\n[r]: https://example.com/report\n`;
    expect(chunksOf(body)).toHaveLength(1);
  });
});
