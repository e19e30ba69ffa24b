import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingsOf as headings, nodesOfType as nodes } from './mdast-helpers.js';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/parse/text-reader.js';

describe('readText: lists and wrapped lines', () => {
  it('nests bullets by indentation, with any bullet character', () => {
    const { tree } = readText('Skills\n\n• Languages\n    ◦ Go\n    ◦ Rust\n• Cloud\n    - AWS\n        ▪ Lambda\n* Data\n');
    const [list] = nodes(tree, 'list') as List[];
    expect(list?.children.map((item) => toString(item.children[0]))).toEqual(['Languages', 'Cloud', 'Data']);
    const nested = list?.children[1]?.children[1] as List | undefined;
    expect(nested?.type).toBe('list');
    expect(toString(nested?.children[0]?.children[0])).toBe('AWS');
    expect(nested?.children[0]?.children[1]?.type).toBe('list');
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

  it('continues a bullet on an indented or wrapped line', () => {
    const { tree } = readText('Work\n\n• Building ranking systems that\n  drive discovery.\n• Launching features tied\nto pricing tiers.\n• Next\n');
    const [list] = nodes(tree, 'list') as List[];
    expect(list?.children.map((item) => [toString(item), item.position?.start.line, item.position?.end.line])).toEqual([
      ['Building ranking systems that\ndrive discovery.', 3, 4],
      ['Launching features tied\nto pricing tiers.', 5, 6],
      ['Next', 7, 7],
    ]);
  });

  it('reads a year at the start of a sentence as prose, not a numbered item', () => {
    const { tree } = readText('History\n\n2024. A record year for us.\n');
    expect(nodes(tree, 'list')).toHaveLength(0);
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
