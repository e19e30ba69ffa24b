import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, prep, repoRoot } from '../helpers/cli.js';

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

  // GitHub places an annotation by its path from the repository root, whatever directory the step runs in.
  it('github names files from the repository root (GITHUB_WORKSPACE) when prep runs in a sub-directory', async () => {
    const cwd = path.join(fixtures, 'profiles');
    const result = await prep(['--profiles', '.', 'check', 'broken-co', '--reporter', 'github'], { cwd, env: { GITHUB_WORKSPACE: repoRoot } });
    const files = result.stdout.trimEnd().split('\n').map((l) => /file=([^,]+),/.exec(l)?.[1]);
    expect(files).toContain('test/fixtures/profiles/broken-co/broken-yaml.md');
    expect(files.every((f) => f?.startsWith('test/fixtures/profiles/broken-co'))).toBe(true);
    // Outside Actions, paths stay as the other reporters print them.
    expect((await prep(['--profiles', '.', 'check', 'broken-co', '--reporter', 'github'], { cwd, env: { GITHUB_WORKSPACE: '' } })).stdout).toMatch(/file=broken-co\/broken-yaml\.md,/);
  });

  it('json prints the diagnostics pretty prints, in the same order, as parseable JSON', async () => {
    const args = ['--profiles', profiles, 'check', 'ledgerline'];
    const [json, pretty] = await Promise.all([prep([...args, '--reporter', 'json']), prep(args)]);
    const rows = JSON.parse(json.stdout) as Record<string, unknown>[];
    for (const row of rows) expect(Object.keys(row)).toEqual(['file', 'line', 'column', 'severity', 'ruleId', 'message']);
    const asPretty = rows.map((r) => `${r.file}:${r.line}:${r.column} ${r.severity} ${r.message} [${r.ruleId}]`);
    // The pretty reporter ends with its summary line; json leaves that to stderr.
    expect(asPretty).toEqual(pretty.stdout.trimEnd().split('\n').slice(0, -1));
    expect(rows.length).toBeGreaterThan(0);
    expect(json.stderr).toMatch(/^\d+ documents?, /m);
  });

  it('refuses a reporter it does not have: exit 2, one line naming the ones it has, nothing checked', async () => {
    const result = await prep(['--profiles', profiles, 'check', '--reporter', 'xml']);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/'xml' is invalid\. Allowed choices are pretty, json, github\./)]);
  });

  it('--strict makes warnings fail', async () => {
    const lax = await prep(['--profiles', profiles, 'check', 'ledgerline']);
    const strict = await prep(['--profiles', profiles, 'check', 'ledgerline', '--strict']);
    expect(lax.code).toBe(0);
    expect(strict.code).toBe(1);
  });
});
