import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingsOf as headings, nodesOfType as nodes } from './mdast-helpers.js';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/parse/text-reader.js';

describe('readText: headings', () => {
  it('makes the title depth 1, table headings depth 2 and other heading-shaped lines depth 3', () => {
    const { tree } = readText('Acme Robotics\n\nWhat We Do\n\nWe build robots for warehouses.\n\nPicking Arms\n\nOur arms pick.\n\nTech Stack\n• Rust\n');
    expect(headings(tree)).toEqual(['1 Acme Robotics', '2 What We Do', '3 Picking Arms', '2 Tech Stack']);
  });

  it('counts ALL CAPS lines as headings, even right after a list', () => {
    const { tree } = readText('Plan\n\nGROW REVENUE\n\nDouble the sales pipeline\n\n  • SALES: hire ten\nMETRICS\n  • ARR: $10M\n');
    expect(headings(tree)).toEqual(['1 Plan', '3 GROW REVENUE', '2 METRICS']);
    expect(nodes(tree, 'paragraph').map((p) => toString(p))).toContain('Double the sales pipeline');
  });

  it('finds known headings in a page scraped with no blank lines, after a sentence, a label line or a title', () => {
    const page = [
      'Home | About | Careers | Contact',
      'Nordwind Energietechnik GmbH',
      'About Us',
      'Nordwind builds battery controllers.',
      'Founded: 2009',
      'Our Values',
      '▪ Safety first',
      'Responsibilities',
      '• Own SLOs',
      '–\tBuild capacity models',
      'Apply now',
      'Requirements',
      '• Go',
    ].join('\n');
    const { tree, chrome } = readText(page);
    expect(chrome.map((c) => c.text)).toEqual(['Home | About | Careers | Contact', 'Apply now']);
    expect(headings(tree)).toEqual(['1 Nordwind Energietechnik GmbH', '2 About Us', '2 Our Values', '2 Responsibilities', '2 Requirements']);
    expect((nodes(tree, 'list') as List[]).map((list) => list.children.map((item) => toString(item.children[0])))).toEqual([['Safety first'], ['Own SLOs', 'Build capacity models'], ['Go']]);
  });

  it('keeps a known heading word that a wrapped line carries on into as prose', () => {
    const { tree } = readText('Notes\n\nWe talked about pay and\nCulture\n');
    expect(headings(tree)).toEqual(['1 Notes']);
  });

  it('takes a known heading over a list for its heading, after a line that ends no sentence', () => {
    const { tree } = readText('Notes\n\nBand 6, £37,338, Nottingham, 3 days on site\nResponsibilities\n• Build the dashboards\n• Reconcile the data\n');
    expect(headings(tree)).toEqual(['1 Notes', '2 Responsibilities']);
    // Over prose, the same word carries on the line before it, as a wrapped line does.
    expect(headings(readText('Notes\n\nWe talked about pay and\nCulture\nof the team.\n').tree)).toEqual(['1 Notes']);
  });

  it('does not take sentences or clause lists for headings', () => {
    const { tree } = readText('Notes\n\nBuild next-generation recommendation intelligence\n\nCloud, data, and AI\n\nFounded: 1999\n');
    expect(headings(tree)).toEqual(['1 Notes']);
  });

  it('reads the numbered headings of a word-processor export, and keeps a numbered list a list', () => {
    const doc = ['Acme — Prep', '', '1. Company Overview', 'Acme sells rope.', '1.1 Mission', 'Tie everything.', '2. The Role', '2.1 Responsibilities', '● Splice', '3. Interview Process', '1. Phone Screen', '2. Onsite', '4. My Notes', '○ call back'];
    const { tree } = readText(doc.join('\n'));
    expect(headings(tree)).toEqual(['1 Acme — Prep', '2 1. Company Overview', '3 1.1 Mission', '2 2. The Role', '3 2.1 Responsibilities', '2 3. Interview Process', '2 4. My Notes']);
    const [, stages] = nodes(tree, 'list') as List[];
    expect(stages?.children.map((item) => toString(item.children[0]))).toEqual(['Phone Screen', 'Onsite']);
  });

  it('gives an unknown ALL CAPS heading with a colon the level of the known ones written like it', () => {
    const body = 'DATA ENGINEER\n\nRESPONSIBILITIES:\n- Ingest data\n\nQUESTIONS THEY ASKED:\n- Design a pipeline\n\nGROW REVENUE\n\n- KR one\n';
    expect(headings(readText(body).tree)).toEqual(['1 DATA ENGINEER', '2 RESPONSIBILITIES:', '2 QUESTIONS THEY ASKED:', '3 GROW REVENUE']);
  });

  it('reads plain notes: a sentence-case line before a list and a lone word above prose are headings', () => {
    const body = 'Call notes - Acme\n\nWhat they want\n- 5+ years backend\n\nCompensation\nBase 180k, equity TBD.\n\nThey are hiring.\nThe stack is Go.\n';
    expect(headings(readText(body).tree)).toEqual(['1 Call notes - Acme', '2 What they want', '2 Compensation']);
  });
});
