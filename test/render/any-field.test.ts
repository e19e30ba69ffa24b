import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Packet } from '../../src/model/packet.js';
import { normalizeMarkdown } from '../../src/render/normalize-markdown.js';
import { renderPacket } from '../../src/render/render-packet.js';
import { loadPacket } from './fixtures.js';
import { parseMarkdown, textOf } from './markdown-text.js';

/** Keys that hold codes the packet's own logic sets, not text a profile or candidate wrote. */
const CODES = new Set(['kind', 'matchedOn', 'builtAt', 'prepVersion', 'field', 'id', 'slug', 'file', 'currency']);

/** The packet with every text field replaced, in document order, by `fill(n)`. */
function fillText(value: unknown, fill: (n: number) => string, count = { n: 0 }, key = ''): unknown {
  if (typeof value === 'string') return CODES.has(key) ? value : fill(count.n++);
  if (Array.isArray(value)) return value.map((item) => fillText(item, fill, count, key));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, fillText(item, fill, count, k)]));
}

const hostile = fc.string({
  unit: fc.constantFrom(
    ...'ab Z1.\\|*_<>[](){}!#`~-+=:&;/"\'\n\t\u00a0é'.split(''),
    'http://x.io', 'javascript:alert(1)', '<!--', '-->', '&amp;', '&#x3C;', 'www.a.b', 'a@b.co', '{{', '}}', '1. ', '- ', '> ', '# ', '[^1]', '\r',
  ),
  maxLength: 20,
});

/** What a value becomes on the page: one line, no control characters. */
const visible = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const base = loadPacket('mle');
/** Each text field tagged with its number, so that the field can be found on the page. */
const field = (values: readonly string[], n: number): string => `zq${n}zq ${values[n % values.length]}`;
const tagged = (values: readonly string[]) => fillText(structuredClone(base), (n) => field(values, n)) as Packet;
const marked = await renderPacket(fillText(structuredClone(base), (n) => `zq${n}zq`) as Packet, { format: 'md' });
/** The fields the markdown template prints (a few, like the role's skills, only feed other sections). */
const printed = (n: number): boolean => new RegExp(`zq${n}zq(?!\\d)`).test(marked);

/** The elements and attributes the built-in templates make from markdown (`data-label`: a cell's column heading): nothing a field could add. */
const TAGS = /^(?:h[1-3]|p|ul|ol|li|table|thead|tbody|tr|th|td|strong|em|code|blockquote|input|br|wbr|del|main|body)$/;
const ATTRIBUTES = /^(?:start|type|checked|disabled|align|class|data-label)$/;

describe('any text in any field of a packet', () => {
  it('prints literally in markdown, once normalized for good', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 40, maxLength: 40 }), async (values) => {
        const packet = tagged(values);
        const markdown = await renderPacket(packet, { format: 'md' });
        expect(await normalizeMarkdown(markdown)).toBe(markdown);
        const text = textOf(parseMarkdown(markdown));
        for (let n = 0; printed(n) || new RegExp(`zq${n}zq(?!\\d)`).test(JSON.stringify(packet)); n++) {
          if (printed(n)) expect(text).toContain(visible(field(values, n)));
        }
      }),
      { numRuns: runs(60) },
    );
  }, 60_000);

  it('stays inert in HTML: only the elements and attributes the templates make', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 40, maxLength: 40 }), async (values) => {
        const document = await renderPacket(tagged(values), { format: 'html' });
        const body = document.slice(document.indexOf('<body>'));
        for (const [, name, attrs] of body.matchAll(/<([a-z][\w-]*)([^>]*)>/gi)) {
          expect(name).toMatch(TAGS);
          for (const [, attribute] of attrs!.matchAll(/\s([^\s=>"']+)(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) expect(attribute).toMatch(ATTRIBUTES);
        }
        expect(body).not.toContain('<!--');
      }),
      { numRuns: runs(40) },
    );
  }, 60_000);

  it('round-trips through JSON unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 40, maxLength: 40 }), async (values) => {
        const packet = tagged(values);
        expect(JSON.parse(await renderPacket(packet, { format: 'json' }))).toEqual(packet);
      }),
      { numRuns: runs(20) },
    );
  });
});
