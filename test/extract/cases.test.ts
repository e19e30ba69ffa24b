import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelOf } from '../helpers/model.js';

// Input/expected pairs: each cases/<name>.md compiles to cases/<name>.expected.json.
// UPDATE_FIXTURES=1 rewrites the expected files; review the diff before committing.
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
const inputs = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();

function frontMatterOf(text: string): { body: string; company?: string; aliases?: string[]; asOf?: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match?.[1]) return { body: text };
  const get = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(match[1]!)?.[1];
  const aliases = get('aliases')?.replace(/[[\]]/g, '').split(',').map((a) => a.trim());
  // Blank lines keep the body's line numbers those of the file, as the parse stage does.
  const body = '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length);
  return { body, ...(get('company') ? { company: get('company')! } : {}), ...(aliases ? { aliases } : {}), ...(get('as_of') ? { asOf: get('as_of')! } : {}) };
}

describe('input/expected cases', () => {
  it.each(inputs)('%s', (name) => {
    const { body, ...frontMatter } = frontMatterOf(readFileSync(path.join(dir, name), 'utf8'));
    const { company, diagnostics } = modelOf([{ name, markdown: body, frontMatter }], 'orbital');
    const actual = `${JSON.stringify({ company, diagnostics }, null, 2)}\n`;
    const expectedFile = path.join(dir, name.replace(/\.md$/, '.expected.json'));
    if (process.env.UPDATE_FIXTURES === '1' || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
