import { runs } from '../helpers/runs.js';
import type { List, Paragraph } from 'mdast';
import fc from 'fast-check';
import { splitColumnPairs } from '../../src/parse/column-pairs.js';
import { toString } from 'mdast-util-to-string';
import { headingsOf as headings, nodesOfType as nodes } from './mdast-helpers.js';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/parse/text-reader.js';
import { modelOfText } from '../helpers/model.js';

describe('readText', () => {
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
});

describe('splitColumnPairs', () => {
  it('reads a PDF export\'s fact row as one name and value each, at the line\'s offsets', () => {
    expect(splitColumnPairs('Founded      2009      Headquarters      Aberdeen, Scotland')).toEqual([
      { text: 'Founded\t2009', offset: 0 },
      { text: 'Headquarters\tAberdeen, Scotland', offset: 23 },
    ]);
  });

  it('gives parts whose names start where the line has them, for any line', () => {
    const cell = fc.constantFrom('Founded', 'Headquarters', '2009', 'Aberdeen, Scotland', 'a b c d e f g h i j', ' ', '   ', '\t', 'x');
    const gap = fc.constantFrom('', ' ', '   ', '\t', '      ');
    // Half of the lines are laid out like a row (cells apart by a column gap), for the splitting to be tried.
    const pair = fc.tuple(fc.constantFrom('Founded', 'Headquarters', 'Team size', 'x'), cell);
    const row = fc.tuple(fc.array(pair, { minLength: 2, maxLength: 4 }), fc.constantFrom('   ', '\t', '      ')).map(([pairs, apart]) => pairs.flat().join(apart));
    const line = fc.oneof(fc.array(fc.tuple(cell, gap), { maxLength: 12 }).map((cells) => cells.flat().join('')), row);
    let rows = 0;
    fc.assert(fc.property(line, (text) => {
      const parts = splitColumnPairs(text) ?? [];
      if (parts.length > 0) rows += 1;
      return parts.every((part) => text.startsWith(part.text.split('\t')[0]!, part.offset));
    }), { numRuns: runs(500) });
    // Some of the lines tried were rows: the property was not vacuous.
    expect(rows).toBeGreaterThan(0);
  });
});
