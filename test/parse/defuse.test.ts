import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { defuseDelimiters, hasGiantBlock } from '../../src/parse/defuse.js';
import { parse } from '../../src/parse/index.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { nodesOfType } from './mdast-helpers.js';

function depth(node: Nodes, type: string): number {
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  const below = Math.max(0, ...children.map((child) => depth(child, type)));
  return below + (node.type === type ? 1 : 0);
}

describe('defusing pathological markdown', () => {
  it('leaves ordinary markdown untouched', () => {
    const body = '# Acme\n\n- **Founded**: 1999\n- __Team__: [Core](https://x.example)\n\n> quoted\n';
    expect(defuseDelimiters(body)).toBe(body);
  });

  it('escapes a paragraph dense with delimiters but keeps its text and its line count', () => {
    const line = '*a_'.repeat(100);
    const body = `# T\n\n- item\n\n${line}\n`;
    const defused = defuseDelimiters(body);
    expect(defused.split('\n')).toHaveLength(body.split('\n').length);
    const tree = parseMarkdown(body);
    expect(nodesOfType(tree, 'emphasis')).toHaveLength(0);
    expect(toString(tree)).toContain(line);
    expect(nodesOfType(tree, 'list')).toHaveLength(1);
  });

  it('caps block-quote and list nesting', () => {
    expect(depth(parseMarkdown('>'.repeat(200)), 'blockquote')).toBeLessThanOrEqual(16);
    expect(depth(parseMarkdown(`${'- '.repeat(200)}a`), 'list')).toBeLessThanOrEqual(16);
  });

  it('reads markdown with a giant paragraph as plain text, with an info', () => {
    const body = `# Title\n\n${'word '.repeat(25_000)}\n`;
    expect(hasGiantBlock(body)).toBe(true);
    const file = new VFile({ path: 'acme/a.md', value: body, data: { relative: 'acme/a.md' } });
    expect(parse(file)?.kind).toBe('text');
    expect(file.messages.map((m) => m.ruleId)).toEqual(['giant-block']);
  });
});
