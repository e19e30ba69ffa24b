import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { bin, prep, repoRoot } from './helpers/cli.js';

describe('prep CLI basics', () => {
  it('prints help listing every command and exits 0', async () => {
    const r = await prep(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: prep');
    const commands = r.stdout.split('Commands:\n')[1]?.match(/^ {2}\w+/gm)?.map((c) => c.trim());
    expect(commands).toEqual(['show', 'check', 'list', 'schema', 'build', 'help']);
  });

  it('with no command prints the help on stderr and exits 2 (a usage error), not 1', async () => {
    const r = await prep([]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^Usage: prep /);
  });

  it('treats an unknown command as a usage error: one line, exit 2, no stack', async () => {
    const r = await prep(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('treats an unknown flag as a usage error (exit 2)', async () => {
    const r = await prep(['show', 'netflix', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--bogus'/);
  });

  it('rejects an invalid choice with exit 2 and one line naming the choices', async () => {
    const r = await prep(['schema', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^prep: .*'nope' is invalid.* Allowed choices are company, packet, config\./)]);
  });

  it.each([['--help'], ['--version'], ['build', '--help']])('%s loads none of the heavy modules', (...args) => {
    const r = spawnSync(process.execPath, ['--import', reportHeavyImports, bin, ...args], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/HEAVY/);
  });

  it('the heavy-import probe does see a heavy import', () => {
    const r = spawnSync(process.execPath, ['--import', reportHeavyImports, '-e', "await import('unified')"], {
      encoding: 'utf8',
      cwd: repoRoot,
    });
    expect(r.stderr).toMatch(/HEAVY .*unified/);
  });
});

// A module-resolution hook that reports every heavy package a process loads.
const hook = `export async function resolve(s, c, n) {
  const r = await n(s, c);
  if (/node_modules\\/(unified|gray-matter|handlebars|puppeteer|puppeteer-core|remark-parse)\\//.test(r.url)) console.error('HEAVY ' + r.url);
  return r;
}`;
const reportHeavyImports = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`,
)}`;
