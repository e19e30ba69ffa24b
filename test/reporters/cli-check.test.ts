import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, prep } from '../helpers/cli.js';

const profiles = path.join(fixtures, 'profiles');

describe('prep check --reporter (CLI)', () => {
  it('github prints workflow commands and fails on the broken company', async () => {
    const result = await prep(['--profiles', profiles, 'check', '--reporter', 'github']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^:]+::.+$/);
    expect(lines.some((l) => l.startsWith('::error file=test/fixtures/profiles/broken-co/'))).toBe(true);
  });

  it('json prints every diagnostic as parseable JSON', async () => {
    const result = await prep(['--profiles', profiles, 'check', 'ledgerline', '--reporter', 'json']);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row)).toEqual(['file', 'line', 'column', 'severity', 'ruleId', 'message']);
  });

  it('--strict makes warnings fail', async () => {
    const lax = await prep(['--profiles', profiles, 'check', 'ledgerline']);
    const strict = await prep(['--profiles', profiles, 'check', 'ledgerline', '--strict']);
    expect(lax.code).toBe(0);
    expect(strict.code).toBe(1);
  });
});
