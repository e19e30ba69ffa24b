import path from 'node:path';
import type { Heading, List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { nodesOfType as all } from './mdast-helpers.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyHeading } from '../../src/classify/headings.js';
import { parse, type ParsedDocument } from '../../src/parse/index.js';
import { load } from '../../src/read/index.js';

const profiles = path.resolve(import.meta.dirname, '../../profiles');

const kinds = (doc: ParsedDocument) => (all(doc.tree, 'heading') as Heading[]).map((h) => classifyHeading(toString(h))?.kind);
const chipLists = (doc: ParsedDocument) => (all(doc.tree, 'list') as List[]).filter((l) => l.data?.chips).map((l) => l.children.map((i) => toString(i)));

describe('the netflix seeds, through load and parse', () => {
  const docs = new Map<string, ParsedDocument>();

  beforeAll(async () => {
    for (const file of await load(profiles, 'netflix')) {
      const doc = parse(file);
      if (doc) docs.set(doc.relative, doc);
    }
  });

  const get = (name: string): ParsedDocument => {
    const doc = docs.get(`netflix/${name}`);
    if (!doc) throw new Error(`netflix/${name} did not parse`);
    return doc;
  };

  it('parses every seed, detecting the kind from content', () => {
    expect(docs.size).toBe(3);
    expect(get('company-profile.txt').kind).toBe('text');
    expect(get('engineering-strategy.txt').kind).toBe('text');
    expect(get('interview-prep-mle.txt').kind).toBe('markdown');
  });

  it('finds both SWOTs with all four quadrants', () => {
    const found = kinds(get('engineering-strategy.txt'));
    for (const quadrant of ['strengths', 'weaknesses', 'opportunities', 'threats', 'priorities'] as const) {
      expect(found.filter((k) => k === quadrant), quadrant).toHaveLength(2);
    }
    expect(found.filter((k) => k === 'swot')).toHaveLength(2);
    expect(found).toContain('okrs');
    expect(found).toContain('retrospective');
  });

  it('drops the page chrome and keeps the first mission line', () => {
    const doc = get('engineering-strategy.txt');
    expect(doc.chrome.length).toBeGreaterThan(0);
    const text = toString(doc.tree);
    for (const chrome of ['logo', 'Stay Updated', 'Get free quarterly', 'Align the']) expect(text).not.toContain(chrome);
    // A chrome line is either gone from the tree or, for a repeated line, left there once.
    const blocks = [...all(doc.tree, 'paragraph'), ...all(doc.tree, 'heading')].map((n) => toString(n));
    for (const chrome of doc.chrome) expect(blocks.filter((b) => b === chrome.text).length).toBeLessThanOrEqual(1);
    expect(text.match(/To entertain the world/g)).toHaveLength(1);
  });

  it('splits the glued chip lines of the company profile', () => {
    const chips = chipLists(get('company-profile.txt'));
    expect(chips).toContainEqual(['CDN', 'edge caching', 'QoE', 'network operations']);
    expect(chips).toContainEqual(['AVOD', 'ad tech', 'monetization', 'measurement']);
    expect(chips).toContainEqual(['Software Engineer', 'Machine Learning Engineer', 'Product Manager']);
    expect(chips.flat()).toEqual(expect.arrayContaining(['Kotlin', 'A/B Testing', 'ML Fundamentals', 'streaming', 'playback']));
  });

  it('takes the location line apart and keeps heading structure', () => {
    const doc = get('company-profile.txt');
    const paragraphs = all(doc.tree, 'paragraph').map((p) => toString(p));
    expect(paragraphs).toContain('Los Gatos, CA, United States');
    expect(paragraphs).toContain('Market Cap: $280B');
    const found = kinds(doc);
    expect(found.filter((k) => k === 'skills')).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining(['roleFamilies', 'entryPathways', 'culture', 'guidance', 'products']));
  });

  it('keeps markdown positions on the file lines', () => {
    const doc = get('interview-prep-mle.txt');
    const table = all(doc.tree, 'table')[0];
    expect(table?.position?.start.line).toBeGreaterThan(1);
    expect(doc.lines).toBeGreaterThan(100);
  });
});
