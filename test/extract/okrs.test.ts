import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { extract } from '../../src/extract/extract.js';
import { merge } from '../../src/merge/merge.js';
import { readText } from '../../src/parse/text-reader.js';
import { parsedTree } from '../helpers/parsed.js';
import { modelOf } from '../helpers/model.js';

const PLAN = [
  'Harbor Robotics OKR Plan',
  '',
  'MOBILE MANIPULATION',
  '',
  'Make Rover plus Reach a product',
  '',
  '• PILOTS: Run three paid pilots with grocery chains',
  '• UPTIME: Keep fleet uptime above 98%',
  '',
  'FIELD SERVICE',
  '',
  'Fix every robot within a day',
  '',
  '• SPARES: Stock spare arms in four regional depots',
  '',
  'SAFETY CASE',
  '',
  '• AUDIT: Pass the ISO 10218 audit',
  '',
].join('\n');

function okrsOf(text: string) {
  const { tree, chrome } = readText(text);
  const doc = { ...parsedTree(tree, 'harbor/strategy.txt', {}, new VFile({ path: 'harbor/strategy.txt', value: text }), text.split('\n').length), kind: 'text' as const, chrome };
  return merge([extract(doc, 'harbor')], 'harbor');
}

describe('OKR objectives in scraped text', () => {
  it('an ALL-CAPS objective then a Title-case line the reader made a heading: one objective, described by the line', () => {
    const company = okrsOf(PLAN);
    expect(company.okrs.map((o) => [o.objective, o.description ?? null, o.keyResults.length])).toEqual([
      ['MOBILE MANIPULATION', 'Make Rover plus Reach a product', 2],
      ['FIELD SERVICE', 'Fix every robot within a day', 1],
      ['SAFETY CASE', null, 1],
    ]);
    expect(company.okrs[0]?.keyResults[0]).toMatchObject({ label: 'PILOTS', source: { file: 'harbor/strategy.txt', line: 7 } });
    expect(company.unmapped).toEqual([]);
  });

  it('two ALL-CAPS headings in a row stay two objectives', () => {
    const company = okrsOf('Harbor OKR Plan\n\nFASTER BUILDS\n\nSAFER BUILDS\n\n• CACHE: Raise hit rate to 90%\n');
    expect(company.okrs.map((o) => o.objective)).toEqual(['FASTER BUILDS', 'SAFER BUILDS']);
  });
});

describe('OKRs in markdown notes', () => {
  it('a "Key Results" heading under a numbered objective gives that objective its key results', () => {
    const markdown = ['## OKRs 2025', '', '### Objective 1: Grow ads revenue', '', '#### Key Results', '', '- KR1: Reach $5M ARR', '- 500 advertisers', '', '### O2 - Improve relevance', '', '#### Key results', '', '1. CTR +15%', ''].join('\n');
    const { company } = modelOf([{ name: 'plan.md', markdown }]);
    expect(company.okrs.map((o) => [o.objective, o.keyResults.map((k) => [k.label ?? null, k.text])])).toEqual([
      ['Grow ads revenue', [['KR1', 'Reach $5M ARR'], [null, '500 advertisers']]],
      ['Improve relevance', [[null, 'CTR +15%']]],
    ]);
    expect(company.unmapped).toEqual([]);
  });

  it('keeps an objective that only starts with the word: "Goal-oriented hiring" stays whole', () => {
    const { company } = modelOf([{ name: 'plan.md', markdown: '## OKRs\n\n### Goal-oriented hiring\n\n- Hire 10\n' }]);
    expect(company.okrs.map((o) => o.objective)).toEqual(['Goal-oriented hiring']);
  });
});
