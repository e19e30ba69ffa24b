import { existsSync } from 'node:fs';
import path from 'node:path';
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseAll, type ParsedDocument } from '../../src/parse/index.js';
import { load } from '../../src/read/index.js';
import { nodesOfType } from './mdast-helpers.js';

const profiles = path.resolve(import.meta.dirname, '../fixtures/profiles');

async function company(id: string): Promise<ParsedDocument[]> {
  return parseAll(await load(profiles, id));
}

async function chipsOf(id: string): Promise<string[][]> {
  const docs = await company(id);
  return docs.flatMap((doc) => (nodesOfType(doc.tree, 'list') as List[]).filter((l) => l.data?.chips).map((l) => l.children.map((i) => toString(i))));
}

describe('fixtures of other companies, through load and parseAll', () => {
  it.each([
    ['ledgerline', ['Go', 'Kubernetes', 'PostgreSQL', 'gRPC', 'Observability'], ['payments', 'fraud detection', 'ledgers', 'compliance']],
    ['haulwise', ['Kotlin', 'Rust', 'MQTT', 'C++', 'Edge Computing'], ['RFID', 'slotting', 'dock scheduling', 'pick paths']],
    ['stackforge', ['Go', 'Rust', 'Bazel', 'Kubernetes', 'Supply Chain Security'], ['CI/CD', 'build caching', 'monorepos', 'flaky test detection']],
    ['carebridge', ['Python', 'SQL', 'FHIR', 'PyTorch', 'Causal Inference'], ['population health', 'risk stratification', 'claims analytics', 'ML']],
    ['emberfall', ['C++', 'HLSL', 'Linear Algebra', 'Profiling', 'Gameplay Systems'], ['player accounts', 'cross-play', 'telemetry', 'UGC']],
  ])('%s: splits its glued skills and tags', async (id, skills, tags) => {
    const chips = await chipsOf(id);
    expect(chips).toContainEqual(skills);
    expect(chips).toContainEqual(tags);
  });

  it('finds the glued place of each company profile with its country', async () => {
    const places: string[] = [];
    for (const id of ['ledgerline', 'haulwise', 'stackforge', 'carebridge', 'emberfall']) {
      for (const doc of await company(id)) {
        for (const node of nodesOfType(doc.tree, 'paragraph')) if (node.type === 'paragraph' && node.data?.country) places.push(`${node.data.country} ${toString(node)}`);
      }
    }
    expect(places).toEqual(expect.arrayContaining(['DE Berlin, Germany', 'CA Montréal, Québec, Canada', 'US Boston, MA, United States']));
  });

  it('detects kinds from content whatever the extension', async () => {
    // The scraped pages are .txt; the templates and notes are markdown, one of them saved as .txt.
    for (const id of ['ledgerline', 'haulwise', 'stackforge', 'carebridge', 'emberfall']) {
      for (const doc of await company(id)) {
        const scraped = doc.relative.endsWith('.txt') && !doc.relative.includes('interview-prep');
        expect(doc.kind, doc.relative).toBe(scraped ? 'text' : 'markdown');
      }
    }
  });

  it('broken-co: each bad document gets its own message and the good one still parses', async () => {
    const pwnedBefore = existsSync('/tmp/pwned');
    const files = await load(profiles, 'broken-co');
    const docs = await parseAll(files);
    expect(docs.map((d) => d.relative)).toEqual(['broken-co/about.md']);
    const messages = Object.fromEntries(files.map((f) => [f.data.relative, f.messages.map((m) => ({ line: m.line, fatal: m.fatal, rule: m.ruleId }))]));
    expect(messages).toEqual({
      'broken-co/about.md': [],
      'broken-co/broken-yaml.md': [{ line: 4, fatal: true, rule: 'front-matter' }],
      'broken-co/js-front-matter.md': [{ line: 1, fatal: true, rule: 'front-matter' }],
      'broken-co/logo.png': [{ line: 1, fatal: undefined, rule: 'not-a-document' }],
      'broken-co/nul-byte.txt': [{ line: 7, fatal: false, rule: 'not-text' }],
    });
    // Printed after `path:line:col`, a reason does not name its file again.
    for (const file of files) for (const message of file.messages) expect(message.reason).not.toContain(String(file.data.relative));
    if (!pwnedBefore) expect(existsSync('/tmp/pwned')).toBe(false);
  });
});
