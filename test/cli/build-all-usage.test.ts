import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prep } from '../helpers/cli.js';

const out = mkdtempSync(path.join(tmpdir(), 'prep-all-usage-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('prep build --all: wrong paths are one error up front, not one failure per target', () => {
  it.each([
    [['--template', 'no-such-dir'], 2, /template directory not found: no-such-dir/],
    // Issue 3: a candidate file that cannot be read is exit 1.
    [['--candidate', 'no-such-file.md'], 1, /cannot read candidate file no-such-file\.md: no such file/],
    [['--candidate', 'profiles'], 1, /cannot read candidate file profiles: it is a directory/],
  ])('%s', async (flags, code, message) => {
    const r = await prep(['build', '--all', '--out', out, ...flags]);
    expect(r.code).toBe(code);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a candidate file prep cannot read is one error up front (exit 1), not one failure per target', async () => {
    const dir = path.join(out, 'binary-candidate');
    const candidate = path.join(mkdtempSync(path.join(tmpdir(), 'prep-binary-candidate-')), 'candidate.md');
    writeFileSync(candidate, Buffer.from([0x23, 0x20, 0x00, 0x01, 0xff, 0x0a]));
    const r = await prep(['build', '--all', '--out', dir, '--candidate', candidate]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^prep: .*candidate\.md: the candidate file is not UTF-8 text/)]);
    expect(existsSync(dir)).toBe(false);
  });

  it('a typo in a --template override is one error up front (exit 1), not one failure per target; JSON alone needs no template', async () => {
    const templates = mkdtempSync(path.join(tmpdir(), 'prep-all-tpl-'));
    mkdirSync(path.join(templates, 'partials'));
    writeFileSync(path.join(templates, 'partials', 'gaps.md.hbs'), '{{#each gaps}}\n- {{requirment}}\n{{/each}}\n');
    const dir = path.join(out, 'typo');
    const r = await prep(['build', '--all', '--out', dir, '--template', templates]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/gaps\.md\.hbs:2:5: unknown field "requirment" in template\. Did you mean "requirement"\?/)]);
    expect(existsSync(dir)).toBe(false);
    const json = await prep(['build', '--all', '--out', dir, '--template', templates, '--format', 'json', '--role', 'pm']);
    expect(json.code).toBe(0);
    rmSync(templates, { recursive: true, force: true });
  });

  it('a --role no company has is a usage error after the batch says whom it skipped; --force without --all is one', async () => {
    const r = await prep(['build', '--all', '--role', 'wizard', '--out', path.join(out, 'wizard')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/skipped netflix: no role matching "wizard"/);
    expect(r.stderr.trim().split('\n').at(-1)).toBe('prep: no company has a role matching "wizard". prep list shows every company with its roles.');
    // A typo gets the did-you-mean a single build gives, from every company's titles.
    const typo = await prep(['build', '--all', '--role', 'machine lerning engineer', '--out', path.join(out, 'typo')]);
    expect([typo.code, typo.stderr.trim().split('\n').at(-1)]).toEqual([
      2,
      'prep: no company has a role matching "machine lerning engineer". Did you mean "Machine Learning Engineer"? prep list shows every company with its roles.',
    ]);
    const force = await prep(['build', 'netflix', '--role', 'mle', '--force', '-o', path.join(out, 'f.md')]);
    expect([force.code, force.stderr]).toEqual([2, expect.stringMatching(/^prep: --force needs --all\./)]);
  });

  it('no browser for a PDF batch is one error before it starts (exit 1), not one failure per target', async () => {
    const dir = path.join(out, 'no-browser');
    const r = await prep(['build', '--all', '--format', 'md,pdf', '--out', dir], { env: { PUPPETEER_EXECUTABLE_PATH: path.join(out, 'no-chrome') } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^prep: PUPPETEER_EXECUTABLE_PATH is .*no-chrome, which does not exist/)]);
    expect(existsSync(dir)).toBe(false);
  });

  // One style for every error line: lower case after `prep:`, as commander's own and most of prep's are.
  it.each([
    [['netflix']],
    [['-o', 'x.md']],
    [['--json']],
    [['--shard', 'x']],
    [['--shard', '0/4']],
    [['--shard', '1/0']],
    [['--shard', '1/99999999999999999999']],
    [['--format', 'docx']],
    [['--bogus']],
  ])('build --all %s is one usage line in lower case', async (flags) => {
    const r = await prep(['build', '--all', '--out', path.join(out, 'style'), ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^prep: (?:[a-z]|-)/)]);
  });

  // Packets written there would be read back as the company's own documents on the next run.
  it.each([
    [['build', '--all', '--out', 'profiles/acme']],
    [['build', '--all', '--out', 'profiles/packets']],
    [['build', 'acme', '--role', 'pm', '--out', 'profiles/acme/packets']],
    [['build', 'acme', '--role', 'pm', '-o', 'profiles/acme/packet.md']],
  ])('refuses to write into the profiles directory: %s', async (args) => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'prep-out-in-profiles-'));
    mkdirSync(path.join(cwd, 'profiles', 'acme'), { recursive: true });
    writeFileSync(path.join(cwd, 'profiles', 'acme', 'notes.md'), '# Acme\n\n## The Role: Product Manager\n\n## Responsibilities\n- Own the roadmap\n');
    const r = await prep(args, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^prep: .*inside the profiles directory/)]);
    expect(readdirSync(path.join(cwd, 'profiles'))).toEqual(['acme']);
    expect(readdirSync(path.join(cwd, 'profiles', 'acme'))).toEqual(['notes.md']);
    rmSync(cwd, { recursive: true, force: true });
  });

  it('--paper takes A4 and Letter in any case, and nothing else', async () => {
    const ok = await prep(['build', 'netflix', '--role', 'pm', '--paper', 'Letter', '-o', path.join(out, 'pm.html')]);
    expect(ok.code).toBe(0);
    const bad = await prep(['build', 'netflix', '--role', 'pm', '--paper', 'A5', '-o', path.join(out, 'pm.html')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/a4 and letter/);
  });
});

describe('prep build --all: file-system trouble is reported, not a crash', () => {
  it('an --out that is a file is a usage error (exit 2)', async () => {
    const file = path.join(out, 'not-a-dir');
    writeFileSync(file, '');
    const r = await prep(['build', '--all', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot use .*not-a-dir as the output directory/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('an unwritable GITHUB_STEP_SUMMARY is a warning; the build still succeeds', async () => {
    const r = await prep(['build', '--all', '--out', path.join(out, 'packets')], {
      env: { GITHUB_STEP_SUMMARY: path.join(out, 'no-such-dir', 'summary.md') },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning cannot append to GITHUB_STEP_SUMMARY/);
  });
});

describe('prep build --all: the cache', () => {
  it('does not depend on the order formats are listed in', async () => {
    const dir = path.join(out, 'order');
    const first = await prep(['build', '--all', '--format', 'md,json', '--out', dir]);
    expect(first.stderr).toMatch(/built 6, up to date 0/);
    const again = await prep(['build', '--all', '--format', 'json,md', '--out', dir]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/built 0, up to date 6/);
  });
});
