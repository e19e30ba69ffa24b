import type { Heading, List, Paragraph, Root } from 'mdast';
import fc from 'fast-check';
import { splitColumnPairs } from '../../src/parse/column-pairs.js';
import { toString } from 'mdast-util-to-string';
import { nodesOfType as nodes } from './mdast-helpers.js';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/parse/text-reader.js';
import { modelOfText } from '../helpers/model.js';

const headings = (tree: Root) => (nodes(tree, 'heading') as Heading[]).map((h) => `${h.depth} ${toString(h)}`);

describe('readText', () => {
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

  it('does not take sentences or clause lists for headings', () => {
    const { tree } = readText('Notes\n\nBuild next-generation recommendation intelligence\n\nCloud, data, and AI\n\nFounded: 1999\n');
    expect(headings(tree)).toEqual(['1 Notes']);
  });

  it('nests bullets by indentation, with any bullet character', () => {
    const { tree } = readText('Skills\n\n• Languages\n    ◦ Go\n    ◦ Rust\n• Cloud\n    - AWS\n        ▪ Lambda\n* Data\n');
    const [list] = nodes(tree, 'list') as List[];
    expect(list?.children.map((item) => toString(item.children[0]))).toEqual(['Languages', 'Cloud', 'Data']);
    const nested = list?.children[1]?.children[1] as List | undefined;
    expect(nested?.type).toBe('list');
    expect(toString(nested?.children[0]?.children[0])).toBe('AWS');
    expect(nested?.children[0]?.children[1]?.type).toBe('list');
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

  it('nests by bullet glyph when an export dropped the indentation: ● then ○ then ■', () => {
    const { tree } = readText('Duties\n\n●\tPlan routes\n○\tcurved plates\n■\tbows\n○\tseams\n●\tRun trials\n');
    const [list] = nodes(tree, 'list') as List[];
    expect(list?.children.map((item) => toString(item.children[0]))).toEqual(['Plan routes', 'Run trials']);
    const nested = list?.children[0]?.children[1] as List | undefined;
    expect(nested?.children.map((item) => toString(item.children[0]))).toEqual(['curved plates', 'seams']);
    expect((nested?.children[0]?.children[1] as List | undefined)?.children).toHaveLength(1);
  });

  it('keeps one list across blank lines between items', () => {
    const { tree } = readText('Culture\n\n  • One.\n\n  • Two.\n\n  • Three.\n');
    const lists = nodes(tree, 'list') as List[];
    expect(lists).toHaveLength(1);
    expect(lists[0]?.spread).toBe(true);
  });

  it('keeps each line on its own file line', () => {
    const body = 'Title\n\nFirst line.\nSecond line.\nwrapped on\nto the next\n  • item\n';
    const { tree } = readText(body);
    const paragraphs = (nodes(tree, 'paragraph') as Paragraph[]).map((p) => [toString(p), p.position?.start.line, p.position?.end.line]);
    expect(paragraphs).toEqual([
      ['First line.', 3, 3],
      ['Second line.', 4, 4],
      ['wrapped on\nto the next', 5, 6],
      ['item', 7, 7],
    ]);
  });

  it('turns a glued chip line into a chip list', () => {
    const { tree } = readText('Skills\n\nRustGoKubernetes\n');
    const [list] = nodes(tree, 'list') as List[];
    expect(list?.data?.chips).toBe(true);
    expect(list?.children.map((item) => toString(item))).toEqual(['Rust', 'Go', 'Kubernetes']);
  });

  it('splits a glued place and label into two paragraphs on the same line', () => {
    const { tree } = readText('Acme\n\n🇫🇷 Paris, FranceEmployees: 300\n');
    const paragraphs = nodes(tree, 'paragraph') as Paragraph[];
    expect(paragraphs.map((p) => [toString(p), p.position?.start.line, p.data?.country])).toEqual([
      ['Paris, France', 3, 'FR'],
      ['Employees: 300', 3, undefined],
    ]);
  });

  it('sets page chrome aside and never puts it in the tree', () => {
    const mission = 'We make the fastest delivery robots in the whole world';
    const body = `Acme logo\n\nAcme\n\n${mission}\n\nShare\n\nAcme logo\nAlign the plan\n\n|\n\n${mission}\n\nStrengths\n• SPEED: fast\n`;
    const { tree, chrome } = readText(body);
    expect(chrome.map((c) => c.line)).toEqual([1, 7, 9, 10, 12, 14]);
    const text = toString(tree);
    for (const line of ['logo', 'Align the plan', 'Share', '|']) expect(text).not.toContain(line);
    expect(text.split(mission)).toHaveLength(2);
  });

  it('continues a bullet on an indented or wrapped line', () => {
    const { tree } = readText('Work\n\n• Building ranking systems that\n  drive discovery.\n• Launching features tied\nto pricing tiers.\n• Next\n');
    const [list] = nodes(tree, 'list') as List[];
    expect(list?.children.map((item) => [toString(item), item.position?.start.line, item.position?.end.line])).toEqual([
      ['Building ranking systems that\ndrive discovery.', 3, 4],
      ['Launching features tied\nto pricing tiers.', 5, 6],
      ['Next', 7, 7],
    ]);
  });

  it('drops separator lines of any length and keeps a Title Case title right under a logo', () => {
    const { tree, chrome } = readText('Acme logo\nAcme Engineering\n\n==========\n\n- - - - -\n\nOverview\n\nText.\n');
    expect(chrome.map((c) => c.line)).toEqual([1, 4, 6]);
    expect(headings(tree)).toEqual(['1 Acme Engineering', '2 Overview']);
  });

  it('reads a PDF export\'s table of contents as chrome, and a one-word numbered heading that follows the last one\'s number as a heading', () => {
    const doc = [
      'Acme Rope | Company Overview', 'CONTENTS', '1. About Acme ........ 2', '2. Strategy .......... 3', '', 'Page 1 of 3',
      '\fAcme Rope | Company Overview', '1. About Acme', 'Acme makes rope for sailing boats.', '• Rope', '• Twine', 'Page 2 of 3',
      '\fAcme Rope | Company Overview', '2. Strategy', 'Competitors', 'Knotworks, Braidline', '', 'Requirements', '1. Python', '', 'Page 3 of 3',
    ];
    const { tree, chrome } = readText(doc.join('\n'));
    expect(chrome.map((c) => c.line)).toEqual([2, 3, 4, 6, 7, 12, 13, 21]);
    expect(headings(tree)).toEqual(['1 Acme Rope | Company Overview', '2 1. About Acme', '2 2. Strategy', '2 Competitors', '2 Requirements']);
    expect(nodes(tree, 'list').map((list) => toString(list))).toContain('Python');
  });

  it('reads a fact table a PDF export left in columns as one labelled part per pair, at its line', () => {
    const { company } = modelOfText('acme/overview.txt', [
      'Acme Rope', '', 'About Acme', 'Acme makes rope for sailing boats and harbours.', '',
      'Founded            2009                    Headquarters      Aberdeen, Scotland',
      'Employees          310                     Ownership         Private (Series C)',
      '', 'Skills', 'Python   3 years',
    ].join('\n'));
    const { founded, headquarters, employees, ownership } = company.overview;
    expect([founded, headquarters, employees, ownership].map((fact) => `${fact?.source.line} ${fact?.text}`)).toEqual(['6 2009', '6 Aberdeen, Scotland', '7 310', '7 Private (Series C)']);
    // One name and value three spaces apart may be anything spaced out: left as written.
    expect(company.prep.skills.map((skill) => skill.text)).toEqual(['Python 3 years']);
  });

  it('reads a year at the start of a sentence as prose, not a numbered item', () => {
    const { tree } = readText('History\n\n2024. A record year for us.\n');
    expect(nodes(tree, 'list')).toHaveLength(0);
  });

  it('reads plain notes: a sentence-case line before a list and a lone word above prose are headings', () => {
    const body = 'Call notes - Acme\n\nWhat they want\n- 5+ years backend\n\nCompensation\nBase 180k, equity TBD.\n\nThey are hiring.\nThe stack is Go.\n';
    expect(headings(readText(body).tree)).toEqual(['1 Call notes - Acme', '2 What they want', '2 Compensation']);
  });
});

describe('a list item wrapped by a PDF', () => {
  it('takes its indented next lines, capitalized or not, and never makes them headings', () => {
    const { tree } = readText([
      'Your tasks',
      '▪ Write unit and hardware-in-the-loop tests and run them in our',
      '  Jenkins pipeline',
      '▪ Implement PROFINET and keep it certi-',
      '  fiable',
      '▪ Support the service team.',
      '',
      '  Next Steps',
      '',
    ].join('\n'));
    expect(headings(tree)).toEqual(['2 Your tasks', '2 Next Steps']);
    expect((nodes(tree, 'listItem')).map((item) => toString(item))).toEqual([
      'Write unit and hardware-in-the-loop tests and run them in our\nJenkins pipeline',
      'Implement PROFINET and keep it certi-\nfiable',
      'Support the service team.',
    ]);
  });
});

describe('a paragraph hard-wrapped after a comma', () => {
  it('goes on on the next line, whatever its case', () => {
    const { tree } = readText('Send your application to karriere@example.com. Your contact: Miriam Vogt,\nTalent Acquisition, +49 711 555 0141.\n\nNext paragraph.\n');
    expect(nodes(tree, 'paragraph').map((p) => toString(p))).toEqual([
      'Send your application to karriere@example.com. Your contact: Miriam Vogt,\nTalent Acquisition, +49 711 555 0141.',
      'Next paragraph.',
    ]);
  });
});

describe('splitColumnPairs', () => {
  it('gives parts whose names start where the line has them, for any line', () => {
    const cell = fc.constantFrom('Founded', 'Headquarters', '2009', 'Aberdeen, Scotland', 'a b c d e f g h i j', ' ', '   ', '\t', 'x');
    fc.assert(fc.property(fc.array(cell, { maxLength: 12 }).map((cells) => cells.join('')), (text) => {
      const parts = splitColumnPairs(text) ?? [];
      return parts.every((part) => text.startsWith(part.text.split('\t')[0]!, part.offset));
    }), { numRuns: 500 });
  });
});
