import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, prep, repoRoot } from '../helpers/cli.js';

describe('error output', () => {
  it('reads as "what is wrong. What to do." whichever stage raised it', async () => {
    const company = await prep(['show', 'nope']);
    const role = await prep(['build', 'netflix', '--role', 'zzz', '--json']);
    expect(company.stderr).toMatch(/`\. Run `prep list`.*\.\n$/);
    expect(role.stderr).toMatch(/for Netflix\. Roles: .*\.\n$/);
    expect(company.stderr).not.toMatch(/\.\.|\bat .*\.js:\d+/);
  });

  it('shows the document that could not be read when the role it names cannot be found', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-role-'));
    try {
      mkdirSync(path.join(dir, 'acme'));
      writeFileSync(path.join(dir, 'acme', 'role.md'), '---\nrole: [Data Engineer\n---\n## Requirements\n- SQL\n');
      for (const args of [['--role', 'data engineer'], []]) {
        const r = await prep(['--profiles', dir, 'build', 'acme', ...args, '-o', '-']);
        expect(r.code).toBe(2);
        const lines = r.stderr.trim().split('\n');
        expect(lines[0]).toMatch(/role\.md:2:1 error Unexpected broken YAML front matter/);
        // The place is printed once, before the reason.
        expect(lines[0]).not.toMatch(/at line|`acme\/role\.md`/);
        expect(lines.at(-1)).toMatch(/^prep: (unknown role|Acme lists no roles)/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the stack only with --debug', async () => {
    expect((await prep(['show', 'nope'])).stderr).not.toMatch(/^\s+at /m);
    expect((await prep(['show', 'nope', '--debug'])).stderr).toMatch(/^UsageError: unknown company[\s\S]*^\s+at /m);
  });

  it('--quiet silences the pointer to prep check but not the result', async () => {
    const loud = await prep(['list']);
    const quiet = await prep(['--quiet', 'list']);
    expect(loud.stderr).toMatch(/run `prep check( \S+)?` to see them/);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });

  it('stops quietly, without a stack, when the reader closes the pipe early', async () => {
    const child = spawn(process.execPath, [bin, 'check', 'netflix'], { cwd: repoRoot, env: { ...process.env, PREP_PROFILES: '' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|node:events/);
    expect(code).toBe(0);
  });

  it.skipIf(!existsSync('/dev/full'))('reports a stdout that cannot be written (a full disk) in one line, exit 1, no stack', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, 'show', 'netflix', '--json'], {
        cwd: repoRoot,
        env: { ...process.env, PREP_PROFILES: '', NO_COLOR: '1' },
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^prep: cannot write to standard output: ENOSPC\. .*\n/m);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    } finally {
      closeSync(full);
    }
  });

  it('colours a log that is no terminal with FORCE_COLOR (a CI log that shows colour), never with NO_COLOR or --no-color', async () => {
    const ansi = /\u001b\[\d+m/;
    expect((await prep(['show', 'nope'], { env: { FORCE_COLOR: '1' } })).stderr).toMatch(ansi);
    expect((await prep(['list'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await prep(['show', 'nope'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stderr).not.toMatch(ansi);
    expect((await prep(['--no-color', 'show', 'nope'], { env: { FORCE_COLOR: '1' } })).stderr).not.toMatch(ansi);
    expect((await prep(['show', 'nope'])).stderr).not.toMatch(ansi);
  });

  it("points a wrong flag or argument of a command to that command's help, where its flags are listed", async () => {
    const cases: [string[], string][] = [
      [['build', '--bogus'], 'prep build --help'],
      [['check', '--reporter', 'xml'], 'prep check --help'],
      [['schema', 'nope'], 'prep schema --help'],
      [['bogus'], 'prep --help'],
      [['--bogus'], 'prep --help'],
    ];
    for (const [args, help] of cases) {
      const r = await prep(args);
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(new RegExp(`^prep: .* \\(see ${help.replace(/ /g, ' ')}\\)\\n$`))]);
    }
  });
});
