import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { countLines, normalizeText } from '../../src/read/text.js';

const pieces = [
  '•', '|', '---', '  • PLATFORM: fast', '    ◦ nested', '🇺🇸 Paris, FranceMarket Cap: $1B', 'METRICS', 'MODERNIZE PLATFORM',
  '# Heading #', 'Title\n=====', '| a | b |', '|---|---|', '**Label**: value', '__Label__: value', '1. one', '2) two',
  '    - nested', '* star', '+ plus', '<!-- comment -->', 'Acme logo', 'Align the plan', 'Share', '```', '> quote',
  'Software EngineerMachine Learning Engineer', 'CDNedge cachingQoEnetwork operations', 'streamingplaybackengagement',
  '😀🎉👩‍💻', '\t\tindented', '1. Company Overview', '2.1 Responsibilities', '3.2.1. Tech Stack', '●\tone', '○\tsub', '■ deeper', '- ▸ Products', '- ▸ ', '    - ▸ **Values**', '', '   ', 'Strengths', 'Key Products & Brands', '[Yes/No]', 'https://example.com/x',
];

const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...pieces) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'B', ' ', '•', '|', '-', ':', '*', '#', 'É', '🇺🇸', '\t'), maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom('x', 'Ab', 'a ', '•', 'CDNedge').map((s) => s.repeat(4000)) },
);

const document = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, markdownish]) => (markdownish ? ['# Notes', '', ...lines] : lines).join(eol));

function positioned(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) positioned(child, visit);
}

describe('parse on any input', () => {
  it('never throws, and every node sits within the file', () => {
    fc.assert(
      fc.property(document, (value) => {
        const file = new VFile({ path: 'acme/random.txt', value, data: { relative: 'acme/random.txt' } });
        const doc = parse(file);
        if (!doc) {
          // Only a front-matter block may be refused, and then with a message.
          expect(normalizeText(value).startsWith('---')).toBe(true);
          expect(file.messages.some((m) => m.fatal)).toBe(true);
          return;
        }
        const lines = countLines(normalizeText(value));
        expect(doc.lines).toBe(lines);
        for (const child of doc.tree.children) {
          positioned(child, (node) => {
            const position = node.position;
            expect(position, node.type).toBeDefined();
            if (!position) return;
            expect(position.start.line).toBeGreaterThanOrEqual(1);
            expect(position.start.column).toBeGreaterThanOrEqual(1);
            expect(position.end.line).toBeGreaterThanOrEqual(position.start.line);
            // An unclosed block may end at the end of the file, just after its last newline.
            const atEof = position.end.line === lines + 1 && position.end.column === 1;
            if (!atEof) expect(position.end.line).toBeLessThanOrEqual(lines);
            expect(position.start.line).toBeLessThanOrEqual(Math.max(lines, 1));
          });
        }
        for (const chrome of doc.chrome) expect(chrome.line).toBeLessThanOrEqual(lines);
      }),
      // Found by this property: an ALL CAPS line lifted to a heading over a table had a text child without a position.
      { numRuns: runs(300), examples: [['METRICS\na|a\n|---|---|']] },
    );
  });

  it('gives the same tree for the same input', () => {
    fc.assert(
      fc.property(document, (value) => {
        const once = parse(new VFile({ path: 'a.txt', value }));
        const twice = parse(new VFile({ path: 'a.txt', value }));
        expect(JSON.stringify(once?.tree)).toBe(JSON.stringify(twice?.tree));
      }),
      { numRuns: runs(50) },
    );
  });
});
