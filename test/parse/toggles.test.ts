import fc from 'fast-check';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { nodesOfType as nodes } from './mdast-helpers.js';
import { VFile } from 'vfile';
import { texts } from '../helpers/model.js';
import { parsedTree } from '../helpers/parsed.js';
import { extract } from '../../src/extract/extract.js';
import { merge } from '../../src/merge/merge.js';

const headings = (markdown: string) => (nodes(parseMarkdown(markdown), 'heading') as Heading[]).map((h) => `${h.depth} ${toString(h)} @${h.position?.start.line}`);

const NOTION = [
  '## Company snapshot', // 1
  '',
  '- ▸ Products',
  '    - **Planner** — lesson planning',
  '- ▸ **Competitors**',
  '    - Chalkline',
  '',
  '**Funding:** Series A',
  '',
  '## The role',
  '',
  '- ▸ What you\'ll do',
  '    - Run interviews',
  '        - with teachers',
  '- Not a toggle',
].join('\n');

describe('toggles of a notes-app export', () => {
  it('become headings one level down, on their own lines, and what follows them goes back to the section they sit in', () => {
    expect(headings(NOTION)).toEqual(['2 Company snapshot @1', '3 Products @3', '3 Competitors @5', '2 Company snapshot @1', '2 The role @10', "3 What you'll do @12", '2 The role @10']);
  });

  it('fill the sections they name', () => {
    const doc = parsedTree(parseMarkdown(NOTION), 'acme/a.md', { role: 'Product Designer' }, new VFile({ path: 'acme/a.md', value: NOTION }));
    const company = merge([extract(doc, 'acme')], 'acme');
    expect(company.products.map((p) => [p.name, p.description])).toEqual([['Planner', 'lesson planning']]);
    expect(texts(company.competitors)).toEqual(['Chalkline']);
    expect(texts(company.roles[0]?.responsibilities ?? [])).toEqual(['Run interviews (with teachers)']);
  });

  it('leave a document without toggles as remark parsed it', () => {
    const piece = fc.constantFrom('# T', '## S', '- item', '    - nested', '1. one', 'text', '', '> quote', '- [ ] task', '**Bold:** x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (lines) => {
        const markdown = lines.join('\n');
        const unfolded = parseMarkdown(markdown);
        expect(nodes(unfolded, 'heading').length).toBe(lines.filter((l) => l.startsWith('#')).length);
      }),
    );
  });
});

describe('a toggle export that lost its triangles', () => {
  it('reads a list of known sections, each over its own list, as those sections', () => {
    const markdown = '## Company\n\n- Products\n    - **Flux** — forecasts\n    - **Gridlens** — monitoring\n- Customers\n    - Grid operators\n';
    expect(headings(markdown)).toEqual(['2 Company @1', '3 Products @3', '3 Customers @6']);
    const page = `# Acme\n\n${markdown}`;
    const doc = parsedTree(parseMarkdown(page), 'acme/page.md', {}, new VFile({ path: 'acme/page.md', value: page }));
    const company = merge([extract(doc, 'acme')], 'acme');
    expect(company.products.map((p) => p.name)).toEqual(['Flux', 'Gridlens']);
  });

  it('keeps a list whose items are not all known sections over lists a list', () => {
    expect(headings('## Requirements\n\n- Skills\n    - Python\n- Experience\n    - 3 years\n')).toEqual(['2 Requirements @1']);
    expect(headings('## Notes\n\n- Products\n- Customers\n')).toEqual(['2 Notes @1']);
    // Under a known section the list is that section's: `Growth` there is the business's, not the career's.
    expect(headings('## Business model\n\n- Growth\n  - Revenue up 40% year on year\n- Customers\n  - 300 grocers\n')).toEqual(['2 Business model @1']);
  });

  it('makes a heading of an item only when every item of its list is a known section over a list', () => {
    const title = fc.constantFrom('Products', 'Customers', 'Values', 'Experience', 'Python', 'Misc');
    const item = fc.tuple(title, fc.boolean()).map(([t, nested]) => `- ${t}${nested ? '\n    - child' : ''}`);
    fc.assert(fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), (items) => {
      const made = headings(`## Section\n\n${items.join('\n')}\n`).length - 1;
      const outline = items.every((i) => /^- (?:Products|Customers|Values)\n/.test(i));
      expect(made).toBe(outline ? items.length : 0);
    }));
  });
});
