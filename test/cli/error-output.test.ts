import { spawn } from 'node:child_process';
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

  it('prints the stack only with --debug', async () => {
    expect((await prep(['show', 'nope'])).stderr).not.toMatch(/^\s+at /m);
    expect((await prep(['show', 'nope', '--debug'])).stderr).toMatch(/^UsageError: Unknown company[\s\S]*^\s+at /m);
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
});
