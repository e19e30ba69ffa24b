import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { load } from '../../src/read/index.js';

function profiles(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'prep-load-'));
  mkdirSync(path.join(dir, 'acme'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, 'acme', name), content);
  return dir;
}

function severity(fatal: boolean | null | undefined): string {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}

describe('load', () => {
  it('reads documents sorted by name with relative and clickable paths', async () => {
    const dir = profiles({ 'b.md': '# B\n', 'a.txt': 'A\n', 'c.markdown': 'C\n' });
    const files = await load(dir, 'acme', { cwd: dir });
    expect(files.map((f) => f.data.relative)).toEqual(['acme/a.txt', 'acme/b.md', 'acme/c.markdown']);
    expect(files.map((f) => f.path)).toEqual(['acme/a.txt', 'acme/b.md', 'acme/c.markdown']);
    expect(files.every((f) => f.messages.length === 0 && f.data.skipped === false)).toBe(true);
  });

  it('makes paths relative to the given cwd even for a relative profiles directory', async () => {
    const dir = profiles({ 'a.md': '# A\n' });
    const [file] = await load(path.relative(process.cwd(), dir), 'acme', { cwd: path.dirname(dir) });
    expect(file?.path).toBe(path.join(path.basename(dir), 'acme', 'a.md'));
  });

  it('strips a BOM and folds CRLF and CR so line numbers stay right', async () => {
    const dir = profiles({ 'a.txt': '\uFEFFone\r\ntwo\rthree\r\n' });
    const [file] = await load(dir, 'acme');
    expect(String(file?.value)).toBe('one\ntwo\nthree\n');
  });

  it('skips what is not a usable document, with the right severity, and keeps the rest', async () => {
    const dir = profiles({
      'good.md': '# Good\n',
      'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      'nul.txt': new Uint8Array([0x61, 0x00, 0x62]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
      'empty.md': ' \n\n',
      'huge.txt': 'x'.repeat(3.1 * 1024 * 1024),
    });
    const files = await load(dir, 'acme');
    const report = Object.fromEntries(files.map((f) => [f.data.relative, f.messages.map((m) => `${severity(m.fatal)} ${m.ruleId}`)]));
    expect(report).toEqual({
      'acme/empty.md': ['info empty-document'],
      'acme/good.md': [],
      'acme/huge.txt': ['error too-large'],
      'acme/latin1.txt': ['warning not-text'],
      'acme/logo.png': ['info not-a-document'],
      'acme/nul.txt': ['warning not-text'],
    });
    expect(files.filter((f) => f.data.skipped).length).toBe(5);
    const huge = files.find((f) => f.data.relative === 'acme/huge.txt');
    expect(huge?.messages[0]?.reason).toContain('3.1 MB, over the 2 MB limit; split it or trim it');
    const nul = files.find((f) => f.data.relative === 'acme/nul.txt')?.messages[0];
    expect([nul?.reason, nul?.file]).toEqual([expect.stringMatching(/^Unexpected binary content \(it has a NUL byte at offset \d+\), expected UTF-8 text/), expect.stringMatching(/acme\/nul\.txt$/)]);
  });

  // CI publishes packets from profiles a pull request may change: a link must not pull a runner's file in.
  it('skips a link that leads outside the profiles directory with a warning naming its target, and reads one that stays inside', async () => {
    const dir = profiles({ 'own.md': '# Own\n' });
    const secret = path.join(mkdtempSync(path.join(tmpdir(), 'prep-secret-')), 'secret.txt');
    writeFileSync(secret, 'token=hunter2\n');
    mkdirSync(path.join(dir, 'shared'));
    writeFileSync(path.join(dir, 'shared', 'market.md'), '# Market\n');
    symlinkSync(secret, path.join(dir, 'acme', 'leak.txt'));
    symlinkSync(path.join('..', 'shared', 'market.md'), path.join(dir, 'acme', 'market.md'));
    symlinkSync(path.join(dir, 'acme', 'own.md'), path.join(dir, 'acme', 'same.md'));
    const files = await load(dir, 'acme', { cwd: dir });
    const byName = new Map(files.map((f) => [f.data.relative, f] as const));
    expect(byName.get('acme/leak.txt')?.data.skipped).toBe(true);
    expect(String(byName.get('acme/leak.txt')?.value)).toBe('');
    expect(byName.get('acme/leak.txt')?.messages.map((m) => [severity(m.fatal), m.ruleId, m.reason])).toEqual([
      ['warning', 'outside-link', expect.stringContaining(`Unexpected link to \`${secret}\`, outside the profiles directory`)],
    ]);
    expect([byName.get('acme/market.md'), byName.get('acme/same.md')].map((f) => [f?.data.skipped, String(f?.value)])).toEqual([
      [false, '# Market\n'],
      [false, '# Own\n'],
    ]);
  });

  it('refuses an unknown company with a usage error', async () => {
    const dir = profiles({});
    await expect(load(dir, 'acm')).rejects.toBeInstanceOf(UsageError);
  });
});
